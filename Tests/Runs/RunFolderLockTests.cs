using System.Text.Json;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>A run folder is locked (flock, released by the kernel however its holder dies): real processes, run at once.</summary>
public sealed class RunFolderLockTests
{
    private static IEnumerable<int> SessionPids(string folder) =>
        File.ReadAllLines(Path.Combine(folder, "sessions.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("pid").GetInt32());

    [Test]
    [Category("Slow")]
    public void ASecondRunIsRefusedNamingTheHolderAndTwoNewRunsNeverShareAFolder()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        using var served = new ServedRun(dir, tasks: 1);
        using var first = QwenevalProcess.StartCapturing(served.RunArgs());
        served.AwaitRequest();

        using (var second = QwenevalProcess.StartCapturing(served.RunArgs()))
        {
            Assert.That(second.Exit(), Is.EqualTo(ExitCodes.RunFolderBusy), second.Output);
            Assert.That(second.Output, Does.Contain($"pid {first.Process.Id} holds run.lock").And.Contain("--new"));
        }

        // Two `run --new` at the same moment: each makes its own folder.
        using var a = QwenevalProcess.StartCapturing(served.RunArgs("--new"));
        using var b = QwenevalProcess.StartCapturing(served.RunArgs("--new"));
        served.AwaitRequest();
        served.AwaitRequest();
        served.Open();
        Assert.That(first.Exit(), Is.EqualTo(ExitCodes.Ok), first.Output);
        Assert.That(a.Exit(), Is.EqualTo(ExitCodes.Ok), a.Output);
        Assert.That(b.Exit(), Is.EqualTo(ExitCodes.Ok), b.Output);
        var folders = Directory.GetDirectories(served.Output).Order(StringComparer.Ordinal).ToList();
        Assert.That(folders, Has.Count.EqualTo(3));
        var owners = folders.Select(f => SessionPids(f).Distinct().Single()).ToList();
        Assert.That(owners, Is.EquivalentTo(new[] { first.Process.Id, a.Process.Id, b.Process.Id }), "one process per folder");
    }

    [Test]
    public void AKilledHoldersLockIsReleasedByTheKernel()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        using var served = new ServedRun(dir, tasks: 1);
        using (var holder = QwenevalProcess.StartCapturing(served.RunArgs()))
        {
            served.AwaitRequest();
            holder.Process.Kill(entireProcessTree: true); // SIGKILL: no chance to unlock
            holder.Process.WaitForExit();
        }
        served.Open();
        var (exit, _, err) = Cli.Run(served.RunArgs());
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
    }
}
