using System.Diagnostics;
using NUnit.Framework;

namespace QwenEval.Tests.Support;

/// <summary>
/// The real Slurm cluster scripts/slurm-local-cluster.sh starts (.ci/run starts it): required in CI, where its absence
/// is a failure; elsewhere a test without a usable cluster is skipped with the reason.
/// </summary>
public static class SlurmCluster
{
    private static readonly string[] Finished =
        ["COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "PREEMPTED", "BOOT_FAIL", "DEADLINE"];

    public static void Require()
    {
        var why = Problem();
        if (why is null) return;
        why += " (scripts/slurm-local-cluster.sh start sets up a single-node cluster)";
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"Slurm is required in CI: {why}");
        Assert.Ignore($"needs a Slurm cluster: {why}");
    }

    private static string? Problem()
    {
        (int Exit, string Out, string Err) info;
        try
        {
            info = Run("sinfo", "-h", "-o", "%a %t");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "sinfo is not on PATH";
        }
        if (info.Exit != 0) return $"sinfo failed: {info.Err.Trim()}";
        var usable = info.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Any(l => l.StartsWith("up ", StringComparison.Ordinal) && l.Split(' ')[1] is "idle" or "mix" or "alloc" or "comp");
        return usable ? null : $"no partition is up with a responding node (sinfo: {info.Out.Trim()})";
    }

    public static (int Exit, string Out, string Err) Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{exe} {string.Join(' ', args)} did not return in 60 s");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Each task's state ("37_1" → "RUNNING"), pending array tasks listed one by one; a plain job under its own id.</summary>
    public static Dictionary<string, string> States(string job)
    {
        var (exit, stdout, err) = Run("squeue", "-h", "-r", "-t", "all", "-j", job, "-o", "%i %T");
        Assert.That(exit, Is.EqualTo(0), $"squeue -j {job}: {err}");
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().Split(' '))
            .ToDictionary(p => p[0], p => p[1]);
    }

    public static bool IsFinished(string state) => Finished.Contains(state);

    /// <summary>Waits until every task of the job has finished, and returns their states.</summary>
    public static Dictionary<string, string> WaitUntilFinished(string job, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var states = States(job);
            if (states.Count > 0 && states.Values.All(IsFinished)) return states;
            if (clock.Elapsed > limit)
                Assert.Fail($"job {job} did not finish in {limit.TotalMinutes} min: {string.Join(", ", states.Select(s => $"{s.Key} {s.Value}"))}");
            Thread.Sleep(1000);
        }
    }

    /// <summary>Cancels what is left of the given jobs (a failed test must not leave work on the cluster).</summary>
    public static void CancelAll(IEnumerable<string?> jobs)
    {
        foreach (var job in jobs.OfType<string>()) Run("scancel", job);
    }

    /// <summary>"array job: 12 (4 tasks)" → "12": the id after a label in qweneval slurm's output.</summary>
    public static string? JobId(string stdout, string label) =>
        stdout.Split('\n').FirstOrDefault(l => l.StartsWith(label + ": ", StringComparison.Ordinal))?[(label.Length + 2)..].Split(' ')[0].Trim();
}
