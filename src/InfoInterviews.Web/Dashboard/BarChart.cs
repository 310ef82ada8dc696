using System.Globalization;

namespace InfoInterviews.Web.Dashboard;

/// <summary>
/// A bar chart drawn as SVG on the server, with what a screen reader needs: a title, a description and
/// the numbers as a table. Geometry is computed here so the view only writes attributes (the content
/// security policy allows no inline style).
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, string LabelHeading, string ValueHeading, IReadOnlyList<ChartBar> Bars)
{
    public const int Width = 320;
    public const int Height = 160;
    public const int LabelSpace = 20;
    public const int ValueSpace = 14;

    public int Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);

    public double Slot => Bars.Count == 0 ? Width : (double)Width / Bars.Count;

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public double BarHeight(ChartBar bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        return Max == 0 ? 0 : (Height - LabelSpace - ValueSpace) * (double)bar.Value / Max;
    }

    public double BarX(int index) => (index * Slot) + (Slot * 0.15);

    public double BarWidth => Slot * 0.7;

    public double BarY(ChartBar bar) => Height - LabelSpace - BarHeight(bar);
}

/// <summary>One bar: its short label under the axis, the full label in the table, and its value.</summary>
public sealed record ChartBar(string Label, string FullLabel, int Value);
