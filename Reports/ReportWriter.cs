using QwenEval.Core;
using QwenEval.Reports.Agentic;
using QwenEval.Reports.Charts;
using QwenEval.Reports.Html;
using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>One report file (or a pair, for charts) written from a run's scores.</summary>
public interface IReportWriter
{
    void Write(ReportContext context);
}

/// <summary>What every report writer gets: the input, the scores computed once, the folder, and what earlier writers rendered.</summary>
public sealed class ReportContext(ReportInput input, IReadOnlyList<ModelScore> scores, string folder)
{
    public ReportInput Input { get; } = input;

    public IReadOnlyList<ModelScore> Scores { get; } = scores;

    public string Folder { get; } = folder;

    /// <summary>The memory chart as SVG text, rendered once and inlined by the HTML report.</summary>
    public string? MemoryChartSvg { get; set; }

    /// <summary>The speed chart as SVG text, likewise.</summary>
    public string? SpeedChartSvg { get; set; }

    /// <summary>The resolved-rate chart as SVG text, inlined by the HTML report's agentic section.</summary>
    public string? ResolvedChartSvg { get; set; }

    /// <summary>Per-model scores on the agentic tasks (empty when the run had none).</summary>
    public IReadOnlyList<AgenticScore> AgenticScores { get; } =
        input.Agentic is { } a ? a.Models.Select(m => AgenticScore.From(m, a.Episodes, a.Tasks)).ToList() : [];

    /// <summary>Markdown sections that writers before <see cref="SummaryMarkdown"/> add to the end of summary.md.</summary>
    public List<string> SummarySections { get; } = [];

    /// <summary>Self-contained HTML sections (their own data and script) that writers before <see cref="HtmlReport"/> add to report.html.</summary>
    public List<string> HtmlSections { get; } = [];

    public string File(string name) => Path.Combine(Folder, name);
}

/// <summary>Writes every report into a folder, each by its writer in list order. Deterministic: the same input gives the same bytes.</summary>
public static class ReportWriter
{
    /// <summary>The writers, in order: the HTML report inlines the chart, so charts come before it.</summary>
    public static readonly IReadOnlyList<IReportWriter> Writers =
    [
        new MetricsCsv(),
        new TasksCsv(),
        new BreakdownCsv(),
        new ResultsJson(),
        new PassVsMemoryChart(),
        new PassVsSpeedChart(),
        new AgenticCsv(),
        new ResolvedVsMemoryChart(),
        new AgenticSummarySection(),
        new SummaryMarkdown(),
        new AgenticHtmlSection(),
        new HtmlReport(),
    ];

    public static IReadOnlyList<ModelScore> Write(ReportInput input, string folder) => WriteAll(input, folder).Scores;

    /// <summary>Writes every report; the context holds the scores of both kinds of task.</summary>
    public static ReportContext WriteAll(ReportInput input, string folder)
    {
        Directory.CreateDirectory(folder);
        var scores = input.Models.Select(m => ModelScore.From(m, input.Outcomes, input.Tasks)).ToList();
        var context = new ReportContext(input, scores, folder);
        foreach (var writer in Writers) writer.Write(context);
        return context;
    }
}
