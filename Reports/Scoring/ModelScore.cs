using QwenEval.Core;

namespace QwenEval.Reports.Scoring;

/// <summary>One model's score over a suite: pass@k, intervals, status tally, breakdowns and speed.</summary>
public sealed record ModelScore(
    ModelFacts Model,
    double PassAt1,
    IReadOnlyDictionary<int, double> PassAtK,
    Interval Wilson,
    Interval Bootstrap,
    int Tasks,
    int Samples,
    IReadOnlyDictionary<SampleStatus, int> StatusCounts,
    IReadOnlyDictionary<string, double> ByDifficulty,
    IReadOnlyDictionary<string, double> ByCategory,
    IReadOnlyDictionary<string, double> ByTag,
    Speed Speed,
    double StdErr = 0)
{
    /// <summary>Fewer verdicts than the run asked for: the figures cover only what was judged.</summary>
    public bool Incomplete => Model.PlannedSamples is { } expected && Samples < expected;

    /// <summary>The model's name, marked when its figures cover part of the run ("m (incomplete: 11/12)").</summary>
    public string Label => Incomplete ? $"{Model.Name} (incomplete: {Samples}/{Model.PlannedSamples})" : Model.Name;

    /// <summary>The k values reported: 1, 5, 10, … up to the fewest samples any task has.</summary>
    public static IReadOnlyList<int> ReportedK(int minSamplesPerTask) =>
        new[] { 1, 2, 5, 10, 20, 50, 100 }.Where(k => k <= Math.Max(1, minSamplesPerTask)).ToList();

    public static ModelScore From(ModelFacts model, IEnumerable<SampleOutcome> outcomes, IReadOnlyDictionary<string, TaskFacts>? tasks = null)
    {
        var mine = outcomes.Where(o => o.Model == model.Name).ToList();
        var perTask = mine.GroupBy(o => o.TaskId)
            .Select(g => (Id: g.Key, N: g.Count(), C: g.Count(o => o.Status == SampleStatus.Pass)))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var counts = Enum.GetValues<SampleStatus>().ToDictionary(s => s, s => mine.Count(o => o.Status == s));
        var ks = ReportedK(perTask.Count == 0 ? 1 : perTask.Min(t => t.N));
        var passAtK = ks.ToDictionary(k => k, k => Scoring.PassAtK.Mean(perTask.Select(t => (t.N, t.C)), k));
        var rates = perTask.Select(t => (double)t.C / t.N).ToList();
        double RateOf(IEnumerable<(string Id, int N, int C)> group) =>
            group.Select(t => (double)t.C / t.N).DefaultIfEmpty(double.NaN).Average();
        Dictionary<string, double> By(Func<TaskFacts, string> key) => tasks is null
            ? []
            : perTask.Where(t => tasks.ContainsKey(t.Id)).GroupBy(t => key(tasks[t.Id]))
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => RateOf(g));
        var byTag = tasks is null
            ? new Dictionary<string, double>()
            : perTask.Where(t => tasks.ContainsKey(t.Id)).SelectMany(t => tasks[t.Id].Tags.Select(tag => (Tag: tag, T: t)))
                .GroupBy(x => x.Tag).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => RateOf(g.Select(x => x.T)));
        return new ModelScore(model, passAtK[1], passAtK,
            Intervals.Wilson(counts[SampleStatus.Pass], mine.Count),
            Intervals.BootstrapMean(rates),
            perTask.Count, mine.Count, counts, InDifficultyOrder(By(t => t.Difficulty)), By(t => t.Category), byTag, Speed.From(mine),
            StandardError(rates));
    }

    /// <summary>Standard error of the mean over tasks (sample standard deviation / √n), as lm-eval reports "_stderr".</summary>
    private static double StandardError(IReadOnlyList<double> perTask)
    {
        if (perTask.Count < 2) return 0;
        var mean = perTask.Average();
        return Math.Sqrt(perTask.Sum(r => (r - mean) * (r - mean)) / (perTask.Count - 1) / perTask.Count);
    }

    private static Dictionary<string, double> InDifficultyOrder(Dictionary<string, double> byDifficulty) =>
        TaskFacts.InDifficultyOrder(byDifficulty.Keys).ToDictionary(k => k, k => byDifficulty[k]);
}

/// <summary>Generation speed over a model's samples: median TTFT and aggregate prefill/decode throughput.</summary>
public sealed record Speed(double? TtftMedianMs, double? PrefillTokensPerSecond, double? DecodeTokensPerSecond, double? MeanThinkingTokens = null)
{
    public static Speed From(IReadOnlyList<SampleOutcome> outcomes)
    {
        var costs = outcomes.Select(o => o.Cost).OfType<SampleCost>().Where(c => c.GeneratedTokens > 0).ToList();
        if (costs.Count == 0) return new Speed(null, null, null);
        var ttfts = costs.Select(c => c.TtftMs).Order().ToList();
        var prefillMs = costs.Sum(c => c.TtftMs);
        var decodeMs = costs.Sum(c => c.TotalMs - c.TtftMs);
        // The first generated token comes out of prefill; the rest are decode steps.
        var decodeTokens = costs.Sum(c => c.GeneratedTokens - 1);
        return new Speed(
            ttfts[ttfts.Count / 2],
            prefillMs > 0 ? costs.Sum(c => c.PromptTokens) / (prefillMs / 1000) : null,
            decodeMs > 0 && decodeTokens > 0 ? decodeTokens / (decodeMs / 1000) : null,
            costs.Any(c => c.ThinkingTokens > 0) ? costs.Average(c => c.ThinkingTokens) : null);
    }
}
