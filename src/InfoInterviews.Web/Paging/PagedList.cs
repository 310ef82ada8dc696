using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Paging;

/// <summary>What the pager needs to know about a page of a list.</summary>
public interface IPageInfo
{
    int PageNumber { get; }

    int PageCount { get; }

    int TotalCount { get; }

    int PageSize { get; }
}

/// <summary>One page of a list, and where it sits in the whole.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount) : IPageInfo
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public int FirstItemNumber => TotalCount == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;

    public int LastItemNumber => FirstItemNumber == 0 ? 0 : FirstItemNumber + Items.Count - 1;
}

public static class PagedList
{
    /// <summary>No rows: what a page holds before its list is read.</summary>
    public static PagedList<T> Empty<T>() => new([], 1, PagedListExtensions.DefaultPageSize, 0);
}

public static class PagedListExtensions
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <summary>
    /// Runs two queries in the database: one count and one page. A page number past the end shows
    /// the last page. The query must already be ordered.
    /// </summary>
    public static Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> query,
        int pageNumber,
        int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        query.ToPagedListAsync(row => row, pageNumber, pageSize, cancellationToken);

    /// <summary>
    /// As above, projecting each row of the page with <paramref name="selector"/>. The count runs on
    /// the query before the projection, so names joined in for display do not slow the count.
    /// </summary>
    public static async Task<PagedList<TResult>> ToPagedListAsync<TSource, TResult>(
        this IQueryable<TSource> query,
        Expression<Func<TSource, TResult>> selector,
        int pageNumber,
        int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var total = await query.CountAsync(cancellationToken);
        (pageNumber, pageSize) = Within(total, pageNumber, pageSize);
        var items = total == 0
            ? []
            : await query.Skip((pageNumber - 1) * pageSize).Take(pageSize).Select(selector).ToListAsync(cancellationToken);
        return new PagedList<TResult>(items, pageNumber, pageSize, total);
    }

    /// <summary>
    /// One page of a list read in two ordered parts, every row of <paramref name="first"/> before the rows
    /// of <paramref name="then"/> (which must not hold them). Each part keeps an order an index can serve,
    /// where one ORDER BY putting a computed part first would sort every row the user has. Four commands:
    /// two counts and a page of each part, the page of a part it does not reach being empty, so a page
    /// costs the same wherever it falls.
    /// </summary>
    public static async Task<PagedList<TResult>> ToPagedListAsync<TSource, TResult>(
        this IOrderedQueryable<TSource> first,
        IOrderedQueryable<TSource> then,
        Expression<Func<TSource, TResult>> selector,
        int pageNumber,
        int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var firstCount = await first.CountAsync(cancellationToken);
        var total = firstCount + await then.CountAsync(cancellationToken);
        (pageNumber, pageSize) = Within(total, pageNumber, pageSize);
        var skip = (pageNumber - 1) * pageSize;
        var fromFirst = Math.Clamp(firstCount - skip, 0, pageSize);
        var items = await first.Skip(skip).Take(fromFirst).Select(selector).ToListAsync(cancellationToken);
        items.AddRange(await then.Skip(Math.Max(0, skip - firstCount)).Take(pageSize - fromFirst).Select(selector).ToListAsync(cancellationToken));
        return new PagedList<TResult>(items, pageNumber, pageSize, total);
    }

    /// <summary>The page asked for within the list's pages (past the end, the last), and a page size within bounds.</summary>
    private static (int PageNumber, int PageSize) Within(int total, int pageNumber, int pageSize)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        return (Math.Clamp(pageNumber, 1, pageCount), pageSize);
    }
}
