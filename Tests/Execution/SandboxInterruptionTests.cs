using System.Diagnostics;
using NUnit.Framework;
using QwenEval.Execution;
using QwenEval.Tasks;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Execution;

/// <summary>
/// A sandbox stopped from outside (SIGTERM to every process of a job, as Slurm's scancel does) leaves no verdict: the
/// sample is run once more, and if it is stopped again nothing is returned to record, so a resumed run judges it anew.
/// </summary>
public sealed class SandboxInterruptionTests
{
    private static readonly string[] SandboxCommands = ["bwrap", "setpriv", "sh"];

    /// <summary>The sandboxes this process started: its direct children running bubblewrap (or the shell that enters a cgroup).</summary>
    private static List<int> Sandboxes()
    {
        var me = Environment.ProcessId.ToString();
        List<int> found = [];
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var comm = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[1] == me && SandboxCommands.Contains(comm)) found.Add(pid);
            }
            catch (IOException)
            {
            }
        }
        return found;
    }

    [Test]
    public void ASandboxStoppedFromOutsideIsRunAgainAndThenNeverJudged()
    {
        var executor = new TestExecutor(Support.Sandboxes.Bubblewrap(), Path.GetTempPath());
        var task = SuiteLoader.Load(TestPaths.Suite).Tasks[0];
        var run = Task.Run(() => executor.Run(task, "import time\ntime.sleep(60)\n" + task.Solution, TimeSpan.FromSeconds(120), CancellationToken.None));
        HashSet<int> stopped = [];
        var clock = Stopwatch.StartNew();
        while (!run.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            foreach (var pid in Sandboxes().Where(p => !stopped.Contains(p)))
            {
                Thread.Sleep(500); // let the driver start: the stop lands mid-sample
                Process.Start("kill", ["-TERM", pid.ToString()])!.WaitForExit();
                stopped.Add(pid);
            }
            Thread.Sleep(50);
        }
        var e = Assert.Throws<SandboxInterruptedException>(() => run.GetAwaiter().GetResult())!;
        Assert.That(e.Message, Does.Contain("nothing is recorded"));
        Assert.That(stopped, Has.Count.EqualTo(2), "stopped, run once more, stopped again");
    }

    [Test]
    public void ASampleStoppedByTheHarnessItselfIsNotJudged()
    {
        var executor = new TestExecutor(Support.Sandboxes.Bubblewrap(), Path.GetTempPath());
        var task = SuiteLoader.Load(TestPaths.Suite).Tasks[0];
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        Assert.Throws<SandboxInterruptedException>(() => executor.Run(task, "import time\ntime.sleep(60)\n" + task.Solution, TimeSpan.FromSeconds(120), cancel.Token));
    }
}
