using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using QwenEval.Core;

namespace QwenEval.Execution;

/// <summary>
/// Linux isolation with bubblewrap. Every namespace is unshared (user, pid, net, ipc, uts, mount, cgroup); inside,
/// the program runs as an unprivileged user (uid 65534) with no capabilities and no further user namespaces, and
/// the driver is pid 1 of its pid namespace, so when it exits every process of the sample dies with it. The system
/// is bound read-only; /tmp, /dev/shm and the work folder /work are private size-capped tmpfs (nothing written
/// reaches the host, and no host folder is bound at all: the driver comes inline on the command line); the
/// environment is scrubbed; the sandbox dies with the harness; a cgroup v2 memory/pids limit is added where cgroups
/// are delegated to us.
///
/// When the harness runs as root, bubblewrap itself is started as the unprivileged host user 65534 (setpriv).
/// Otherwise the sandbox's user would be host root in disguise: no capabilities, but the owner of every root-owned
/// file, /proc/sys/kernel/core_pattern included, which is a way out of any sandbox.
/// </summary>
public sealed class BubblewrapSandbox : ISandbox
{
    public const string InsideWork = "/work";
    public const int SandboxUid = 65534;

    private readonly string _bwrap;
    private readonly IReadOnlyList<string> _launcher;
    private readonly bool _disableUserns;

    public BubblewrapSandbox(string bwrapPath, string pythonPath, SandboxLimits? limits = null, CgroupV2? cgroups = null)
    {
        _bwrap = bwrapPath;
        PythonPath = pythonPath;
        Limits = limits ?? SandboxLimits.Default;
        Cgroups = cgroups ?? CgroupV2.Current;
        _launcher = Launcher();
        _disableUserns = SupportsDisableUserns(bwrapPath);
        var (memoryMax, pidsMax) = CgroupV2.LimitsFor(Limits);
        IReadOnlyList<string> isolation =
        [
            "sandbox: bubblewrap" + (_launcher.Count > 0 ? $" (started as host uid {SandboxUid} via setpriv: the harness runs as root)" : ""),
            "namespaces: user (uid 65534, no capabilities" + (_disableUserns ? ", no nested user namespaces" : "") + "), pid (driver is pid 1), net (no network), ipc, uts, mount, cgroup",
            "filesystem: system read-only; /work, /tmp, /dev/shm private tmpfs of " + SandboxLimits.Mib(Limits.TmpfsBytes) + " each; no host folder writable or bound",
            "environment: cleared (PATH, HOME, LANG, TMPDIR only); new session; dies with the harness",
            $"rlimits (set by the driver on the runner before the answer is imported, soft = hard): address space {SandboxLimits.Mib(Limits.AddressSpaceBytes)}, CPU timeout+1 s, processes {Limits.Processes}, file size {SandboxLimits.Mib(Limits.FileSizeBytes)}, open files {Limits.OpenFiles}, core 0",
            $"memory watchdog: the driver kills the sample when its processes together hold more than {SandboxLimits.Mib(Limits.MemoryBytes)} (sampled every 20 ms)",
            Cgroups.Available
                ? $"{Cgroups.Status}: memory.max {memoryMax >> 20} MiB, memory.swap.max 0, memory.oom.group 1, pids.max {pidsMax}"
                : Cgroups.Status,
            $"output: {SandboxLimits.Mib(TestExecutor.OutputCapBytes)} kept per stream; killed past {SandboxLimits.Mib(Limits.OutputKillBytes)}",
            "timeout: the whole process tree is killed (pid namespace torn down)",
        ];
        Description = new SandboxDescription("bubblewrap", PythonPath, Limits, isolation,
            RequiresProtectedDriver: true, UsesHostWorkDirectory: false, PerSampleProcessLimit: true);
    }

    public string PythonPath { get; }

    public SandboxLimits Limits { get; }

    public CgroupV2 Cgroups { get; }

    // No host folder is bound into the sandbox: the driver's source travels on the command line (it is no secret).
    public SandboxDescription Description { get; }

    public ProcessOutcome Run(SandboxCommand command, CancellationToken cancellation)
    {
        var argv = new List<string>(_launcher) { _bwrap };
        argv.AddRange(Arguments());
        argv.AddRange(command.Arguments);
        // bubblewrap needs no host folder; "/" is a working directory the unprivileged launcher can always enter.
        var outside = command with { WorkDirectory = "/" };
        var lease = Cgroups.Available ? Cgroups.Create(Limits, out _) : null;
        try
        {
            if (lease is not null) argv = [.. lease.Wrap(argv[0], argv.Skip(1))];
            var outcome = ProcessRunner.Run(argv[0], argv.Skip(1).ToList(), outside, new Dictionary<string, string>(), cancellation);
            return lease is null ? outcome : outcome with { OomKilled = lease.OomKilled() };
        }
        finally
        {
            lease?.Dispose();
        }
    }

