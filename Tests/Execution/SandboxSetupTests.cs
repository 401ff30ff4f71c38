using NUnit.Framework;
using QwenEval.Execution;
using QwenEval.Reports.Scoring;
using QwenEval.Tests.Support;
using QwenEval.Core;

namespace QwenEval.Tests.Execution;

/// <summary>How sandboxes are set up: cgroup v2 detection and use, the macOS profile, the unprivileged launch, parallel load.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class SandboxSetupTests
{
    private static readonly QwenEval.Execution.SandboxLimits Limits = QwenEval.Execution.SandboxLimits.Default;

    /// <summary>A fake cgroup v2 tree: the files the kernel would show, as plain files.</summary>
    private static (string Mount, string SelfFile) FakeCgroups(TempDir dir, string controllers, string subtree)
    {
        var mount = Path.Combine(dir.Path, "cgroup");
        var own = Path.Combine(mount, "harness.slice");
        Directory.CreateDirectory(own);
        File.WriteAllText(Path.Combine(mount, "cgroup.controllers"), controllers);
        File.WriteAllText(Path.Combine(own, "cgroup.controllers"), controllers);
        File.WriteAllText(Path.Combine(own, "cgroup.subtree_control"), subtree);
        var self = dir.File("self-cgroup", "0::/harness.slice\n");
        return (mount, self);
    }

    [Test]
    public void CgroupsAreUsedWhenMemoryAndPidsAreDelegated()
    {
        using var dir = new TempDir();
        var (mount, self) = FakeCgroups(dir, "cpu memory pids", "memory pids");
        var cg = CgroupV2.Detect(mount, self, 4242);
        Assert.That(cg.Available, Is.True, cg.Status);
        Assert.That(cg.Parent, Is.EqualTo(Path.Combine(mount, "harness.slice", "qweneval-4242")));

        using var lease = cg.Create(Limits, out var problem)!;
        Assert.That(problem, Is.Null);
        var (memory, pids) = CgroupV2.LimitsFor(Limits);
        Assert.That(File.ReadAllText(Path.Combine(lease.Path, "memory.max")), Is.EqualTo(memory.ToString()));
        Assert.That(File.ReadAllText(Path.Combine(lease.Path, "pids.max")), Is.EqualTo(pids.ToString()));
        Assert.That(File.ReadAllText(Path.Combine(lease.Path, "memory.swap.max")), Is.EqualTo("0"));
        Assert.That(File.ReadAllText(Path.Combine(lease.Path, "memory.oom.group")), Is.EqualTo("1"));
        Assert.That(lease.OomKilled(), Is.False);
        File.WriteAllText(Path.Combine(lease.Path, "memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
        Assert.That(lease.OomKilled(), Is.True);
    }

    [TestCase("cpu io", "", "the memory and pids controllers are not delegated")]
    [TestCase("cpu memory", "", "the pids controller is not delegated")]
    public void CgroupsFallBackAndSayWhy(string controllers, string subtree, string reason)
    {
        using var dir = new TempDir();
        var (mount, self) = FakeCgroups(dir, controllers, subtree);
        var cg = CgroupV2.Detect(mount, self, 1);
        Assert.That(cg.Available, Is.False);
        Assert.That(cg.Status, Does.StartWith("cgroup v2: not used (").And.Contain(reason));
    }

    [Test]
    public void CgroupsFallBackWithoutAV2Hierarchy()
    {
        using var dir = new TempDir();
        var self = dir.File("self", "4:memory:/x\n0::/\n");
        var cg = CgroupV2.Detect(Path.Combine(dir.Path, "nothing"), self, 1);
        Assert.That(cg.Available, Is.False);
        Assert.That(cg.Status, Does.Contain("no cgroup v2 hierarchy"));
        Assert.That(CgroupV2.Detect(dir.Path, dir.File("empty", "1:name=systemd:/\n"), 1).Status, Does.Contain("names no cgroup v2 membership"));
    }

    /// <summary>The sample enters its cgroup before bubblewrap starts: a trusted shell writes its own pid, then execs the sandbox.</summary>
    [Test]
    public void ASampleRunsInsideItsCgroup()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var (mount, self) = FakeCgroups(dir, "memory pids", "memory pids");
        var cg = CgroupV2.Detect(mount, self, 99);
        var sandbox = new BubblewrapSandbox("/usr/bin/bwrap", "/usr/bin/python3", cgroups: cg);
        Assert.That(sandbox.Description.Isolation, Has.Some.Contains("memory.max"));
        Assert.That(sandbox.Description.Isolation, Has.Some.Contains("pids.max"));
        var procs = new List<string>();
        var executor = new TestExecutor(new Spy(sandbox, cmd =>
        {
            // While it runs the lease exists; remember what the shell wrote into it.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (procs.Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                foreach (var d in Directory.GetDirectories(cg.Parent!))
                {
                    var file = Path.Combine(d, "cgroup.procs");
                    if (File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } text) procs.Add(text);
                }
                Thread.Sleep(20);
            }
        }), Path.GetTempPath());
        var v = executor.RunOnce(HostileProgramTests.Add, "import time\ntime.sleep(1)\ndef add(a, b):\n    return a + b\n",
            TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Pass), v.Detail + v.StderrTail);
        Assert.That(procs, Has.Count.EqualTo(1));
        Assert.That(int.TryParse(procs[0], out var pid) && pid > 0, Is.True, $"cgroup.procs held '{procs[0]}'");
    }

    /// <summary>Runs the inner sandbox while a callback looks at the host once the sample has started.</summary>
    private sealed class Spy(ISandbox inner, Action<SandboxCommand> whileRunning) : ISandbox
    {
        public SandboxDescription Description => inner.Description;

        public ProcessOutcome Run(SandboxCommand command, CancellationToken cancellation)
        {
            var run = Task.Run(() => inner.Run(command, cancellation));
            whileRunning(command);
            return run.Result;
        }
    }

    [Test]
    public void AsRootBubblewrapIsStartedAsAnUnprivilegedUser()
    {
        var sandbox = (BubblewrapSandbox)Sandboxes.Bubblewrap();
        var root = File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:")).Split('\t')[1] == "0";
        Assert.That(sandbox.Description.Isolation[0], root ? Does.Contain("started as host uid 65534 via setpriv") : Does.Not.Contain("setpriv"));
        var v = new TestExecutor(sandbox, Path.GetTempPath()).RunOnce(HostileProgramTests.Add,
            "import os\nassert os.getuid() == 65534 and os.geteuid() == 65534\n" +
            "caps = [l for l in open('/proc/self/status') if l.startswith(('CapEff', 'CapPrm', 'CapAmb'))]\n" +
            "assert all(int(l.split()[1], 16) == 0 for l in caps), caps\n" +
            "try:\n    open('/proc/sys/kernel/core_pattern', 'a')\n    raise SystemExit('core_pattern is writable')\nexcept PermissionError:\n    pass\n" +
            "def add(a, b):\n    return a + b\n", TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Pass), v.Detail + v.StderrTail);
    }

    [Test]
    public void MacProfileDeniesByDefaultAndOnlyTheWorkFolderIsWritable()
    {
        var profile = SandboxExecSandbox.Profile("/var/folders/x/qe-1", "/usr/bin/python3");
        Assert.That(profile, Does.StartWith("(version 1)\n(deny default)"));
        Assert.That(profile, Does.Contain("(deny network*)"));
        Assert.That(profile, Does.Contain("(allow signal (target same-sandbox))"));
        var write = profile[profile.IndexOf("(allow file-write*", StringComparison.Ordinal)..];
        write = write[..write.IndexOf("))", StringComparison.Ordinal)];
        Assert.That(write, Does.Contain("(subpath \"/var/folders/x/qe-1\")").And.Contain("(subpath \"/private/var/folders/x/qe-1\")"));
        Assert.That(write, Does.Not.Contain("/Users").And.Not.Contain("/tmp\"").And.Not.Contain("/usr"));
        Assert.That(profile, Does.Not.Contain("/Users"), "home folders are not readable");
        Assert.That(SandboxExecSandbox.Profile("/tmp/a\"b", "/usr/bin/python3"), Does.Contain("(subpath \"/tmp/a\\\"b\")"), "paths are quoted");
        var mac = new SandboxExecSandbox("/usr/bin/sandbox-exec", "/usr/bin/python3");
        Assert.That(mac.Description.Kind, Is.EqualTo("sandbox-exec"));
        Assert.That(mac.Description.RlimitsFor(TimeSpan.FromSeconds(2)).Keys, Does.Not.Contain("RLIMIT_NPROC"), "per-user on macOS");
    }

    [Test]
    public void UnsandboxedIsSaidEverywhere()
    {
        var none = new UnsandboxedRunner("/usr/bin/python3");
        Assert.That(none.Description.Kind, Is.EqualTo("none"));
        Assert.That(none.Description.Isolation[0], Does.StartWith("sandbox: NONE (--unsafe-no-sandbox)"));
    }

    /// <summary>
    /// Under a starved thread pool (every pool thread blocked, as in a saturated Parallel.ForEach), chatty programs
    /// must still finish long before their timeout: output is pumped by dedicated threads.
    /// </summary>
    [Test]
    public void ChattyProgramsFinishUnderAStarvedThreadPool()
    {
        var sandbox = Sandboxes.Bubblewrap();
        var executor = new TestExecutor(sandbox, Path.GetTempPath());
        using var release = new ManualResetEventSlim();
        ThreadPool.GetMinThreads(out var minWorkers, out _);
        var blockers = Enumerable.Range(0, minWorkers * 4).Select(_ => Task.Run(() => release.Wait())).ToList();
        try
        {
            var programs = Enumerable.Range(0, 8).Select(i => i % 2 == 0
                ? "import sys\nfor i in range(20000):\n    print('line', i)\n    print('err', i, file=sys.stderr)\ndef add(a, b):\n    return a + b\n"
                : HostileProgramTests.Add.Solution).ToList();
            var verdicts = new ExecutionVerdict[programs.Count];
            var threads = programs.Select((p, i) => new Thread(() =>
                verdicts[i] = executor.RunOnce(HostileProgramTests.Add, p, TimeSpan.FromSeconds(30), CancellationToken.None))).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.That(verdicts.Select(v => v.Status), Has.All.EqualTo(SampleStatus.Pass), string.Join("\n", verdicts.Select(v => v.Detail)));
            Assert.That(verdicts[0].StdoutTail, Does.Contain("line 19999"), "the tail of a long output is kept");
        }
        finally
        {
            release.Set();
            Task.WaitAll(blockers);
        }
    }

    [Test]
    public void ManySamplesInParallelAllGetTheirOwnVerdict()
    {
        var executor = new TestExecutor(Sandboxes.Bubblewrap(), Path.GetTempPath());
        var programs = Enumerable.Range(0, 24).Select(i => (i % 3) switch
        {
            0 => (HostileProgramTests.Add.Solution, SampleStatus.Pass),
            1 => ("def add(a, b):\n    return a - b\n", SampleStatus.Fail),
            _ => ("import sys\nsys.exit(0)\n", SampleStatus.Error),
        }).ToList();
        var results = new ExecutionVerdict[programs.Count];
        Parallel.For(0, programs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, i =>
            results[i] = executor.Run(HostileProgramTests.Add, programs[i].Item1, TimeSpan.FromSeconds(30), CancellationToken.None));
        for (var i = 0; i < programs.Count; i++)
            Assert.That(results[i].Status, Is.EqualTo(programs[i].Item2), $"sample {i}: {results[i].Detail}");
    }
}
