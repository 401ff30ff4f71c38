using System.Globalization;

namespace QwenEval.Reports.Charts;

/// <summary>A value axis: maps values to pixels and says where its ticks go.</summary>
public abstract record AxisScale(double Min, double Max)
{
    /// <summary>The pixel of a value, between <paramref name="from"/> (at Min) and <paramref name="to"/> (at Max).</summary>
    public double Map(double value, double from, double to) => from + (to - from) * Fraction(value);

    protected abstract double Fraction(double value);

    public abstract IReadOnlyList<(double Value, string Label)> Ticks();

    public abstract string Describe { get; }
}

/// <summary>A linear axis with ticks every <paramref name="Step"/>.</summary>
public sealed record LinearScale(double Min, double Max, double Step) : AxisScale(Min, Max)
{
    protected override double Fraction(double value) => (value - Min) / (Max - Min);

    public override IReadOnlyList<(double Value, string Label)> Ticks()
    {
        var ticks = new List<(double, string)>();
        for (var v = Math.Ceiling(Min / Step) * Step; v <= Max + Step * 1e-9; v += Step)
            ticks.Add((v, v.ToString("0.##", CultureInfo.InvariantCulture)));
        return ticks;
    }

    public override string Describe => "linear";
}

/// <summary>
/// A base-10 logarithmic axis with ticks at 1, 2 and 5 times powers of ten: values that differ by orders of
/// magnitude (a 60 MB test model and a 64 GiB machine) stay apart.
/// </summary>
public sealed record LogScale(double Min, double Max) : AxisScale(Min, Max)
{
    /// <summary>An axis holding every value with some room: at least a factor of 8 wide, centred on the data.</summary>
    public static LogScale Spanning(IEnumerable<double> values)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToList();
        if (positive.Count == 0) return new LogScale(0.1, 100);
        double min = positive.Min() / 1.6, max = positive.Max() * 1.6;
        if (max / min < 8)
        {
            var centre = Math.Sqrt(min * max);
            (min, max) = (centre / Math.Sqrt(8), centre * Math.Sqrt(8));
        }
        return new LogScale(min, max);
    }

    protected override double Fraction(double value) => (Math.Log10(value) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min));

    public override IReadOnlyList<(double Value, string Label)> Ticks()
    {
        var decades = Enumerable.Range((int)Math.Floor(Math.Log10(Min)), (int)Math.Ceiling(Math.Log10(Max)) - (int)Math.Floor(Math.Log10(Min)) + 1);
        // Over six decades 2 and 5 would crowd the axis: powers of ten alone; within about one, every digit.
        var span = Math.Log10(Max / Min);
        var mantissas = span > 6 ? [1.0] : span < 1.2 ? [1.0, 2, 3, 4, 5, 6, 7, 8, 9] : new[] { 1.0, 2.0, 5.0 };
        return decades.SelectMany(d => mantissas.Select(m => m * Math.Pow(10, d)))
            .Where(v => v >= Min * (1 - 1e-9) && v <= Max * (1 + 1e-9))
            .Select(v => (v, Label(v)))
            .ToList();
    }

    public override string Describe => "log scale";

    private static string Label(double v) =>
        v >= 1 ? v.ToString("0", CultureInfo.InvariantCulture) : v.ToString("0.#####", CultureInfo.InvariantCulture);
}
