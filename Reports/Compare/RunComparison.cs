using QwenEval.Reports.Scoring;

namespace QwenEval.Reports.Compare;

/// <summary>One model's paired comparison between a base and a new run.</summary>
public sealed record ModelComparison(
    string Model,
    int Pairs,
    int Tasks,
    double BasePassRate,
    double NewPassRate,
    int PassToFail,
    int FailToPass,
    double PValue,
    Interval DifferenceInterval,
    bool Regression,
    IReadOnlyList<TaskFlip> Flips)
{
    public double Drop => BasePassRate - NewPassRate;
}

/// <summary>A sample that changed verdict between the runs.</summary>
public sealed record TaskFlip(string TaskId, int SampleIndex, string BaseStatus, string NewStatus, string NewOutput);

/// <summary>The gate's thresholds: a regression is a drop both larger than MaxDrop and significant at Alpha.</summary>
public sealed record GatePolicy(double MaxDrop, double Alpha);

/// <summary>
/// Pairs samples by (task, sample index) for each model present in both runs. A model regresses only when its
/// pass rate fell by more than the threshold AND the exact McNemar test says the flips are unlikely to be noise.
/// </summary>
public static class RunComparison
{
    public static IReadOnlyList<ModelComparison> Compare(IReadOnlyList<SampleDetail> baseRun, IReadOnlyList<SampleDetail> newRun, GatePolicy policy)
    {
        var baseByKey = baseRun.ToDictionary(d => (d.Model, d.TaskId, d.SampleIndex));
        var result = new List<ModelComparison>();
        foreach (var model in newRun.Select(d => d.Model).Distinct().Where(m => baseRun.Any(b => b.Model == m)).Order(StringComparer.Ordinal))
        {
            var pairs = newRun.Where(d => d.Model == model && baseByKey.ContainsKey((d.Model, d.TaskId, d.SampleIndex)))
                .Select(d => (Base: baseByKey[(d.Model, d.TaskId, d.SampleIndex)], New: d))
                .OrderBy(p => p.New.TaskId, StringComparer.Ordinal).ThenBy(p => p.New.SampleIndex)
                .ToList();
            static bool Passed(SampleDetail d) => d.Status == "pass";
            var b = pairs.Count(p => Passed(p.Base) && !Passed(p.New));
            var c = pairs.Count(p => !Passed(p.Base) && Passed(p.New));
            var perTask = pairs.GroupBy(p => p.New.TaskId)
                .Select(g => (Base: g.Average(p => Passed(p.Base) ? 1.0 : 0.0), New: g.Average(p => Passed(p.New) ? 1.0 : 0.0)))
                .ToList();
            var baseRate = perTask.Count == 0 ? 0 : perTask.Average(t => t.Base);
            var newRate = perTask.Count == 0 ? 0 : perTask.Average(t => t.New);
            var p = McNemar.ExactPValue(b, c);
            var interval = Intervals.BootstrapMean(perTask.Select(t => t.New - t.Base).ToList());
            var regression = baseRate - newRate > policy.MaxDrop && p < policy.Alpha && b > c;
            var flips = pairs.Where(x => Passed(x.Base) != Passed(x.New))
                .Select(x => new TaskFlip(x.New.TaskId, x.New.SampleIndex, x.Base.Status, x.New.Status, x.New.Output))
                .ToList();
            result.Add(new ModelComparison(model, pairs.Count, perTask.Count, baseRate, newRate, b, c, p, interval, regression, flips));
        }
        return result;
    }
}
