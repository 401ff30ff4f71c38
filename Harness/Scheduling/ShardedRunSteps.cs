using QwenEval.Runs.Sharding;

namespace QwenEval.Harness.Scheduling;

/// <summary>
/// A run split into shards, as the three qweneval commands every scheduler runs: calibrate once, run each shard (the
/// index from the scheduler's environment), merge. Paths are as the jobs see them, joined with '/'.
/// </summary>
/// <param name="Calibrate">false when the user gave a table: no calibration job</param>
public sealed record ShardedRunSteps(string ConfigPath, string OutputRoot, string RunId, int Shards, string TimeoutTable, bool Calibrate)
{
    public string ShardFolder(int index) => $"{OutputRoot.TrimEnd('/')}/{new ShardPlan(index, Shards).RunIdOf(RunId)}";

    public string MergedFolder => $"{OutputRoot.TrimEnd('/')}/{RunId}.merged";

    public IReadOnlyList<string> CalibrateArgs => ["calibrate", "--config", ConfigPath, "--out", TimeoutTable];

    public IReadOnlyList<string> ShardArgs =>
        ["run", "--config", ConfigPath, "--output", OutputRoot, "--shard", $"env/{Shards}", "--timeouts", TimeoutTable];

    public IReadOnlyList<string> MergeArgs => ["merge", .. Enumerable.Range(0, Shards).Select(ShardFolder), "--out", MergedFolder];
}
