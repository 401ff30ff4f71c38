using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>Everything a run's reports need, gathered from one or more run folders and nothing else.</summary>
/// <param name="Models">the models with at least one judged sample (models not run yet are named in the notes)</param>
/// <param name="Notes">warnings every report shows prominently (partial run, unsandboxed, mixed suites)</param>
/// <param name="Runs">each run's provenance, for captions</param>
/// <param name="Partial">some model of the plan still has samples to generate or judge</param>
public sealed record ReportInput(
    string Title,
    string SuiteLabel,
    IReadOnlyList<ModelFacts> Models,
    IReadOnlyList<SampleOutcome> Outcomes,
    IReadOnlyDictionary<string, TaskFacts> Tasks,
    IReadOnlyList<SampleDetail> Details,
    IReadOnlyList<double> MemoryBudgetsGb,
    IReadOnlyList<string> Notes,
    IReadOnlyList<UnscoredModel>? Unscored = null,
    IReadOnlyList<RunProvenance>? Runs = null,
    bool Partial = false)
{
    /// <summary>Models without verdicts (not run, or nothing judged yet): never a row of scores or a point on a chart.</summary>
    public IReadOnlyList<UnscoredModel> UnscoredModels => Unscored ?? [];

    public IReadOnlyList<RunProvenance> Provenance => Runs ?? [];

    /// <summary>Every caption line of every run (run ids named when there are several).</summary>
    public IReadOnlyList<string> ProvenanceLines => Provenance.SelectMany(r => r.Lines(Provenance.Count > 1)).ToList();

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
