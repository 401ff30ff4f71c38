using System.Globalization;
using System.Text;
using QwenEval.Core;

namespace QwenEval.Reports.Agentic;

/// <summary>summary.md's agentic section: the resolved rate beside pass@1, and the behaviour table that tells agents apart.</summary>
public sealed class AgenticSummarySection : IReportWriter
{
    public void Write(ReportContext c)
    {
        if (c.AgenticScores.Count == 0) return;
        c.SummarySections.Add(Render(c.Input.Agentic!.SuiteLabel, c.AgenticScores, c.Scores.ToDictionary(s => s.Model.Name, s => s.PassAt1)));
    }

    public static string Render(string suite, IReadOnlyList<AgenticScore> scores, IReadOnlyDictionary<string, double> passAt1)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        string P(double? v) => v is { } x ? string.Create(ci, $"{x * 100:0.0}%") : "–";
        string N(double v, string format = "0.0") => v.ToString(format, ci);
        sb.AppendLine("## Agentic tasks").AppendLine();
        sb.AppendLine($"Suite: {suite}. An episode resolves a task when its final repository passes the hidden tests.").AppendLine();
        var ks = scores.SelectMany(s => s.PassHatK.Keys).Where(k => k > 1).Distinct().Order().ToList();
        var statuses = Enum.GetValues<SampleStatus>();
        sb.Append("| model | resolved | 95% interval (Wilson) | bootstrap over tasks |");
        foreach (var k in ks) sb.Append($" pass^{k} |");
        sb.Append(" pass@1 (function tasks) | footprint (GiB) | episodes |");
        foreach (var st in statuses) sb.Append($" {st.ToWire()} |");
        sb.AppendLine();
        sb.AppendLine("|---|---:|---|---|" + string.Concat(ks.Select(_ => "---:|")) + "---:|---:|---:|" + string.Concat(statuses.Select(_ => "---:|")));
        foreach (var s in scores)
        {
            sb.Append(ci, $"| {s.Name} | {P(s.Resolved)} | {P(s.Wilson.Low)}–{P(s.Wilson.High)} | {P(s.Bootstrap.Low)}–{P(s.Bootstrap.High)} |");
            foreach (var k in ks) sb.Append($" {(s.PassHatK.TryGetValue(k, out var v) ? P(v) : "–")} |");
            sb.Append(ci, $" {(passAt1.TryGetValue(s.Name, out var p) ? P(p) : "–")} | {Footprint.Of(s.Model).GiB:0.00} ({Footprint.Of(s.Model).Source}) | {s.Episodes} |");
            foreach (var st in statuses) sb.Append($" {s.StatusCounts[st]} |");
            sb.AppendLine();
        }
        sb.AppendLine();
        sb.AppendLine("### How the agents worked (per episode)").AppendLine();
        sb.AppendLine("| model | tool calls | malformed | unparseable / unknown tool / bad arguments | tool errors | edits | whole-file rewrites | new files | from scratch | ran tests before submit | submitted | turns | prompt tokens | generated tokens | re-prefilled | from cache | wall s | worker peak (MiB) | endings |");
        sb.AppendLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var s in scores)
        {
            var b = s.Behaviour;
            sb.AppendLine($"| {s.Name} | {N(b.ToolCalls)} | {N(b.Malformed)} | {N(b.Unparseable)} / {N(b.UnknownTool)} / {N(b.BadArguments)} | {N(b.ToolErrors)} | {N(b.Edits)} | {N(b.Rewrites)} | {N(b.Creates)} | {P(b.RewriteShare)} | {P(b.TestedBeforeSubmitShare)} | {P(b.SubmittedShare)} | {N(b.Turns)} | {N(b.PromptTokens, "0")} | {N(b.GeneratedTokens, "0")} | {P(b.ReprefillShare)} | {P(b.CachedShare)} | {N(b.WallSeconds, "0.00")} | {(s.Model.PeakRssBytes is { } rss ? N(rss / 1048576.0, "0") : "–")} | {string.Join(", ", b.Endings.Select(e => $"{e.Key} {e.Value}"))} |");
        }
        sb.AppendLine();
        sb.AppendLine("From scratch: whole-file rewrites of existing files as a share of all changes to existing files (rewrites + edit_file edits). " +
                      "Re-prefilled: the share of prompt tokens that the previous turn's prompt and answer already held; the built-in engine prefills " +
                      "the whole conversation again each turn, so this is what reusing the KV cache across turns would save.").AppendLine();
        var categories = scores.SelectMany(s => s.ByCategory.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        if (categories.Count > 0)
        {
            sb.AppendLine("### resolved rate by category").AppendLine();
            sb.AppendLine("| category |" + string.Concat(scores.Select(s => $" {s.Name} |")));
            sb.AppendLine("|---|" + string.Concat(scores.Select(_ => "---:|")));
            foreach (var cat in categories)
                sb.AppendLine($"| {cat} |" + string.Concat(scores.Select(s => $" {(s.ByCategory.TryGetValue(cat, out var v) ? P(v) : "–")} |")));
            sb.AppendLine();
        }
        sb.AppendLine($"![resolved rate and pass@1 vs memory]({ResolvedVsMemoryChart.BaseName}.svg)");
        return sb.ToString();
    }
}
