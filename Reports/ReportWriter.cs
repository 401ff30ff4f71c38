using QwenEval.Reports.Charts;
using QwenEval.Reports.Html;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Reports;

/// <summary>Writes every report into a folder. Deterministic: the same input gives the same bytes.</summary>
public static class ReportWriter
{
    public static IReadOnlyList<ModelScore> Write(ReportInput input, string folder)
    {
        Directory.CreateDirectory(folder);
        var scores = input.Models.Select(m => ModelScore.From(m, input.Outcomes, input.Tasks)).ToList();
        MetricsCsv.Write(Path.Combine(folder, MetricsCsv.FileName), scores);
        TasksCsv.Write(Path.Combine(folder, TasksCsv.FileName), input.Models, input.Outcomes, input.Tasks);
        BreakdownCsv.Write(Path.Combine(folder, BreakdownCsv.FileName), scores);
        var memoryChart = PassVsMemoryChart.Write(folder, scores, input.MemoryBudgetsGb, $"pass@1 vs memory — {input.SuiteLabel}");
        PassVsSpeedChart.Write(folder, scores, $"pass@1 vs decode speed — {input.SuiteLabel}");
        File.WriteAllText(Path.Combine(folder, SummaryMarkdown.FileName), SummaryMarkdown.Render(input, scores));
        File.WriteAllText(Path.Combine(folder, HtmlReport.FileName),
            HtmlReport.Render(input, scores, memoryChart));
        return scores;
    }
}
