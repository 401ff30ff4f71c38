using System.Text;

namespace QwenEval.Execution;

/// <summary>
/// macOS isolation with sandbox-exec (Seatbelt), same intent and same driver protocol as bubblewrap: everything is
/// denied unless allowed; reads are allowed from the system (/usr, /System, /Library, the interpreter's prefix), the
/// work folder and a few devices; writes only to the work folder; no network; signals only inside the sandbox;
/// a scrubbed environment. macOS has no pid namespace: the harness kills the process tree it sees and the driver
/// kills the runner's process group, but a setsid()/double-fork escape can outlive its sample, and there is no
/// per-sample process count or total-memory bound (rlimits are per process; RLIMIT_NPROC counts every process of
/// the user, so it is not set).
/// </summary>
public sealed class SandboxExecSandbox(string sandboxExecPath, string pythonPath, SandboxLimits? limits = null) : ISandbox
{
    private SandboxLimits Limits { get; } = limits ?? SandboxLimits.Default;

    public SandboxDescription Description => new("sandbox-exec", pythonPath, Limits, Isolation, RequiresProtectedDriver: false, UsesHostWorkDirectory: true, PerSampleProcessLimit: false);

    private IReadOnlyList<string> Isolation =>
    [
        "sandbox: sandbox-exec (macOS Seatbelt profile, deny by default)",
        "filesystem: system read-only, work folder the only writable place, home and other users' files unreadable; no network",
        "environment: cleared (PATH, HOME, LANG, TMPDIR only)",
        $"rlimits (set by the driver on the runner before the answer is imported): address space {SandboxLimits.Mib(Limits.AddressSpaceBytes)}, CPU timeout+1 s, file size {SandboxLimits.Mib(Limits.FileSizeBytes)}, open files {Limits.OpenFiles}, core 0; no process-count or total-memory bound",
        "timeout: the visible process tree and the runner's process group are killed (no pid namespace: setsid() escapes are not)",
    ];


    public ProcessOutcome Run(SandboxCommand command, CancellationToken cancellation)
    {
        var profile = Profile(command.WorkDirectory, pythonPath);
        var env = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/bin:/bin:/usr/sbin:/sbin",
            ["HOME"] = command.WorkDirectory,
            ["TMPDIR"] = command.WorkDirectory,
            ["LANG"] = "en_US.UTF-8",
            ["PYTHONDONTWRITEBYTECODE"] = "1",
        };
        return ProcessRunner.Run(sandboxExecPath, ["-p", profile, .. command.Arguments], command, env, cancellation);
    }

    /// <summary>The Seatbelt profile for one sample (SBPL). Public so its content can be checked on any OS.</summary>
    public static string Profile(string workDirectory, string python)
    {
        var work = Variants(Path.GetFullPath(workDirectory));
        var prefix = Variants(InterpreterPrefix(python));
        var sb = new StringBuilder();
        sb.AppendLine("(version 1)");
        sb.AppendLine("(deny default)");
        sb.AppendLine("(allow process-fork)");
        sb.AppendLine("(allow process-exec)");
        sb.AppendLine("(allow signal (target same-sandbox))");
        sb.AppendLine("(allow process-info* (target same-sandbox))");
        sb.AppendLine("(allow sysctl-read)");
        sb.AppendLine("(allow file-read-metadata)");
        sb.AppendLine("(allow ipc-posix-sem)");
        sb.AppendLine("(allow ipc-posix-shm)");
        sb.AppendLine("(allow file-read*");
        foreach (var dir in new[] { "/usr", "/bin", "/sbin", "/System", "/Library", "/opt/homebrew", "/private/var/db/dyld", "/private/var/select", "/Applications/Xcode.app" })
            sb.AppendLine($"    (subpath {Quote(dir)})");
        sb.AppendLine($"    (literal {Quote("/private/var/db/xcode_select_link")})");
        foreach (var p in prefix.Concat(work)) sb.AppendLine($"    (subpath {Quote(p)})");
        foreach (var dev in new[] { "/dev/null", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/dtracehelper" })
            sb.AppendLine($"    (literal {Quote(dev)})");
        sb.AppendLine($"    (subpath {Quote("/dev/fd")}))");
        sb.AppendLine("(allow file-write*");
        foreach (var p in work) sb.AppendLine($"    (subpath {Quote(p)})");
        sb.AppendLine($"    (literal {Quote("/dev/null")}) (literal {Quote("/dev/dtracehelper")}))");
        sb.AppendLine($"(allow file-ioctl (literal {Quote("/dev/null")}) (literal {Quote("/dev/dtracehelper")}))");
        sb.AppendLine("(deny network*)");
        return sb.ToString();
    }

    /// <summary>/var, /tmp and /etc are links to /private/… on macOS; Seatbelt matches resolved paths, so allow both.</summary>
    private static IEnumerable<string> Variants(string path)
    {
        yield return path;
        foreach (var link in new[] { "/var/", "/tmp/", "/etc/" })
            if (path.StartsWith(link, StringComparison.Ordinal)) yield return "/private" + path;
    }

    private static string InterpreterPrefix(string python)
    {
        var full = Path.GetFullPath(python);
        try
        {
            if (new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target) full = target.FullName;
        }
        catch (IOException)
        {
        }
        // <prefix>/bin/python3 → <prefix>
        return Path.GetDirectoryName(Path.GetDirectoryName(full)) ?? "/usr";
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
