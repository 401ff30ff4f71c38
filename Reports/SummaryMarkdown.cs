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
        foreach (var line in input.ProvenanceLines) sb.AppendLine($"- {line}");
        if (input.Provenance.Count > 0) sb.AppendLine();

        if (input.UnscoredModels.Count > 0)
        {
            sb.AppendLine("Not scored (no verdicts, so no pass rate; not on the charts):").AppendLine();
            sb.AppendLine("| model | kind | why |").AppendLine("|---|---|---|");
            foreach (var u in input.UnscoredModels) sb.AppendLine($"| {u.Name} | {u.Kind} | {u.Why} |");
            sb.AppendLine();
        }
        if (scores.Count == 0) return sb.ToString(); // nothing scored on function tasks (agentic only, or no verdict yet): later sections follow
        var statuses = Enum.GetValues<SampleStatus>();
        sb.Append("| model | kind | pass@1 | 95% Wilson (samples) | 95% bootstrap (tasks) | judged | footprint (GiB) | decode tok/s |");
        foreach (var s in statuses) sb.Append($" {s.ToWire()} |");
        sb.AppendLine();
        sb.Append("|---|---|---:|---|---|---:|---:|---:|");
        foreach (var _ in statuses) sb.Append("---:|");
        sb.AppendLine();
        foreach (var s in scores)
        {
            var f = Footprint.Of(s.Model);
            sb.Append(c, $"| {s.Label} | {s.Model.Kind} | {s.PassAt1 * 100:0.0}% | {ReportedInterval.Format(s.Wilson, s.PassAt1)} | " +
                         $"{ReportedInterval.Format(s.Bootstrap, s.PassAt1)} | {Judged(s)} | {(f.GiB is { } g ? g.ToString("0.00", c) : "–")} | " +
                         $"{(s.Speed.DecodeTokensPerSecond is { } d ? d.ToString("0.0", c) : "–")} |");
            foreach (var st in statuses) sb.Append(c, $" {s.StatusCounts[st]} |");
            sb.AppendLine();
        }
        sb.AppendLine();
        var unmeasured = scores.Select(s => (s.Model.Name, Footprint.Of(s.Model).MissingReason)).Where(x => x.MissingReason is not null).ToList();
        if (unmeasured.Count > 0)
            sb.AppendLine("Footprint –: " + string.Join("; ", unmeasured.GroupBy(x => x.MissingReason).Select(g => $"{string.Join(", ", g.Select(x => x.Name))} ({g.Key})")) + ".")
                .AppendLine();
        sb.AppendLine($"Charts draw the {ReportedInterval.Describe(ReportedInterval.For(scores), scores)}.").AppendLine();

        var ks = scores.SelectMany(s => s.PassAtK.Keys).Where(k => k > 1).Distinct().Order().ToList();
        if (ks.Count > 0)
        {
            sb.AppendLine("| model |" + string.Concat(ks.Select(k => $" pass@{k} |")));
            sb.AppendLine("|---|" + string.Concat(ks.Select(_ => "---:|")));
            foreach (var s in scores)
                sb.AppendLine($"| {s.Model.Name} |" + string.Concat(ks.Select(k => s.PassAtK.TryGetValue(k, out var v) ? string.Create(c, $" {v * 100:0.0}% |") : " – |")));
            sb.AppendLine();
        }
        foreach (var b in Breakdown.All.Where(b => b.Dimension != "tag")) AppendBreakdown(sb, b, scores);
        sb.AppendLine($"Pass rate by tag: [{BreakdownCsv.FileName}]({BreakdownCsv.FileName}).").AppendLine();
        sb.AppendLine($"![pass@1 vs memory]({PassVsMemoryChart.BaseName}.svg)").AppendLine();
        sb.AppendLine($"![pass@1 vs decode speed]({PassVsSpeedChart.BaseName}.svg)");
        return sb.ToString();
    }

    /// <summary>"208/208", or "5/208" while the run is partial.</summary>
    internal static string Judged(ModelScore s) => s.Model.PlannedSamples is { } planned ? $"{s.Samples}/{planned}" : $"{s.Samples}";

    private static void AppendBreakdown(StringBuilder sb, Breakdown b, IReadOnlyList<ModelScore> scores)
    {
        var values = b.Values(scores);
        if (values.Count == 0) return;
        sb.AppendLine($"### pass rate by {b.Dimension}").AppendLine();
        sb.AppendLine($"| {b.Dimension} |" + string.Concat(scores.Select(s => $" {s.Model.Name} |")));
        sb.AppendLine("|---|" + string.Concat(scores.Select(_ => "---:|")));
        foreach (var v in values)
            sb.AppendLine($"| {v} |" + string.Concat(scores.Select(s =>
                b.Select(s).TryGetValue(v, out var rate) && !double.IsNaN(rate) ? string.Create(CultureInfo.InvariantCulture, $" {rate * 100:0.0}% |") : " – |")));
        sb.AppendLine();
    }
}
