using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>Everything a run's reports need, gathered from the run folder.</summary>
public sealed record ReportInput(
    string RunId,
    string SuiteLabel,
    IReadOnlyList<ModelFacts> Models,
    IReadOnlyList<SampleOutcome> Outcomes,
    IReadOnlyList<double> MemoryBudgetsGb,
    IReadOnlyList<string> Notes);

/// <summary>Writes every report of a run into a folder.</summary>
public static class ReportWriter
{
    public static IReadOnlyList<ModelScore> Write(ReportInput input, string folder)
    {
        var scores = input.Models.Select(m => ModelScore.From(m, input.Outcomes)).ToList();
        MetricsCsv.Write(Path.Combine(folder, MetricsCsv.FileName), scores);
        File.WriteAllText(Path.Combine(folder, SummaryMarkdown.FileName),
            SummaryMarkdown.Render(input.RunId, input.SuiteLabel, scores, input.Notes));
        PassVsMemoryChart.Write(folder, scores, input.MemoryBudgetsGb, input.SuiteLabel);
        return scores;
    }
}
