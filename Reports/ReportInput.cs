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
    IReadOnlyList<string> Notes,
    IReadOnlyList<UnscoredModel>? Unscored = null)
{
    /// <summary>Models without verdicts (not run, or nothing judged yet): never a row of scores or a point on a chart.</summary>
    public IReadOnlyList<UnscoredModel> UnscoredModels => Unscored ?? [];
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
