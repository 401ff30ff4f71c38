using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Reports;

/// <summary>Everything a run's reports need, gathered from one or more run folders and nothing else.</summary>
public sealed record ReportInput(
    string Title,
    string SuiteLabel,
    IReadOnlyList<ModelFacts> Models,
    IReadOnlyList<SampleOutcome> Outcomes,
    IReadOnlyDictionary<string, TaskFacts> Tasks,
    IReadOnlyList<SampleDetail> Details,
    IReadOnlyList<double> MemoryBudgetsGb,
    IReadOnlyList<string> Notes)
{
    /// <summary>The agentic tasks' episodes and verdicts; null when the run had none.</summary>
    public Agentic.AgenticInput? Agentic { get; init; }
}

/// <summary>One sample as the HTML drill-down shows it.</summary>
public sealed record SampleDetail(
    string Model,
    string TaskId,
    int SampleIndex,
    string Status,
    string Prompt,
    string Answer,
    string? Code,
    string Detail,
    string Output);
