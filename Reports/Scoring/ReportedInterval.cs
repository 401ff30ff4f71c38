using System.Globalization;

namespace QwenEval.Reports.Scoring;

/// <summary>Which 95% interval a chart draws for pass@1.</summary>
public enum IntervalKind
{
    /// <summary>Wilson score interval with every sample a trial: honest when each task has one sample.</summary>
    Wilson,

    /// <summary>Percentile bootstrap over tasks: with several samples per task they are not independent trials.</summary>
    Bootstrap,
}

/// <summary>
/// The interval that is honest for a run: Wilson over samples when every task has one sample (then samples are
/// tasks), else the bootstrap over tasks, because samples of one task are correlated and Wilson over all of them
/// would be far too narrow. Both are always in the tables; the charts draw this one and name it.
/// </summary>
public static class ReportedInterval
{
    public static IntervalKind For(IReadOnlyList<ModelScore> scores) =>
        scores.Any(s => s.Samples > s.Tasks) ? IntervalKind.Bootstrap : IntervalKind.Wilson;

    public static Interval Of(ModelScore s, IntervalKind kind) => kind == IntervalKind.Wilson ? s.Wilson : s.Bootstrap;

    /// <summary>An interval with no width (a bootstrap over tasks that all scored the same) says nothing: no bar is drawn.</summary>
    public static bool HasSpread(Interval i) => i.High - i.Low > 1e-12;

    public static string Describe(IntervalKind kind, IReadOnlyList<ModelScore> scores)
    {
        var tasks = scores.Select(s => s.Tasks).DefaultIfEmpty(0).Max();
        var perTask = scores.Where(s => s.Tasks > 0).Select(s => (double)s.Samples / s.Tasks).DefaultIfEmpty(1).Max();
        return kind == IntervalKind.Wilson
            ? "95% Wilson score interval over samples (1 sample per task)"
            : string.Create(CultureInfo.InvariantCulture,
                $"95% percentile bootstrap over {tasks} tasks (2,000 resamples): with up to {perTask:0.#} samples per task, Wilson over samples would be too narrow");
    }

    /// <summary>"12.3–45.6%", or what a zero-width interval means ("none: every task 0%").</summary>
    public static string Format(Interval i, double passRate)
    {
        if (HasSpread(i))
            return string.Create(CultureInfo.InvariantCulture, $"{i.Low * 100:0.0}–{i.High * 100:0.0}%");
        return passRate switch
        {
            0 => "none: no task passed",
            1 => "none: every task passed",
            _ => string.Create(CultureInfo.InvariantCulture, $"none: every task scored {passRate * 100:0.0}%"),
        };
    }
}
