using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core;
using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>
/// results.json: every model's scores for programs. Each entry under "models" has lm-evaluation-harness's layout
/// (model_name, results[suite]["pass@1,none"] and "pass@1_stderr,none", n-samples, versions, n-shot,
/// higher_is_better), so tools that read lm-eval's results files read it, and beside that pass@k, both intervals,
/// statuses, the footprint, speed and breakdowns; "provenance" says what produced the numbers.
/// </summary>
public sealed class ResultsJson : IReportWriter
{
    public const string FileName = "results.json";

    /// <summary>Readable in any editor: no \u0022-style escapes (the file is JSON, not HTML).</summary>
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(ReportContext c) => AtomicFile.WriteAllText(c.File(FileName), Render(c.Input, c.Scores).ToJsonString(Options) + "\n");

    public static JsonObject Render(ReportInput input, IReadOnlyList<ModelScore> scores)
    {
        var suite = string.Join("+", input.Provenance.Select(p => p.SuiteName).Distinct().DefaultIfEmpty("suite"));
        var models = new JsonObject();
        foreach (var s in scores) models[s.Model.Name] = Model(s, suite, input.Provenance);
        return new JsonObject
        {
            ["format"] = "qweneval-results",
            ["format_version"] = 1,
            ["title"] = input.Title,
            ["suite"] = input.SuiteLabel,
            ["partial"] = input.Partial,
            ["notes"] = new JsonArray([.. input.Notes.Select(n => (JsonNode?)n)]),
            ["interval_charted"] = ReportedInterval.For(scores) == IntervalKind.Wilson ? "wilson" : "bootstrap",
            ["provenance"] = new JsonArray([.. input.Provenance.Select(p => (JsonNode?)JsonSerializer.SerializeToNode(p, Snake))]),
            ["models"] = models,
        };
    }

    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static JsonObject Model(ModelScore s, string suite, IReadOnlyList<RunProvenance> runs)
    {
        var lmEval = new JsonObject { ["alias"] = suite };
        foreach (var (k, v) in s.PassAtK) lmEval[$"pass@{k},none"] = v;
        lmEval["pass@1_stderr,none"] = s.StdErr;
        var f = Footprint.Of(s.Model);
        return new JsonObject
        {
            ["model_name"] = s.Model.Name,
            ["kind"] = s.Model.Kind,
            ["runtime"] = s.Model.Runtime,
            ["results"] = new JsonObject { [suite] = lmEval },
            ["n-samples"] = new JsonObject { [suite] = new JsonObject { ["original"] = s.Model.PlannedSamples ?? s.Samples, ["effective"] = s.Samples } },
            ["versions"] = new JsonObject { [suite] = runs.Select(r => r.SuiteVersion).FirstOrDefault() },
            ["n-shot"] = new JsonObject { [suite] = 0 },
            ["higher_is_better"] = new JsonObject { [suite] = new JsonObject { ["pass@1"] = true } },
            ["pass_at_k"] = new JsonObject(s.PassAtK.Select(p => KeyValuePair.Create(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (JsonNode?)p.Value))),
            ["intervals"] = new JsonObject
            {
                ["wilson_95"] = new JsonArray(s.Wilson.Low, s.Wilson.High),
                ["bootstrap_95"] = new JsonArray(s.Bootstrap.Low, s.Bootstrap.High),
            },
            ["n_tasks"] = s.Tasks,
            ["n_samples"] = s.Samples,
            ["n_samples_planned"] = s.Model.PlannedSamples,
            ["statuses"] = new JsonObject(s.StatusCounts.Select(p => KeyValuePair.Create(p.Key.ToWire(), (JsonNode?)p.Value))),
            ["footprint"] = new JsonObject
            {
                ["bytes"] = f.Bytes,
                ["source"] = f.Bytes is null ? null : Footprint.MeasuredSource,
                ["missing"] = f.MissingReason,
                ["predicted_bytes"] = s.Model.PredictedBytes,
                ["disk_bytes"] = s.Model.DiskBytes,
            },
            ["speed"] = new JsonObject
            {
                ["ttft_median_ms"] = s.Speed.TtftMedianMs,
                ["prefill_tokens_per_s"] = s.Speed.PrefillTokensPerSecond,
                ["decode_tokens_per_s"] = s.Speed.DecodeTokensPerSecond,
                ["thinking_tokens_mean"] = s.Speed.MeanThinkingTokens,
                ["load_ms"] = s.Model.LoadMs,
            },
            ["breakdown"] = new JsonObject(Breakdown.All.Select(b => KeyValuePair.Create(b.Dimension, (JsonNode?)new JsonObject(
                b.Values([s]).Where(v => !double.IsNaN(b.Select(s)[v])).Select(v => KeyValuePair.Create(v, (JsonNode?)b.Select(s)[v])))))),
        };
    }
}
