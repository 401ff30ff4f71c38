using System.Diagnostics;
using QwenEval.Core;

namespace QwenEval.Harness.Scheduling;

/// <summary>Submits the scripts <see cref="SlurmScripts"/> wrote with sbatch, each job waiting for the one before it (afterok).</summary>
public static class SlurmSubmitter
{
    public sealed record Jobs(string? Calibrate, string? Shards, string Merge);

    public static Jobs Submit(string folder, bool calibrate)
    {
        var calibration = calibrate ? Sbatch(Path.Combine(folder, SlurmScripts.CalibrateFile), null) : null;
        var shards = Sbatch(Path.Combine(folder, SlurmScripts.ShardsFile), calibration is null ? null : $"afterok:{calibration}");
        var merge = Sbatch(Path.Combine(folder, SlurmScripts.MergeFile), $"afterok:{shards}");
        return new Jobs(calibration, shards, merge);
    }

    /// <summary>
    /// The merge alone, after the tasks of an array that already ran: once a task was cancelled, Slurm never satisfies
    /// an afterok on the whole array again, even after a requeue, but does on each task.
    /// </summary>
    public static Jobs MergeAfter(string folder, string arrayJob, int shards) =>
        new(null, null, Sbatch(Path.Combine(folder, SlurmScripts.MergeFile),
            "afterok:" + string.Join(':', Enumerable.Range(0, shards).Select(i => $"{arrayJob}_{i}"))));

    private static string Sbatch(string script, string? dependency)
    {
        var psi = new ProcessStartInfo("sbatch") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("--parsable");
        if (dependency is not null) psi.ArgumentList.Add($"--dependency={dependency}");
        psi.ArgumentList.Add(script);
        Process p;
        try
        {
            p = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new EnvironmentProblemException($"sbatch could not be started ({e.Message}): --submit needs a Slurm client on PATH. The scripts are in {Path.GetDirectoryName(script)}.");
        }
        using (p)
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            p.WaitForExit();
            var id = stdout.Result.Trim().Split(';')[0];
            if (p.ExitCode != 0 || id.Length == 0 || !id.All(char.IsAsciiDigit))
                throw new EnvironmentProblemException($"sbatch {script} failed (exit {p.ExitCode}): {stderr.Result.Trim()}{stdout.Result.Trim()}");
            return id;
        }
    }
}
