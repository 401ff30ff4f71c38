using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Harness;

/// <summary>
/// SIGINT and SIGTERM stop a run cleanly: the records in flight are finished (no torn line), the worker is
/// stopped, the exit code is 130 or 143 with one line and no stack trace, and a rerun completes the run.
/// </summary>
public sealed class InterruptTests
{
    [TestCase("INT", ExitCodes.Interrupted, "interrupted")]
    [TestCase("TERM", ExitCodes.Terminated, "stopped by SIGTERM")]
    public void ASignalStopsTheRunAndItsWorkerAndARerunFinishes(string signal, int code, string message)
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        using var served = new ServedRun(dir, tasks: 2);
        using var run = QwenevalProcess.StartCapturing(served.RunArgs());
        served.AwaitRequest();
        var workers = ChildProcesses.Of(run.Process.Id, " worker");
        Assert.That(workers, Has.Count.EqualTo(1), "the model's worker is generating");

        ChildProcesses.Signal(run.Process.Id, signal);
        Assert.That(run.Exit(), Is.EqualTo(code), run.Output);
        Assert.That(run.Output, Does.Contain($"error: {message}").And.Not.Contain("   at ").And.Not.Contain("AggregateException"));
        Assert.That(ChildProcesses.Gone(workers[0], TimeSpan.FromSeconds(30)), Is.True, "the worker was stopped");
        var folder = Directory.GetDirectories(served.Output).Single();
        foreach (var file in Directory.GetFiles(folder, "*.jsonl"))
        {
            var text = File.ReadAllText(file);
            Assert.That(text.Length == 0 || text.EndsWith('\n'), Is.True, $"{file}: no torn line");
        }

        served.Open();
        var (exit, _, err) = Cli.Run(served.RunArgs());
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(File.ReadAllLines(Path.Combine(folder, "results.jsonl")), Has.Length.EqualTo(2));
    }
}
