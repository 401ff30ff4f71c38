using QwenEval.Core;
namespace QwenEval.Reports.Scoring;

/// <summary>A confidence interval on a proportion, as fractions in [0, 1].</summary>
public readonly record struct Interval(double Low, double High);

/// <summary>Uncertainty of a pass rate: Wilson score interval on samples, percentile bootstrap over tasks.</summary>
public static class Intervals
{
    /// <summary>Wilson score interval (95% by default): well behaved at 0% and 100%, unlike the normal approximation.</summary>
    public static Interval Wilson(int successes, int trials, double z = 1.959963984540054)
    {
        if (trials == 0) return new Interval(0, 1);
        var p = (double)successes / trials;
        var z2 = z * z;
        var denominator = 1 + z2 / trials;
        var centre = (p + z2 / (2 * trials)) / denominator;
        var half = z * Math.Sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// Percentile bootstrap of the mean over tasks (tasks are the unit that varies between suites), with a fixed
    /// seed so the same run folder always reports the same interval.
    /// </summary>
    public static Interval BootstrapMean(IReadOnlyList<double> perTask, int resamples = 2000, ulong seed = 0x5EED, double confidence = 0.95)
    {
        if (perTask.Count == 0) return new Interval(0, 1);
        var rng = new SplitMix64(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double sum = 0;
            for (var i = 0; i < perTask.Count; i++) sum += perTask[(int)(rng.Next() % (ulong)perTask.Count)];
            means[r] = sum / perTask.Count;
        }
        Array.Sort(means);
        var alpha = (1 - confidence) / 2;
        return new Interval(Quantile(means, alpha), Quantile(means, 1 - alpha));
    }

    private static double Quantile(double[] sorted, double q)
    {
        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}

