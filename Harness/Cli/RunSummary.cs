using QwenEval.Core;
using QwenEval.Reports;
using QwenEval.Reports.Scoring;

namespace QwenEval.Harness.Cli;

/// <summary>
/// What `run` prints at the end: per model its pass@1 and every status that occurred (200 truncated answers must be
/// visible, not only the passes), the machine's load while models generated, and the reports' notes (partial).
/// </summary>
public static class RunSummary
{
    public static void Print(TextWriter output, ReportInput input, IReadOnlyList<ModelScore> scores, IReadOnlyList<GenerationLoad> load)
    {
        foreach (var s in scores)
        {
            var statuses = string.Join(", ", Enum.GetValues<SampleStatus>()
                .Where(st => st is SampleStatus.Pass or SampleStatus.Fail || s.StatusCounts[st] > 0)
                .Select(st => $"{st.ToWire()} {s.StatusCounts[st]}"));
            output.WriteLine($"{s.Label,-32} pass@1 {s.PassAt1 * 100,6:0.0}%  ({s.Tasks} tasks, {s.Samples} samples: {statuses})");
        }
        if (scores.Count == 0) output.WriteLine("no model has a verdict yet: nothing is scored");
        if (load.Count > 0)
            output.WriteLine("load average during generation (1 min, " + load[0].Cores + " cores): " +
                             string.Join(", ", load.Select(l => $"{l.Model} {l.Mean:0.0} (max {l.Max:0.0})")) + "; recorded in run.json");
        foreach (var note in input.Notes) output.WriteLine(note);
    }
}
