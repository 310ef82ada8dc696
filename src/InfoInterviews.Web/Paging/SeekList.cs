using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Paging;

/// <summary>What the seek pager needs to link to the pages around one.</summary>
public interface ISeekPageInfo
{
    /// <summary>The cursor of the first row shown, when rows come before it.</summary>
    string? Before { get; }

    /// <summary>The cursor of the last row shown, when rows come after it.</summary>
    string? After { get; }
}

/// <summary>
/// A page of a list read from a place in its order (docs/decisions/0018): the rows, the cursors of the
/// pages either side, and how many rows the list holds, counted up to <see cref="SeekList.CountLimit"/>.
/// </summary>
public sealed record SeekList<T>(IReadOnlyList<T> Items, string? Before, string? After, int CountedUpTo) : ISeekPageInfo
{
    /// <summary>The list holds more rows than were counted.</summary>
    public bool HasMoreThanCounted => CountedUpTo > SeekList.CountLimit;
}

/// <summary>Where a request asks a list to start: after a row, before a row, at the end, or a page number of older links.</summary>
/// <param name="After">A cursor from a "Next" link.</param>
/// <param name="Before">A cursor from a "Previous" link, or <see cref="SeekList.End"/> for the last page.</param>
/// <param name="PageNumber">From <c>?page=</c>, which older links carry; read by offset.</param>
/// <param name="Descending">The list is shown in its order reversed.</param>
public sealed record SeekRequest(string? After, string? Before, int PageNumber, bool Descending);

public static class SeekList
{
    public const int PageSize = PagedListExtensions.DefaultPageSize;

    /// <summary>A list counts its rows up to this many and says "more than" beyond: a count costs one index entry per row.</summary>
    public const int CountLimit = 1_000;

    /// <summary>The value of <c>before</c> that asks for the last page.</summary>
    public const string End = "end";

    /// <summary>What the page says when a link's cursor cannot be read.</summary>
    public const string StaleCursorMessage = "That link to a page of the list no longer fits it, so the list starts from the top.";

    public static SeekList<T> Empty<T>() => new([], null, null, 0);

    /// <summary>
    /// How many rows <paramref name="query"/> holds, counted up to one more than <see cref="CountLimit"/>, so
    /// that a count costs at most that many index entries however large the workspace grows.
    /// </summary>
    public static Task<int> CountUpToLimitAsync<T>(this IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Take(CountLimit + 1).CountAsync(cancellationToken);

    /// <summary>A count from <see cref="CountUpToLimitAsync"/> as a badge shows it: "1,000+" beyond the limit.</summary>
    public static string Badge(int counted) =>
        counted > CountLimit ? string.Create(CultureInfo.InvariantCulture, $"{CountLimit:N0}+") : counted.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// One page of <paramref name="query"/> in <paramref name="order"/>, projected with <paramref name="selector"/>.
    /// Reads one count (up to <see cref="CountLimit"/>) and one query per part of the order, so a page far down
    /// the list costs what the first does. A page number reads by offset, with a count of the first part more.
    /// A cursor that cannot be read gives the first page, and <paramref name="staleCursor"/> is told.
    /// </summary>
    public static async Task<SeekList<TResult>> ToSeekListAsync<T, TResult>(
        this IQueryable<T> query,
        SeekOrder<T> order,
        SeekRequest request,
        Expression<Func<T, TResult>> selector,
        Action staleCursor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(staleCursor);
        var counted = await query.CountUpToLimitAsync(cancellationToken);

        SeekCursor? from = null;
        var backward = false;
        if (request.Before is { } before)
        {
            backward = true;
            from = before == End ? null : SeekCursor.Read(order, before);
            if (from is null && before != End)
            {
                staleCursor();
                backward = false;
            }
        }
        else if (request.After is { } after)
        {
            from = SeekCursor.Read(order, after);
            if (from is null)
            {
                staleCursor();
            }
        }
        else if (request.PageNumber > 1)
        {
            var skipped = await ReadAsync(query, order, selector, backward: request.Descending, null, (request.PageNumber - 1) * PageSize, cancellationToken);
            if (skipped.Count > 0)
            {
                return Page(order, skipped, reversed: false, hasBefore: true, hasAfter: skipped.Count > PageSize, counted);
            }

            // Past the end, as the offset pager did: the last page.
            backward = true;
        }

        var read = await ReadAsync(query, order, selector, backward ^ request.Descending, from, null, cancellationToken);
        if (backward && from is not null && read.Count < PageSize)
        {
            // "Previous" reached the top of the list with less than a page: show the first page, whole.
            backward = false;
            from = null;
            read = await ReadAsync(query, order, selector, request.Descending, null, null, cancellationToken);
        }

        return backward
            ? Page(order, read, reversed: true, hasBefore: read.Count > PageSize, hasAfter: from is not null, counted)
            : Page(order, read, reversed: false, hasBefore: from is not null, hasAfter: read.Count > PageSize, counted);
    }

    /// <summary>
    /// Up to one row more than a page, reading the order forward (or backward) from a cursor, or from its
    /// start (or end) when there is none, after skipping <paramref name="skip"/> rows (an offset, which counts
    /// every part but the last to know where it falls). One query per part (a part behind the cursor, or not
    /// reached, reads no rows), so the number of commands never varies.
    /// </summary>
    private static async Task<List<(int Part, SeekRow<TResult> Row)>> ReadAsync<T, TResult>(
        IQueryable<T> query,
        SeekOrder<T> order,
        Expression<Func<T, TResult>> selector,
        bool backward,
        SeekCursor? from,
        int? skip,
        CancellationToken cancellationToken)
    {
        var rows = new List<(int Part, SeekRow<TResult> Row)>();
        var parts = Enumerable.Range(0, order.Parts.Count).ToList();
        if (backward)
        {
            parts.Reverse();
        }

        var reached = from is null;
        foreach (var index in parts)
        {
            var part = order.Parts[index];
            var rowsOfPart = query.Where(part.Holds);
            if (from is not null && from.Part == index)
            {
                rowsOfPart = rowsOfPart.Where(part.Beyond(from.Keys, backward));
                reached = true;
            }

            var wanted = reached ? PageSize + 1 - rows.Count : 0;
            var ordered = part.Ordered(rowsOfPart, backward);
            if (skip is int offset)
            {
                ordered = ordered.Skip(offset);
                skip = index == parts[^1] ? 0 : Math.Max(0, offset - await rowsOfPart.CountAsync(cancellationToken));
            }

            rows.AddRange((await ordered.Take(wanted).Select(part.WithKeys(selector)).ToListAsync(cancellationToken)).Select(r => (index, r)));
        }

        return rows;
    }

    /// <param name="read">Up to a page and one row more, in reading order.</param>
    /// <param name="reversed">The rows were read backward from where the page ends.</param>
    private static SeekList<TResult> Page<T, TResult>(
        SeekOrder<T> order,
        List<(int Part, SeekRow<TResult> Row)> read,
        bool reversed,
        bool hasBefore,
        bool hasAfter,
        int counted)
    {
        var shown = read.Take(PageSize).ToList();
        if (reversed)
        {
            shown.Reverse();
        }

        string CursorOf((int Part, SeekRow<TResult> Row) row) => SeekCursor.Write(order, row.Part, row.Row.Keys);
        return new SeekList<TResult>(
            [.. shown.Select(r => r.Row.Row)],
            hasBefore && shown.Count > 0 ? CursorOf(shown[0]) : null,
            hasAfter && shown.Count > 0 ? CursorOf(shown[^1]) : null,
            counted);
    }
}
