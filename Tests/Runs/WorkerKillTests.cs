using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>
/// A worker killed from outside (SIGKILL by a user or another process) is an infrastructure fault: its remaining
/// samples are not written, the run exits 4, and a rerun generates them. Only a kernel OOM kill is `oom`.
/// </summary>
public sealed class WorkerKillTests
{
    [Test]
    public void AWorkerKilledFromOutsideLeavesItsSamplesForARerun()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        using var served = new ServedRun(dir, tasks: 2);
        var run = Task.Run(() => Cli.Run(served.RunArgs()));
        served.AwaitRequest();
        // The worker is a child of this process (the CLI runs in-process here).
        var worker = ChildProcesses.Of(Environment.ProcessId, " worker").Single();
        System.Diagnostics.Process.GetProcessById(worker).Kill(); // SIGKILL, as a user's `kill -9` would
        var (exit, stdout, err) = run.Result;

        Assert.That(exit, Is.EqualTo(ExitCodes.Incomplete), stdout + err);
        Assert.That(stdout, Does.Contain($"pid {worker}) was killed (SIGKILL) from outside").And.Contain("an infrastructure fault"));
        Assert.That(err, Does.Contain("2 sample(s) remain"));
        var folder = Directory.GetDirectories(served.Output).Single();
        Assert.That(File.ReadAllText(Path.Combine(folder, "samples.jsonl")), Is.Empty, "no sample is marked oom or error for a kill from outside");
        Assert.That(File.ReadAllText(Path.Combine(folder, "results.jsonl")), Is.Empty);

        served.Open();
        var (again, _, againErr) = Cli.Run(served.RunArgs());
        Assert.That(again, Is.EqualTo(ExitCodes.Ok), againErr);
        var results = File.ReadAllLines(Path.Combine(folder, "results.jsonl"));
        Assert.That(results, Has.Length.EqualTo(2), "the rerun generated and judged both");
        Assert.That(results, Has.None.Contains("\"oom\""));
    }
}
