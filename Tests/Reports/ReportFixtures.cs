using QwenEval.Core;
using QwenEval.Reports;
using QwenEval.Reports.Scoring;

namespace QwenEval.Tests.Reports;

/// <summary>Report inputs like those of real runs, built in memory: many models, several samples per task.</summary>
public static class ReportFixtures
{
    public const long MiB = 1L << 20;

    public static readonly RunProvenance Provenance = new("eval.config-abc", "qwen-coding-v1", "1.1.0", "c582d9a995edf33699ca5faa1ed128b2", 208,
        "chat-v2", "0.1.0+0123456789abcdef", "0123456789abcdef", "Linux 6.1.0-40-cloud-amd64 #1 SMP Debian", "X64", "AMD EPYC 7B13", 2, 8L << 30,
        "greedy decoding", 512, 3, "bubblewrap", "2026-12-07T00:00:00Z", [new GenerationLoad("m1", "2026-12-07T00:00:01Z", 2.4, 3.1, 12, 2)]);

    /// <summary>
    /// Nine models as a combined report of three runs shows them: two pseudo-models (no footprint), one served over
    /// HTTP (no footprint), and six ONNX models of which four sit within 3% of each other's memory.
    /// </summary>
    public static ReportInput NineModels(int tasks = 6, int samplesPerTask = 3, string hostile = "")
    {
        var models = new List<ModelFacts>
        {
            new("reference", "reference", 0, null, FootprintMissing: "pseudo-model: no weights", PlannedSamples: tasks * samplesPerTask),
            new("decoy", "decoy", 0, null, FootprintMissing: "pseudo-model: no weights", PlannedSamples: tasks * samplesPerTask),
            new("served-7b", "openai", 0, null, FootprintMissing: "served over HTTP: the server's memory is not measured"),
        };
        long[] peaks = [100 * MiB, 101 * MiB, 102 * MiB, 103 * MiB, 900 * MiB, 21L << 30];
        for (var i = 0; i < peaks.Length; i++) models.Add(new ModelFacts($"tiny-qwen{i}", "onnx", peaks[i] / 2, peaks[i], Runtime: "built-in engine"));
        var outcomes = new List<SampleOutcome>();
        var details = new List<SampleDetail>();
        var taskFacts = new Dictionary<string, TaskFacts>();
        string[] difficulties = ["hard", "easy", "medium"];
        for (var t = 0; t < tasks; t++)
        {
            var id = $"{(t % 2 == 0 ? "str" : "math")}_task_{t}";
            taskFacts[id] = new TaskFacts(id, difficulties[t % 3], [t % 2 == 0 ? "strings" : "numbers"]);
            for (var m = 0; m < models.Count; m++)
            {
                for (var k = 0; k < samplesPerTask; k++)
                {
                    var status = models[m].Name switch
                    {
                        "reference" => SampleStatus.Pass,
                        "decoy" => SampleStatus.Fail,
                        "tiny-qwen5" => (t + k) % 3 == 0 ? SampleStatus.Fail : SampleStatus.Pass,
                        _ => (m + t + k) % 4 == 0 ? SampleStatus.Pass : (k == 2 ? SampleStatus.Truncated : SampleStatus.Fail),
                    };
                    var cost = models[m].Kind == "onnx" || models[m].Kind == "openai" ? new SampleCost(120, 60 + m, 30, 400 + 200 * m) : null;
                    outcomes.Add(new SampleOutcome(models[m].Name, id, k, status, cost));
                    details.Add(new SampleDetail(models[m].Name, id, k, status.ToWire(), $"prompt of {id}",
                        $"answer {models[m].Name} {id} #{k} {hostile}", $"def f_{m}_{t}_{k}():\n    return '{hostile}'", $"detail {k}", "output"));
                }
            }
        }
        return new ReportInput("QwenEval runs a, b, c", "qwen-coding-v1 v1.1.0 (208 tasks, c582d9a995ed)", models, outcomes, taskFacts, details,
            [32, 64], [], Runs: [Provenance]);
    }

    public static IReadOnlyList<ModelScore> Scores(ReportInput input) =>
        input.Models.Select(m => ModelScore.From(m, input.Outcomes, input.Tasks)).ToList();
}
