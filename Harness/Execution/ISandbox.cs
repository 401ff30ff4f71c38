namespace QwenEval.Harness.Execution;

/// <summary>Runs one untrusted program in isolation. Kind is recorded in the run so reports say what isolation was used.</summary>
public interface ISandbox
{
    /// <summary>"bubblewrap", "none", …</summary>
    string Kind { get; }

    /// <summary>The Python interpreter's path as seen inside the sandbox.</summary>
    string PythonPath { get; }

    ProcessOutcome Run(SandboxCommand command, CancellationToken cancellation);
}

/// <summary>A program to run: argv inside the sandbox, a work folder it may write, stdin text and limits.</summary>
public sealed record SandboxCommand(
    IReadOnlyList<string> Arguments,
    string WorkDirectory,
    string StandardInput,
    TimeSpan Timeout,
    int OutputCapBytes);

/// <summary>What a process did: exit code (null when killed), captured output, and whether the timeout fired.</summary>
public sealed record ProcessOutcome(int? ExitCode, string StandardOutput, string StandardError, bool TimedOut, bool OutputTruncated, TimeSpan Elapsed);
