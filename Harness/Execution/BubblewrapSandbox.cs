namespace QwenEval.Harness.Execution;

/// <summary>
/// Linux isolation with bubblewrap: every namespace unshared (no network), the system read-only, a private /tmp,
/// only the sample's work folder writable (mounted at /work), a scrubbed environment, and the sandbox dies with us.
/// </summary>
public sealed class BubblewrapSandbox(string bwrapPath, string pythonPath) : ISandbox
{
    public string Kind => "bubblewrap";

    public string PythonPath => pythonPath;

    public ProcessOutcome Run(SandboxCommand command, CancellationToken cancellation)
    {
        List<string> args =
        [
            "--unshare-all", "--die-with-parent", "--new-session",
            "--ro-bind", "/usr", "/usr",
        ];
        // Merged-/usr systems have /bin, /lib, /lib64 as links; others as folders.
        foreach (var dir in new[] { "/bin", "/lib", "/lib64", "/lib32", "/libx32", "/sbin" })
        {
            if (!Path.Exists(dir)) continue;
            var target = new FileInfo(dir).LinkTarget;
            if (target is not null) args.AddRange(["--symlink", target, dir]);
            else args.AddRange(["--ro-bind", dir, dir]);
        }
        // An interpreter outside /usr (pyenv, conda) needs its own prefix bound read-only.
        var prefix = InterpreterPrefix(pythonPath);
        if (prefix is not null) args.AddRange(["--ro-bind", prefix, prefix]);
        args.AddRange([
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
            "--bind", command.WorkDirectory, "/work", "--chdir", "/work",
            "--clearenv", "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin", "--setenv", "HOME", "/work",
            "--setenv", "LANG", "C.UTF-8", "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
            "--",
        ]);
        args.AddRange(command.Arguments);
        return ProcessRunner.Run(bwrapPath, args, command, new Dictionary<string, string>(), cancellation);
    }

    private static string? InterpreterPrefix(string python)
    {
        var full = Path.GetFullPath(python);
        if (full.StartsWith("/usr/", StringComparison.Ordinal)) return null;
        // <prefix>/bin/python3 → <prefix>
        return Path.GetDirectoryName(Path.GetDirectoryName(full));
    }
}
