using System.Text;
using QwenEval.Core;

namespace QwenEval.Harness.Scheduling;

/// <summary>sbatch resources for every job of a sharded run; null leaves the cluster's default.</summary>
public sealed record SlurmResources(string? Partition, string? Time, string? Mem, int? CpusPerTask);

/// <summary>
/// The sbatch scripts of a sharded run: calibrate.sbatch (unless a table was given), shards.sbatch (an array of one
/// task per shard; a requeued task reruns the same command and so resumes its shard folder) and merge.sbatch (merge
/// and reports), each calling this build of qweneval by absolute path. Logs go to logs/ beside them.
/// </summary>
public static class SlurmScripts
{
    public const string CalibrateFile = "calibrate.sbatch";
    public const string ShardsFile = "shards.sbatch";
    public const string MergeFile = "merge.sbatch";

    public static IReadOnlyList<string> Write(ShardedRunSteps steps, IReadOnlyList<string> harness, SlurmResources resources, string folder)
    {
        foreach (var (name, value) in new[] { ("--partition", resources.Partition), ("--time", resources.Time), ("--mem", resources.Mem) })
            if (value is not null && (value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\'')))
                throw new UserInputException($"{name} '{value}': a Slurm value has no spaces or quotes (e.g. --time 02:00:00, --mem 8G).");
        var logs = Path.Combine(folder, "logs");
        Directory.CreateDirectory(logs); // Slurm does not create the folder of --output.
        List<string> written = [];
        void Emit(string file, string purpose, string jobName, string log, IEnumerable<string> extra, IReadOnlyList<string> args)
        {
            var text = new StringBuilder();
            text.Append("#!/bin/bash\n");
            text.Append($"# {purpose}\n# Written by 'qweneval slurm' for run {steps.RunId}; 'qweneval slurm ... --submit' submits the jobs in order.\n");
            text.Append($"#SBATCH --job-name={jobName}\n#SBATCH --output={log}\n#SBATCH --open-mode=append\n");
            foreach (var line in extra) text.Append($"#SBATCH {line}\n");
            if (resources.Partition is { } p) text.Append($"#SBATCH --partition={p}\n");
            if (resources.Time is { } t) text.Append($"#SBATCH --time={t}\n");
            if (resources.Mem is { } m) text.Append($"#SBATCH --mem={m}\n");
            if (resources.CpusPerTask is { } c) text.Append($"#SBATCH --cpus-per-task={c}\n");
            text.Append("set -eu\n");
            text.Append("exec ").Append(string.Join(' ', harness.Concat(args).Select(Quote))).Append('\n');
            var path = Path.Combine(folder, file);
            ScriptFile.Write(path, text.ToString());
            written.Add(path);
        }
        if (steps.Calibrate)
            Emit(CalibrateFile, "Measures each task's reference time once; every shard judges with this table.", "qweneval-calibrate",
                Path.Combine(logs, "calibrate-%j.log"), [], steps.CalibrateArgs);
        Emit(ShardsFile, $"Runs shard $SLURM_ARRAY_TASK_ID of {steps.Shards}; a requeued task resumes its shard folder.", "qweneval-shards",
            Path.Combine(logs, "shard-%a.log"), [$"--array=0-{steps.Shards - 1}", "--requeue"], steps.ShardArgs);
        Emit(MergeFile, "Merges the shards into one run folder and writes its reports.", "qweneval-merge",
            Path.Combine(logs, "merge-%j.log"), [], steps.MergeArgs);
        return written;
    }

    /// <summary>POSIX shell single quotes: nothing inside is expanded.</summary>
    public static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";
}
