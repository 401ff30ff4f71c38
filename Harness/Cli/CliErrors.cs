using System.Runtime.InteropServices;
using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>
/// Maps every exception that reaches the command line to one line and a documented exit code: input errors 2,
/// the machine's problems (a full disk, a file that cannot be written) 3, a locked run folder 5, an interrupt
/// 130/143, anything unforeseen 70. Never a stack trace.
/// </summary>
public static class CliErrors
{
    public static (int Exit, string Message) Describe(Exception e, PosixSignal? signal)
    {
        e = Unwrap(e);
        return e switch
        {
            OperationCanceledException => signal == PosixSignal.SIGTERM
                ? (ExitCodes.Terminated, "stopped by SIGTERM: records in flight were finished and workers stopped; rerun the same command to resume.")
                : (ExitCodes.Interrupted, "interrupted: records in flight were finished and workers stopped; rerun the same command to resume."),
            UserInputException or TaskFormatException => (ExitCodes.UsageOrInput, e.Message),
            EnvironmentProblemException => (ExitCodes.Environment, e.Message),
            RunFolderBusyException => (ExitCodes.RunFolderBusy, e.Message),
            JsonException => (ExitCodes.UsageOrInput, $"a file is not valid JSON: {e.Message}"),
            IOException io when IsDiskFull(io) => (ExitCodes.Environment, $"disk full: {io.Message}. Free space (or point --output / --out elsewhere) and rerun."),
            UnauthorizedAccessException => (ExitCodes.Environment, $"permission denied: {e.Message}"),
            IOException or System.Security.SecurityException => (ExitCodes.Environment, $"file system error: {e.Message}"),
            _ => (ExitCodes.InternalError, $"internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}. This is a bug in qweneval; please report it with the command line."),
        };
    }

    /// <summary>ENOSPC (28) or EDQUOT (122) on Unix; ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(IOException e) =>
        (e.HResult & 0xFFFF) is 28 or 122 or 112 or 39 || e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase);

    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            if (e is AggregateException a)
            {
                var inner = a.Flatten().InnerExceptions;
                // A cancelled run surfaces as many cancelled tasks; any other failure among them is the story.
                e = inner.FirstOrDefault(x => x is not OperationCanceledException) ?? inner.FirstOrDefault() ?? e;
                if (e is AggregateException) continue;
            }
            if (e is System.Reflection.TargetInvocationException { InnerException: { } t })
            {
                e = t;
                continue;
            }
            return e;
        }
    }
}
