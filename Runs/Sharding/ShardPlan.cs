using System.Security.Cryptography;
using System.Text;
using QwenEval.Core;

namespace QwenEval.Runs.Sharding;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>: the draws whose stable hash of (model, task, sample index) falls
/// on this index. A draw's shard depends on nothing else, so adding a model or a task moves no other draw, and every
/// draw lands in exactly one shard.
/// </summary>
public sealed record ShardPlan(int Index, int Count)
{
    public const int MaxCount = 10_000;

    /// <summary>Where an array scheduler puts the task's index: Slurm arrays first, then Kubernetes Indexed Jobs.</summary>
    public static readonly string[] IndexVariables = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"];

    /// <summary>"shard-2-of-4": appended to the run id for the shard's own folder.</summary>
    public string Label => $"shard-{Index}-of-{Count}";

    public string RunIdOf(string runId) => $"{runId}.{Label}";

    /// <summary>The shard's manifest: the run's identity and inputs, its own folder name, and which shard it is.</summary>
    public RunManifest Apply(RunManifest run) => run with { RunId = RunIdOf(run.RunId), Shard = new ShardInfo(Index, Count, run.RunId) };

    public bool Contains(SampleKey key) => ShardOf(key, Count) == Index;

    public static int ShardOf(SampleKey key, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key.Model}\n{key.TaskId}\n{key.SampleIndex}"));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)count);
    }

    /// <summary>
    /// "I/N" with I from 0, or "env/N", which takes I from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX. Anything else
    /// is an input error naming the option and the fix.
    /// </summary>
    public static ShardPlan Parse(string text, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[1], out var count) || count < 1 || count > MaxCount)
            throw new UserInputException($"--shard {text}: expected I/N with N from 1 to {MaxCount} (e.g. --shard 2/4), or env/N.");
        var indexText = parts[0];
        var from = "";
        if (indexText == "env")
        {
            var variable = IndexVariables.FirstOrDefault(v => !string.IsNullOrEmpty(environment(v)))
                ?? throw new UserInputException(
                    $"--shard {text}: neither {string.Join(" nor ", IndexVariables)} is set. Run it as a Slurm array task or a Kubernetes Indexed Job, or give the index (--shard 0/{count}).");
            indexText = environment(variable)!;
            from = $" ({variable}={indexText})";
        }
        if (!int.TryParse(indexText, out var index) || index < 0 || index >= count)
            throw new UserInputException($"--shard {text}{from}: the index must be a whole number from 0 to {count - 1}.");
        return new ShardPlan(index, count);
    }
}
