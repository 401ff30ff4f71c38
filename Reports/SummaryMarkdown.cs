using System.Globalization;
using System.Text;
using QwenEval.Reports.Charts;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Reports;

/// <summary>summary.md: what a GitHub page or a CI job summary shows.</summary>
public sealed class SummaryMarkdown : IReportWriter
{
    public void Write(ReportContext c) => AtomicFile.WriteAllText(c.File(FileName), Render(c.Input, c.Scores) + string.Concat(c.SummarySections.Select(s => "\n" + s)));

    public const string FileName = "summary.md";

    public static string Render(ReportInput input, IReadOnlyList<ModelScore> scores)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine($"# {input.Title}").AppendLine();
        if (scores.Count > 0) sb.AppendLine($"Suite: {input.SuiteLabel}").AppendLine();
        foreach (var note in input.Notes) sb.AppendLine($"> **{note}**").AppendLine();
        if (scores.Count == 0) return sb.ToString(); // a run of agentic tasks only: their section follows
        var statuses = Enum.GetValues<SampleStatus>();
        sb.Append("| model | pass@1 | 95% interval (Wilson) | bootstrap over tasks | footprint (GiB) | source | decode tok/s |");
        foreach (var s in statuses) sb.Append($" {s.ToWire()} |");
        sb.AppendLine();
        sb.Append("|---|---:|---|---|---:|---|---:|");
        foreach (var _ in statuses) sb.Append("---:|");
        sb.AppendLine();
        foreach (var s in scores)
        {
            var f = Footprint.Of(s.Model);
            sb.Append(c, $"| {s.Model.Name} | {s.PassAt1 * 100:0.0}% | {s.Wilson.Low * 100:0.0}–{s.Wilson.High * 100:0.0}% | {s.Bootstrap.Low * 100:0.0}–{s.Bootstrap.High * 100:0.0}% | {f.GiB:0.00} | {f.Source} | {(s.Speed.DecodeTokensPerSecond is { } d ? d.ToString("0.0", c) : "–")} |");
            foreach (var st in statuses) sb.Append(c, $" {s.StatusCounts[st]} |");
            sb.AppendLine();
        }
        sb.AppendLine();
        var ks = scores.SelectMany(s => s.PassAtK.Keys).Where(k => k > 1).Distinct().Order().ToList();
        if (ks.Count > 0)
        {
            sb.AppendLine("| model |" + string.Concat(ks.Select(k => $" pass@{k} |")));
            sb.AppendLine("|---|" + string.Concat(ks.Select(_ => "---:|")));
            foreach (var s in scores)
                sb.AppendLine($"| {s.Model.Name} |" + string.Concat(ks.Select(k => s.PassAtK.TryGetValue(k, out var v) ? string.Create(c, $" {v * 100:0.0}% |") : " – |")));
            sb.AppendLine();
        }
        AppendBreakdown(sb, "difficulty", scores, s => s.ByDifficulty);
        AppendBreakdown(sb, "category", scores, s => s.ByCategory);
        sb.AppendLine($"Pass rate by tag: [{BreakdownCsv.FileName}]({BreakdownCsv.FileName}).").AppendLine();
        sb.AppendLine($"![pass@1 vs memory]({PassVsMemoryChart.BaseName}.svg)").AppendLine();
        sb.AppendLine($"![pass@1 vs decode speed]({PassVsSpeedChart.BaseName}.svg)");
        return sb.ToString();
    }

    private static void AppendBreakdown(StringBuilder sb, string what, IReadOnlyList<ModelScore> scores, Func<ModelScore, IReadOnlyDictionary<string, double>> select)
    {
        var keys = scores.SelectMany(s => select(s).Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        if (keys.Count == 0) return;
        sb.AppendLine($"### pass rate by {what}").AppendLine();
        sb.AppendLine($"| {what} |" + string.Concat(scores.Select(s => $" {s.Model.Name} |")));
        sb.AppendLine("|---|" + string.Concat(scores.Select(_ => "---:|")));
        foreach (var k in keys)
            sb.AppendLine($"| {k} |" + string.Concat(scores.Select(s =>
                select(s).TryGetValue(k, out var v) && !double.IsNaN(v) ? string.Create(CultureInfo.InvariantCulture, $" {v * 100:0.0}% |") : " – |")));
        sb.AppendLine();
    }
}
