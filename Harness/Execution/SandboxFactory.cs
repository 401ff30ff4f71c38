using QwenEval.Harness.Cli;

namespace QwenEval.Harness.Execution;

/// <summary>Chooses the isolation for this machine; refuses to run unsandboxed unless explicitly asked.</summary>
public static class SandboxFactory
{
    public static ISandbox Create(bool unsafeNoSandbox)
    {
        var python = FindOnPath("python3")
            ?? throw new EnvironmentProblemException("python3 not found on PATH. Install it (apt-get install python3) and rerun.");
        if (unsafeNoSandbox) return new UnsandboxedRunner(python);
        if (!OperatingSystem.IsLinux())
            throw new EnvironmentProblemException(
                "No sandbox is available on this OS in this build. Run on Linux with bubblewrap, or pass --unsafe-no-sandbox to run answers unisolated (marked in every report).");
        var bwrap = FindOnPath("bwrap")
            ?? throw new EnvironmentProblemException(
                "bubblewrap (bwrap) not found: model answers must run sandboxed. Install it (apt-get install bubblewrap), or pass --unsafe-no-sandbox to run them unisolated (marked in every report).");
        // Prefer the system interpreter inside the sandbox: it lives under the read-only /usr bind.
        var systemPython = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : python;
        return new BubblewrapSandbox(bwrap, systemPython);
    }

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);
}
