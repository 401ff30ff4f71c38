using QwenEval.Core;
using QwenEval.Core.Generation;
using QwenEval.Reports.Scoring;

namespace QwenEval.Reports.Agentic;

/// <summary>What the agentic reports need: the models that ran agentic tasks, each episode with its verdict, and the tasks.</summary>
public sealed record AgenticInput(
    string SuiteLabel,
    IReadOnlyList<ModelFacts> Models,
    IReadOnlyList<EpisodeOutcome> Episodes,
    IReadOnlyDictionary<string, TaskFacts> Tasks);

/// <summary>One judged episode: the verdict on its final repository, how the agent worked, and its transcript.</summary>
/// <param name="TestOutput">the hidden tests' output</param>
public sealed record EpisodeOutcome(
    string Model,
    string TaskId,
    int SampleIndex,
    SampleStatus Status,
    string Detail,
    EpisodeBehaviour Behaviour,
    IReadOnlyList<ChatMessage> Messages,
    IReadOnlyList<string> RawTurns,
    string FinalDiff,
    string TestOutput);

/// <summary>
/// One model's agentic score: the resolved rate (episodes whose final repository passes the hidden tests, averaged
/// over tasks) with its intervals, pass^k (all k draws of a task resolve), the status tally, and its behaviour
/// summed and averaged per episode.
/// </summary>
public sealed record AgenticScore(
    ModelFacts Model,
    double Resolved,
    Interval Wilson,
    Interval Bootstrap,
    IReadOnlyDictionary<int, double> PassHatK,
    int Tasks,
    int Episodes,
    IReadOnlyDictionary<SampleStatus, int> StatusCounts,
    IReadOnlyDictionary<string, double> ByCategory,
    BehaviourSummary Behaviour)
{
    public string Name => Model.Name;

    public static AgenticScore From(ModelFacts model, IEnumerable<EpisodeOutcome> all, IReadOnlyDictionary<string, TaskFacts> tasks)
    {
        var mine = all.Where(e => e.Model == model.Name).ToList();
        var perTask = mine.GroupBy(e => e.TaskId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, N: g.Count(), C: g.Count(e => e.Status == SampleStatus.Pass))).ToList();
        var ks = ModelScore.ReportedK(perTask.Count == 0 ? 1 : perTask.Min(t => t.N));
        var rates = perTask.Select(t => (double)t.C / t.N).ToList();
        var byCategory = perTask.Where(t => tasks.ContainsKey(t.Id)).GroupBy(t => tasks[t.Id].Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(t => (double)t.C / t.N));
        return new AgenticScore(model, rates.DefaultIfEmpty(0).Average(),
            Intervals.Wilson(mine.Count(e => e.Status == SampleStatus.Pass), mine.Count), Intervals.BootstrapMean(rates),
            ks.ToDictionary(k => k, k => perTask.Count == 0 ? 0 : perTask.Average(t => PassAtK.PassHatK(t.N, t.C, k))),
            perTask.Count, mine.Count, Enum.GetValues<SampleStatus>().ToDictionary(s => s, s => mine.Count(e => e.Status == s)), byCategory,
            BehaviourSummary.Of(mine.Select(e => e.Behaviour).ToList()));
    }
}

/// <summary>A model's behaviour over its episodes: means per episode and shares of episodes.</summary>
public sealed record BehaviourSummary(
    double ToolCalls,
    double Malformed,
    double Unparseable,
    double UnknownTool,
    double BadArguments,
    double ToolErrors,
    double Edits,
    double Rewrites,
    double Creates,
    double? RewriteShare,
    double TestRuns,
    double TestedBeforeSubmitShare,
    double SubmittedShare,
    double Turns,
    double PromptTokens,
    double GeneratedTokens,
    double? ReprefillShare,
    double? CachedShare,
    double WallSeconds,
    double GenerationSeconds,
    IReadOnlyDictionary<string, int> Endings)
{
    public static BehaviourSummary Of(IReadOnlyList<EpisodeBehaviour> episodes)
    {
        double Mean(Func<EpisodeBehaviour, double> f) => episodes.Count == 0 ? 0 : episodes.Average(f);
        double Share(Func<EpisodeBehaviour, bool> f) => episodes.Count == 0 ? 0 : episodes.Count(f) / (double)episodes.Count;
        var rewrites = episodes.Sum(e => e.Rewrites);
        var changes = rewrites + episodes.Sum(e => e.Edits);
        var prompt = episodes.Sum(e => e.PromptTokens);
        return new BehaviourSummary(
            Mean(e => e.ToolCalls), Mean(e => e.Malformed), Mean(e => e.Unparseable), Mean(e => e.UnknownTool), Mean(e => e.BadArguments),
            Mean(e => e.ToolErrors), Mean(e => e.Edits), Mean(e => e.Rewrites), Mean(e => e.Creates),
            changes == 0 ? null : rewrites / (double)changes,
            Mean(e => e.TestRuns), Share(e => e.TestedBeforeSubmit), Share(e => e.Submitted), Mean(e => e.Turns),
            Mean(e => e.PromptTokens), Mean(e => e.GeneratedTokens),
            prompt == 0 ? null : episodes.Sum(e => e.ReprefillTokens) / (double)prompt,
            prompt == 0 ? null : episodes.Sum(e => e.CachedTokens) / (double)prompt,
            Mean(e => e.WallMs) / 1000, Mean(e => e.GenerationMs) / 1000,
            episodes.GroupBy(e => e.Ended).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>A line for the console: the figures that tell agents apart.</summary>
    public string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{ToolCalls:0.0} calls, {Malformed:0.0} malformed, {Edits:0.0} edits, {Rewrites:0.0} rewrites per episode; tested before submit {TestedBeforeSubmitShare * 100:0}%");
}
