using CsvHelper;
using QwenEval.Core;

namespace QwenEval.Reports.Agentic;

/// <summary>agentic.csv: one row per model that ran agentic tasks: the resolved rate, pass^k, memory, the behaviour figures and every status count.</summary>
public sealed class AgenticCsv : IReportWriter
{
    public const string FileName = "agentic.csv";

    public void Write(ReportContext c)
    {
        if (c.AgenticScores.Count == 0) return;
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, null, leaveOpen: false);
        var statuses = Enum.GetValues<SampleStatus>();
        var ks = c.AgenticScores.SelectMany(s => s.PassHatK.Keys).Where(k => k > 1).Distinct().Order().ToList();
        csv.WriteRecord([
            "model", "kind", "resolved", "resolved_wilson_low", "resolved_wilson_high", "resolved_bootstrap_low", "resolved_bootstrap_high",
            .. ks.Select(k => $"pass^{k}"), "n_tasks", "n_episodes", "footprint_bytes", "footprint_source", "peak_rss_bytes",
            "tool_calls_per_episode", "malformed_per_episode", "unparseable_per_episode", "unknown_tool_per_episode", "bad_arguments_per_episode",
            "tool_errors_per_episode", "edits_per_episode", "rewrites_per_episode", "creates_per_episode", "rewrite_share",
            "test_runs_per_episode", "tested_before_submit_share", "submitted_share", "turns_mean", "prompt_tokens_mean", "generated_tokens_mean",
            "reprefill_share", "cached_share", "wall_s_mean", "generation_s_mean", .. statuses.Select(s => s.ToWire())]);
        foreach (var s in c.AgenticScores)
        {
            var b = s.Behaviour;
            var footprint = Footprint.Of(s.Model);
            csv.WriteRecord([
                s.Name, s.Model.Kind, F(s.Resolved), F(s.Wilson.Low), F(s.Wilson.High), F(s.Bootstrap.Low), F(s.Bootstrap.High),
                .. ks.Select(k => s.PassHatK.TryGetValue(k, out var v) ? F(v) : ""), I(s.Tasks), I(s.Episodes), I(footprint.Bytes), footprint.Source, I(s.Model.PeakRssBytes),
                F(b.ToolCalls, "0.00"), F(b.Malformed, "0.00"), F(b.Unparseable, "0.00"), F(b.UnknownTool, "0.00"), F(b.BadArguments, "0.00"),
                F(b.ToolErrors, "0.00"), F(b.Edits, "0.00"), F(b.Rewrites, "0.00"), F(b.Creates, "0.00"), F(b.RewriteShare),
                F(b.TestRuns, "0.00"), F(b.TestedBeforeSubmitShare), F(b.SubmittedShare), F(b.Turns, "0.00"), F(b.PromptTokens, "0.0"), F(b.GeneratedTokens, "0.0"),
                F(b.ReprefillShare), F(b.CachedShare), F(b.WallSeconds, "0.000"), F(b.GenerationSeconds, "0.000"), .. statuses.Select(st => I(s.StatusCounts[st]))]);
        }
        csv.Flush();
        AtomicFile.WriteAllText(c.File(FileName), writer.ToString());
    }

    private static string F(double? v, string format = "0.0000") => MetricsCsv.F(v, format);

    private static string I(long? v) => MetricsCsv.I(v);
}
