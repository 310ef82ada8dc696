using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Dashboard;

/// <summary>
/// Consecutive calendar periods (weeks from Monday, or months) on the user's calendar, ending with the
/// one holding today, and the counting of rows into them in the database: one grouped query whatever
/// the number of rows or periods.
/// </summary>
public sealed class Periods
{
    private readonly DateTime[] boundsUtc;

    private Periods(IReadOnlyList<DateOnly> starts, Func<DateOnly, DateTime> startOfDayUtc)
    {
        Starts = starts.Take(starts.Count - 1).ToArray();
        boundsUtc = starts.Select(startOfDayUtc).ToArray();
    }

    /// <summary>The first day of each period, oldest first.</summary>
    public IReadOnlyList<DateOnly> Starts { get; }

    /// <summary>The <paramref name="count"/> weeks (Monday to Sunday) up to and including the week of <paramref name="today"/>.</summary>
    public static Periods Weeks(DateOnly today, int count, Func<DateOnly, DateTime> startOfDayUtc)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return new Periods(Enumerable.Range(0, count + 1).Select(i => monday.AddDays(7 * (i - count + 1))).ToArray(), startOfDayUtc);
    }

    /// <summary>The <paramref name="count"/> calendar months up to and including the month of <paramref name="today"/>.</summary>
    public static Periods Months(DateOnly today, int count, Func<DateOnly, DateTime> startOfDayUtc)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        return new Periods(Enumerable.Range(0, count + 1).Select(i => first.AddMonths(i - count + 1)).ToArray(), startOfDayUtc);
    }

    /// <summary>Rows whose time falls in one of the periods.</summary>
    public Expression<Func<T, bool>> Within<T>(Expression<Func<T, DateTime>> time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var body = Expression.AndAlso(
            Expression.GreaterThanOrEqual(time.Body, Bound(0)),
            Expression.LessThan(time.Body, Bound(boundsUtc.Length - 1)));
        return Expression.Lambda<Func<T, bool>>(body, time.Parameters);
    }

    /// <summary>
    /// The index of the period a row's time falls in, as one CASE expression in SQL. The bounds are read
    /// from this object, so the database sees parameters and the query is compiled once for every user.
    /// </summary>
    public Expression<Func<T, int>> IndexOf<T>(Expression<Func<T, DateTime>> time)
    {
        ArgumentNullException.ThrowIfNull(time);
        Expression index = Expression.Constant(Starts.Count - 1);
        for (var i = Starts.Count - 1; i >= 1; i--)
        {
            index = Expression.Condition(Expression.LessThan(time.Body, Bound(i)), Expression.Constant(i - 1), index);
        }

        return Expression.Lambda<Func<T, int>>(index, time.Parameters);
    }

    /// <summary>How many rows fall in each period, oldest first.</summary>
    public async Task<IReadOnlyList<PeriodCount>> CountAsync<T>(IQueryable<T> rows, Expression<Func<T, DateTime>> time, CancellationToken cancellationToken)
    {
        var counted = await rows.Where(Within(time)).GroupBy(IndexOf(time))
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Starts.Select((start, i) => new PeriodCount(start, counted.GetValueOrDefault(i))).ToArray();
    }

    private Expression Bound(int index)
    {
        Expression<Func<DateTime>> read = () => boundsUtc[index];
        return read.Body;
    }
}

/// <summary>How many of something fell in the period starting on <paramref name="Start"/>.</summary>
public sealed record PeriodCount(DateOnly Start, int Count);
