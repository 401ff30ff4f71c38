namespace QwenEval.Reports.Compare;

/// <summary>
/// What the base run judged that the new run did not: a model, or a model's tasks. The gate fails on any of it, so
/// a new run that lost a model (or a task) cannot pass by leaving it out.
/// </summary>
public static class CompareCoverage
{
    public static IReadOnlyList<string> MissingFromNew(IReadOnlyList<SampleDetail> baseRun, IReadOnlyList<SampleDetail> newRun)
    {
        var have = newRun.Select(d => (d.Model, d.TaskId, d.SampleIndex)).ToHashSet();
        var newModels = newRun.Select(d => d.Model).ToHashSet();
        var missing = new List<string>();
        foreach (var model in baseRun.GroupBy(d => d.Model).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!newModels.Contains(model.Key))
            {
                missing.Add($"model {model.Key}: {model.Count()} verdicts in BASE, none in NEW");
                continue;
            }
            var lacking = model.Where(d => !have.Contains((d.Model, d.TaskId, d.SampleIndex))).ToList();
            if (lacking.Count == 0) continue;
            var tasks = lacking.Select(d => d.TaskId).Distinct().Order(StringComparer.Ordinal).ToList();
            missing.Add($"model {model.Key}: {lacking.Count} sample(s) of {tasks.Count} task(s) judged in BASE are missing from NEW ({string.Join(", ", tasks.Take(5))}{(tasks.Count > 5 ? ", …" : "")})");
        }
        return missing;
    }
}
