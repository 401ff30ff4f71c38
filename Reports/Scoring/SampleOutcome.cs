using QwenEval.Core;

namespace QwenEval.Reports.Scoring;

/// <summary>What scoring needs of one sample: who, which task, which draw, the verdict, and what generating it cost.</summary>
public sealed record SampleOutcome(string Model, string TaskId, int SampleIndex, SampleStatus Status, SampleCost? Cost = null);

/// <summary>Generation cost of one sample, for speed figures.</summary>
public sealed record SampleCost(int PromptTokens, int GeneratedTokens, double TtftMs, double TotalMs, int ThinkingTokens = 0);

/// <summary>What the reports know of one model besides its outcomes.</summary>
public sealed record ModelFacts(string Name, string Kind, long DiskBytes, long? PeakRssBytes, long? PredictedBytes = null, double? LoadMs = null);

/// <summary>Task metadata the breakdowns group by. The category is the declared one, else the id's prefix ("graph_bridges" → "graph").</summary>
public sealed record TaskFacts(string Id, string Difficulty, IReadOnlyList<string> Tags, string? DeclaredCategory = null)
{
    public string Category => DeclaredCategory ?? (Id.Contains('_') ? Id[..Id.IndexOf('_')] : Id);
}
