namespace QwenEval.Harness.Execution;

/// <summary>
/// No isolation: the answer runs as this user with this machine's network. Only with --unsafe-no-sandbox, and
/// every report of such a run says so. The environment is still scrubbed and the process tree still killed.
/// </summary>
public sealed class UnsandboxedRunner(string pythonPath) : ISandbox
{
    public string Kind => "none";

    public string PythonPath => pythonPath;

    public ProcessOutcome Run(SandboxCommand command, CancellationToken cancellation)
    {
        var env = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
            ["HOME"] = command.WorkDirectory,
            ["LANG"] = "C.UTF-8",
            ["PYTHONDONTWRITEBYTECODE"] = "1",
        };
        return ProcessRunner.Run(command.Arguments[0], command.Arguments.Skip(1).ToList(), command, env, cancellation);
    }
}
