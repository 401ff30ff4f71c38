using System.Globalization;
using System.Text;
using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>summary.md: a table a GitHub page or job summary can show as is.</summary>
public static class SummaryMarkdown
{
    public const string FileName = "summary.md";

    public static string Render(string runId, string suiteLabel, IReadOnlyList<ModelScore> scores, IReadOnlyList<string> notes)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# QwenEval run {runId}");
        sb.AppendLine();
        sb.AppendLine($"Suite: {suiteLabel}");
        sb.AppendLine();
        foreach (var note in notes) sb.AppendLine($"> {note}").AppendLine();
        var statuses = Enum.GetValues<SampleStatus>();
        sb.Append("| model | kind | pass@1 | tasks | samples | footprint (GB) | footprint source |");
        foreach (var s in statuses) sb.Append($" {s.ToWire()} |");
        sb.AppendLine();
        sb.Append("|---|---|---:|---:|---:|---:|---|");
        foreach (var _ in statuses) sb.Append("---:|");
        sb.AppendLine();
        foreach (var score in scores)
        {
            var f = Footprint.Of(score.Model);
            sb.Append(CultureInfo.InvariantCulture,
                $"| {score.Model.Name} | {score.Model.Kind} | {score.PassAt1 * 100:0.0}% | {score.Tasks} | {score.Samples} | {f.Gigabytes:0.000} | {f.Source} |");
            foreach (var s in statuses) sb.Append(CultureInfo.InvariantCulture, $" {score.StatusCounts[s]} |");
            sb.AppendLine();
        }
        sb.AppendLine();
        sb.AppendLine($"![pass@1 vs memory]({PassVsMemoryChart.BaseName}.svg)");
        return sb.ToString();
    }
}
