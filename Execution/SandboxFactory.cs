using QwenEval.Core;

namespace QwenEval.Execution;

/// <summary>
/// Chooses the isolation for this machine: bubblewrap on Linux, sandbox-exec on macOS. Refuses to run
/// unsandboxed unless explicitly asked (--unsafe-no-sandbox), and says how to get a sandbox otherwise.
/// </summary>
public static class SandboxFactory
{
    public static ISandbox Create(bool unsafeNoSandbox)
    {
        var python = FindOnPath("python3")
            ?? throw new EnvironmentProblemException("python3 not found on PATH. Install it (apt-get install python3) and rerun.");
        if (unsafeNoSandbox) return new UnsandboxedRunner(python);
        if (OperatingSystem.IsMacOS())
        {
            const string sandboxExec = "/usr/bin/sandbox-exec";
            if (!File.Exists(sandboxExec))
                throw new EnvironmentProblemException(
                    $"{sandboxExec} not found: model answers must run sandboxed. Pass --unsafe-no-sandbox to run them unisolated (marked in every report).");
            return new SandboxExecSandbox(sandboxExec, python);
        }
        if (!OperatingSystem.IsLinux())
            throw new EnvironmentProblemException(
                "No sandbox is available on this OS. Run on Linux with bubblewrap or on macOS (sandbox-exec), or pass --unsafe-no-sandbox to run answers unisolated (marked in every report).");
        var bwrap = FindOnPath("bwrap")
            ?? throw new EnvironmentProblemException(
                "bubblewrap (bwrap) not found: model answers must run sandboxed. Install it (apt-get install bubblewrap), or pass --unsafe-no-sandbox to run them unisolated (marked in every report).");
        // Prefer the system interpreter inside the sandbox: it lives under the read-only /usr bind.
        var systemPython = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : python;
        var sandbox = new BubblewrapSandbox(bwrap, systemPython);
        var problem = Probes.GetOrAdd((bwrap, systemPython), _ => sandbox.Probe());
        if (problem is not null)
            throw new EnvironmentProblemException(
                $"bubblewrap cannot start a sandbox on this machine ({problem}). It needs user namespaces for unprivileged users " +
                "(sysctl kernel.unprivileged_userns_clone=1 on older Debian; on Ubuntu 24.04+ an AppArmor profile for bwrap), " +
                "or pass --unsafe-no-sandbox to run answers unisolated (marked in every report).");
        return sandbox;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string?> Probes = new();

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);
}
