using QwenEval.Core;

namespace QwenEval.Reports.Scoring;

/// <summary>What scoring needs of one sample: who, which task, which draw, the verdict, and what generating it cost.</summary>
public sealed record SampleOutcome(string Model, string TaskId, int SampleIndex, SampleStatus Status, SampleCost? Cost = null);

/// <summary>Generation cost of one sample, for speed figures.</summary>
public sealed record SampleCost(int PromptTokens, int GeneratedTokens, double TtftMs, double TotalMs, int ThinkingTokens = 0);

/// <summary>What the reports know of one model besides its outcomes.</summary>
/// <param name="FootprintMissing">why there is no measured peak (<see cref="Footprint"/>), when there is none</param>
/// <param name="PlannedSamples">samples the run's plan holds for it (tasks × samples per task); fewer judged marks the model partial</param>
/// <param name="MemorySource">where PeakRssBytes was measured (measurements.jsonl's memory_source): null or "worker", "server", "none"</param>
public sealed record ModelFacts(string Name, string Kind, long DiskBytes, long? PeakRssBytes, long? PredictedBytes = null, double? LoadMs = null,
    string? Runtime = null, string? FootprintMissing = null, int? PlannedSamples = null, string? MemorySource = null);

/// <summary>A model of the run that has no verdicts, and why: it is listed as such, never scored 0%.</summary>
public sealed record UnscoredModel(string Name, string Kind, string Why);

/// <summary>Task metadata the breakdowns group by. The category is the declared one, else the id's prefix ("graph_bridges" → "graph").</summary>
public sealed record TaskFacts(string Id, string Difficulty, IReadOnlyList<string> Tags, string? DeclaredCategory = null)
{
    private static readonly string[] Difficulties = ["easy", "medium", "hard"];

    public string Category => DeclaredCategory ?? (Id.Contains('_') ? Id[..Id.IndexOf('_')] : Id);

    /// <summary>Difficulties in reading order (easy, medium, hard, then any other alphabetically), not alphabetical.</summary>
    public static IEnumerable<string> InDifficultyOrder(IEnumerable<string> difficulties) =>
        difficulties.OrderBy(d => Array.IndexOf(Difficulties, d) is var i && i >= 0 ? i : Difficulties.Length).ThenBy(d => d, StringComparer.Ordinal);
}
