namespace QwenEval.Reports.Scoring;

/// <summary>What scoring needs of one sample: who, which task, which draw, and the verdict.</summary>
public sealed record SampleOutcome(string Model, string TaskId, int SampleIndex, SampleStatus Status);

/// <summary>What the reports know of one model besides its outcomes.</summary>
public sealed record ModelFacts(string Name, string Kind, long DiskBytes, long? PeakRssBytes);
