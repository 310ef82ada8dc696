using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace InfoInterviews.Web.Paging;

/// <summary>
/// One part of a list's order: the rows it holds, and the keys that order them, ascending. No key is null
/// within the part and the last key is unique (the id), so a row's keys say exactly where it stands and
/// the rows after it are an index range, whatever the page.
/// </summary>
public sealed class SeekPart<T>
{
    public SeekPart(Expression<Func<T, bool>> holds, params Expression<Func<T, object?>>[] keys)
    {
        ArgumentNullException.ThrowIfNull(holds);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            throw new ArgumentException("A part needs at least its unique key.", nameof(keys));
        }

        Holds = holds;
        Keys = [.. keys.Select(Unboxed)];
    }

    public Expression<Func<T, bool>> Holds { get; }

    /// <summary>Each key with its own type (the boxing of <c>Func&lt;T, object?&gt;</c> taken off).</summary>
    public IReadOnlyList<LambdaExpression> Keys { get; }

    private static LambdaExpression Unboxed(Expression<Func<T, object?>> key)
    {
        var body = key.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : key.Body;
        return Expression.Lambda(body, key.Parameters);
    }

    /// <summary>The rows of this part in order, ascending or descending on every key.</summary>
    internal IQueryable<T> Ordered(IQueryable<T> query, bool descending) => Ordered(query, Keys, descending);

    internal static IQueryable<T> Ordered(IQueryable<T> query, IEnumerable<LambdaExpression> keys, bool descending)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var key in keys)
        {
            var method = (ordered is null, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            ordered = (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(Expression.Call(
                typeof(Queryable), method, [typeof(T), key.ReturnType], (ordered ?? query).Expression, Expression.Quote(key)));
        }

        return ordered!;
    }

    /// <summary>
    /// The rows that come after the given keys in the order (before them when <paramref name="descending"/>):
    /// <c>k0 ≥ v0 AND (k0 &gt; v0 OR (k0 = v0 AND (k1 &gt; v1 OR …)))</c>. The first condition repeats what
    /// the rest implies so that both databases read it as the start of an index range instead of
    /// filtering every row from the first.
    /// </summary>
    internal Expression<Func<T, bool>> Beyond(IReadOnlyList<object> values, bool descending)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keys = Keys.Select(k => ReplacingExpressionVisitor.Replace(k.Parameters[0], row, k.Body)).ToList();
        var parameters = keys.Select((k, i) => Parameter(values[i], k.Type)).ToList();
        var beyond = Compare(keys[^1], parameters[^1], descending, orEqual: false);
        for (var i = keys.Count - 2; i >= 0; i--)
        {
            beyond = Expression.OrElse(
                Compare(keys[i], parameters[i], descending, orEqual: false),
                Expression.AndAlso(Expression.Equal(keys[i], parameters[i]), beyond));
        }

        if (keys.Count > 1)
        {
            beyond = Expression.AndAlso(Compare(keys[0], parameters[0], descending, orEqual: true), beyond);
        }

        return Expression.Lambda<Func<T, bool>>(beyond, row);
    }

    /// <summary>The underlying type of each key, to read a cursor's values as.</summary>
    internal IEnumerable<Type> KeyTypes => Keys.Select(k => Nullable.GetUnderlyingType(k.ReturnType) ?? k.ReturnType);

    /// <summary>Each row's keys beside it, to make the cursor of the first and last row shown.</summary>
    internal Expression<Func<T, SeekRow<TResult>>> WithKeys<TResult>(Expression<Func<T, TResult>> selector)
    {
        var row = selector.Parameters[0];
        var keys = Keys.Select(k => Expression.Convert(ReplacingExpressionVisitor.Replace(k.Parameters[0], row, k.Body), typeof(object)));
        var constructor = typeof(SeekRow<TResult>).GetConstructor([typeof(TResult), typeof(object?[])])!;
        return Expression.Lambda<Func<T, SeekRow<TResult>>>(
            Expression.New(constructor, selector.Body, Expression.NewArrayInit(typeof(object), keys)),
            row);
    }

    private static BinaryExpression Compare(Expression key, Expression value, bool descending, bool orEqual)
    {
        // Strings have no > in C#; EF Core translates string.Compare(a, b) > 0 as a > b in SQL.
        if (key.Type == typeof(string))
        {
            key = Expression.Call(StringCompare, key, value);
            value = Expression.Constant(0);
        }

        return (descending, orEqual) switch
        {
            (false, false) => Expression.GreaterThan(key, value),
            (false, true) => Expression.GreaterThanOrEqual(key, value),
            (true, false) => Expression.LessThan(key, value),
            (true, true) => Expression.LessThanOrEqual(key, value),
        };
    }

    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>
    /// A value read through a member of a constant, which EF Core sends as a SQL parameter: the SQL text
    /// stays the same whatever the cursor, so the query is compiled once.
    /// </summary>
    private static MemberExpression Parameter(object value, Type type)
    {
        // Nested in SeekPart<T>, the open Holder<> also takes T.
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(typeof(T), type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}

/// <summary>A row of a page with the keys of its place in the order.</summary>
public sealed record SeekRow<TResult>(TResult Row, object?[] Keys);

/// <summary>
/// A list's order as parts that follow one another, each ordered by its own keys: where a sort column
/// can be empty, the rows without it form a part of their own, so both databases put them in the same
/// place and every part is read as an index range.
/// </summary>
/// <param name="Name">Written into the list's cursors, so that a cursor of another order is not read as one of this.</param>
public sealed record SeekOrder<T>(string Name, IReadOnlyList<SeekPart<T>> Parts)
{
    public SeekOrder(string name, params SeekPart<T>[] parts)
        : this(name, (IReadOnlyList<SeekPart<T>>)parts)
    {
    }

    /// <summary>
    /// All the rows in this order as one query (a download of the whole list): by part, then by each part's
    /// keys, which a row of another part leaves empty.
    /// </summary>
    public IQueryable<T> Sort(IQueryable<T> query, bool descending)
    {
        ArgumentNullException.ThrowIfNull(query);
        var row = Expression.Parameter(typeof(T), "row");
        Expression In(int part) => ReplacingExpressionVisitor.Replace(Parts[part].Holds.Parameters[0], row, Parts[part].Holds.Body);
        Expression partOf = Expression.Constant(Parts.Count - 1);
        for (var i = Parts.Count - 2; i >= 0; i--)
        {
            partOf = Expression.Condition(In(i), Expression.Constant(i), partOf);
        }

        var keys = new List<LambdaExpression> { Expression.Lambda(partOf, row) };
        for (var i = 0; i < Parts.Count; i++)
        {
            foreach (var key in Parts[i].Keys)
            {
                var type = key.ReturnType.IsValueType && Nullable.GetUnderlyingType(key.ReturnType) is null
                    ? typeof(Nullable<>).MakeGenericType(key.ReturnType)
                    : key.ReturnType;
                var value = Expression.Convert(ReplacingExpressionVisitor.Replace(key.Parameters[0], row, key.Body), type);
                keys.Add(Expression.Lambda(Expression.Condition(In(i), value, Expression.Default(type)), row));
            }
        }

        return SeekPart<T>.Ordered(query, keys, descending);
    }
}
