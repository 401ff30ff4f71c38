using QwenEval.Core;

namespace QwenEval.Reports.Scoring;

/// <summary>What scoring needs of one sample: who, which task, which draw, the verdict, and what generating it cost.</summary>
public sealed record SampleOutcome(string Model, string TaskId, int SampleIndex, SampleStatus Status, SampleCost? Cost = null);

/// <summary>Generation cost of one sample, for speed figures.</summary>
public sealed record SampleCost(int PromptTokens, int GeneratedTokens, double TtftMs, double TotalMs, int ThinkingTokens = 0);

/// <summary>What the reports know of one model besides its outcomes.</summary>
/// <param name="ExpectedSamples">draws the run asked for (tasks × samples per task); fewer judged marks the model incomplete</param>
/// <param name="MeasurementLost">the model ran in a worker but no whole-session peak was recorded (a run killed before it was written)</param>
public sealed record ModelFacts(string Name, string Kind, long DiskBytes, long? PeakRssBytes, long? PredictedBytes = null, double? LoadMs = null,
    int? ExpectedSamples = null, bool MeasurementLost = false);

/// <summary>A model of the run that has no verdicts, and why: it is listed as such, never scored 0%.</summary>
public sealed record UnscoredModel(string Name, string Kind, string Why);

/// <summary>Task metadata the breakdowns group by. The category is the id's prefix ("graph_bridges" → "graph").</summary>
public sealed record TaskFacts(string Id, string Difficulty, IReadOnlyList<string> Tags)
{
    public string Category => Id.Contains('_') ? Id[..Id.IndexOf('_')] : Id;
}
