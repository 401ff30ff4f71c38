namespace QwenEval.Execution;

/// <summary>
/// No isolation: the answer runs as this user with this machine's network and files. Only with
/// --unsafe-no-sandbox, and every report of such a run says so. The environment is still scrubbed, the driver's
/// verdict protocol and rlimits still hold (except the process limit, which would count all of this user's
/// processes), and the process tree is still killed; a setsid()/double-fork escape can outlive the sample.
/// </summary>
public sealed class UnsandboxedRunner(string pythonPath, SandboxLimits? limits = null) : ISandbox
{
    private SandboxLimits Limits { get; } = limits ?? SandboxLimits.Default;

    public SandboxDescription Description => new("none", pythonPath, Limits, Isolation, RequiresProtectedDriver: false, UsesHostWorkDirectory: true, PerSampleProcessLimit: false);

    private IReadOnlyList<string> Isolation =>
    [
        "sandbox: NONE (--unsafe-no-sandbox): answers run as this user, with its files and network",
        $"rlimits (set by the driver on the runner): address space {SandboxLimits.Mib(Limits.AddressSpaceBytes)}, CPU timeout+1 s, file size {SandboxLimits.Mib(Limits.FileSizeBytes)}, open files {Limits.OpenFiles}, core 0; no process limit",
        "environment: cleared; on timeout the visible process tree is killed (escapes via setsid() are not)",
    ];


    public ProcessOutcome Run(SandboxCommand command, CancellationToken cancellation)
    {
        var env = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
            ["HOME"] = command.WorkDirectory,
            ["TMPDIR"] = command.WorkDirectory,
            ["LANG"] = "C.UTF-8",
            ["PYTHONDONTWRITEBYTECODE"] = "1",
        };
        return ProcessRunner.Run(command.Arguments[0], command.Arguments.Skip(1).ToList(), command, env, cancellation);
    }
}