    /// <summary>
    /// Starts a trivial program in exactly this sandbox, so a machine where it cannot work (no user namespaces for
    /// unprivileged users, an old bubblewrap) is reported once, clearly, instead of as a sandbox_error per sample.
    /// </summary>
    public string? Probe()
    {
        var argv = new List<string>(_launcher) { _bwrap };
        argv.AddRange(Arguments());
        argv.AddRange([PythonPath, "-I", "-c", "print('ok')"]);
        try
        {
            var o = ProcessRunner.Run(argv[0], argv.Skip(1).ToList(),
                new SandboxCommand([], "/", "", TimeSpan.FromSeconds(30), 64 * 1024), new Dictionary<string, string>(), CancellationToken.None);
            return o.ExitCode == 0 && o.StandardOutput.Trim() == "ok"
                ? null
                : $"exit {o.ExitCode}{(o.TimedOut ? " (timed out)" : "")}: {o.StandardError.Trim()}";
        }
        catch (SandboxStartException e)
        {
            return e.Message;
        }
    }

    /// <summary>bubblewrap's arguments up to and including "--": everything but the program to run.</summary>
    public List<string> Arguments()
    {
        List<string> args =
        [
            "--unshare-all", "--unshare-user", "--uid", $"{SandboxUid}", "--gid", $"{SandboxUid}",
            "--as-pid-1", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--hostname", "sandbox",
        ];
        if (_disableUserns) args.Add("--disable-userns");
        args.AddRange(["--ro-bind", "/usr", "/usr"]);
        // Merged-/usr systems have /bin, /lib, /lib64 as links; others as folders.
        foreach (var dir in new[] { "/bin", "/lib", "/lib64", "/lib32", "/libx32", "/sbin" })
        {
            if (!Path.Exists(dir)) continue;
            var target = new FileInfo(dir).LinkTarget;
            if (target is not null) args.AddRange(["--symlink", target, dir]);
            else args.AddRange(["--ro-bind", dir, dir]);
        }
        // An interpreter outside /usr (pyenv, conda) needs its own prefix bound read-only.
        var prefix = InterpreterPrefix(PythonPath);
        if (prefix is not null) args.AddRange(["--ro-bind", prefix, prefix]);
        var size = Limits.TmpfsBytes.ToString(CultureInfo.InvariantCulture);
        args.AddRange([
            "--proc", "/proc", "--dev", "/dev",
            "--size", size, "--tmpfs", "/dev/shm",
            "--size", size, "--tmpfs", "/tmp",
            "--perms", "0700", "--size", size, "--tmpfs", InsideWork,
            "--chdir", InsideWork,
            "--clearenv", "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin", "--setenv", "HOME", InsideWork,
            "--setenv", "TMPDIR", "/tmp", "--setenv", "LANG", "C.UTF-8", "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
            "--",
        ]);
        return args;
    }

    /// <summary>As root, drop to host uid 65534 (all groups, capabilities and new privileges gone) before bubblewrap starts.</summary>
    private static IReadOnlyList<string> Launcher()
    {
        if (!IsRoot()) return [];
        var setpriv = SandboxFactory.FindOnPath("setpriv") ?? (File.Exists("/usr/bin/setpriv") ? "/usr/bin/setpriv" : null)
            ?? throw new EnvironmentProblemException(
                "The harness runs as root, so the sandbox must be started as an unprivileged user, which needs setpriv (util-linux). Install util-linux, or run as a normal user.");
        return [setpriv, $"--reuid={SandboxUid}", $"--regid={SandboxUid}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs"];
    }

    private static bool IsRoot()
    {
        try
        {
            return File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?
                .Split('\t', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) == "0";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string? InterpreterPrefix(string python)
    {
        var full = Path.GetFullPath(python);
        if (full.StartsWith("/usr/", StringComparison.Ordinal)) return null;
        // <prefix>/bin/python3 → <prefix>
        return Path.GetDirectoryName(Path.GetDirectoryName(full));
    }

    private static readonly ConcurrentDictionary<string, bool> DisableUsernsSupport = new();

    private static bool SupportsDisableUserns(string bwrap) => DisableUsernsSupport.GetOrAdd(bwrap, AskHelp);

    private static bool AskHelp(string bwrap)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(bwrap, "--help")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (p is null) return false;
            var help = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
            p.WaitForExit(5000);
            return help.Contains("--disable-userns", StringComparison.Ordinal);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
