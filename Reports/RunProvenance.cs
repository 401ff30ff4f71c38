using System.Globalization;
using QwenEval.Core;

namespace QwenEval.Reports;

/// <summary>
/// Where a run's numbers come from, as its charts' captions, summary.md, report.html and results.json state it:
/// the suite (name, version, hash), the harness (version, commit), the machine, the decoding settings and the date.
/// </summary>
public sealed record RunProvenance(
    string RunId,
    string SuiteName,
    string SuiteVersion,
    string SuiteHash,
    int SuiteTasks,
    string PromptVersion,
    string HarnessVersion,
    string HarnessCommit,
    string Os,
    string Architecture,
    string Cpu,
    int Cores,
    long MemoryBytes,
    string Decoding,
    int MaxNewTokens,
    int SamplesPerTask,
    string Sandbox,
    string StartedUtc,
    IReadOnlyList<GenerationLoad> Load)
{
    /// <summary>"Linux x64": the OS family and architecture, never a Mac unless it is one.</summary>
    public string Platform => PlatformName.Of(Os, Architecture);

    public string Date => StartedUtc.Length >= 10 ? StartedUtc[..10] : StartedUtc;

    /// <summary>The lines a caption prints, prefixed with the run id when several runs share a report.</summary>
    public IReadOnlyList<string> Lines(bool withRunId)
    {
        var c = CultureInfo.InvariantCulture;
        var prefix = withRunId ? $"Run {RunId}: " : "";
        var lines = new List<string>
        {
            $"{prefix}suite {SuiteName} v{SuiteVersion} ({SuiteTasks} tasks, hash {Short(SuiteHash)}), prompt {PromptVersion}; " +
            $"{Decoding}, at most {MaxNewTokens} new tokens, {SamplesPerTask} sample{(SamplesPerTask == 1 ? "" : "s")} per task.",
            string.Create(c, $"QwenEval {HarnessVersion.Split('+')[0]} (commit {Short(HarnessCommit)}) on {Platform}: {Cpu}, {Cores} cores, ") +
            string.Create(c, $"{MemoryBytes / (1024.0 * 1024 * 1024):0.#} GiB RAM; models on its CPU unless served over HTTP; sandbox {Sandbox}; started {Date}."),
        };
        if (Load.Count > 0)
            lines.Add("Load average during generation (1 min): " + string.Join(", ", Load.GroupBy(l => l.Model).Select(g =>
                string.Create(c, $"{g.Key} {g.Average(l => l.Mean):0.0} (max {g.Max(l => l.Max):0.0})"))) +
                $" on {Load[0].Cores} cores; decode speed falls as it rises.");
        return lines;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
