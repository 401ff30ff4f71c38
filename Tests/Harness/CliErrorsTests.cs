using System.Runtime.InteropServices;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Harness;

/// <summary>Every exception that can reach the command line maps to one line and a documented exit code.</summary>
public sealed class CliErrorsTests
{
    private static readonly object[] Cases =
    [
        new object[] { new UserInputException("bad config"), ExitCodes.UsageOrInput, "bad config" },
        new object[] { new TaskFormatException("bad task"), ExitCodes.UsageOrInput, "bad task" },
        new object[] { new EnvironmentProblemException("no bwrap"), ExitCodes.Environment, "no bwrap" },
        new object[] { new RunFolderBusyException("held by pid 7"), ExitCodes.RunFolderBusy, "held by pid 7" },
        new object[] { new IOException("/out/report.html: could not be written (No space left on device)", 28), ExitCodes.Environment, "disk full: /out/report.html" },
        new object[] { new UnauthorizedAccessException("Access to the path '/x' is denied."), ExitCodes.Environment, "permission denied: Access to the path '/x'" },
        new object[] { new FileNotFoundException("Could not find file '/y'."), ExitCodes.Environment, "file system error: Could not find file '/y'" },
        new object[] { new AggregateException(new TaskCanceledException(), new IOException("/r/results.jsonl: No space left on device", 28)), ExitCodes.Environment, "disk full" },
        new object[] { new AggregateException(new TaskCanceledException(), new OperationCanceledException()), ExitCodes.Interrupted, "interrupted" },
        new object[] { new InvalidOperationException("line one\nline two"), ExitCodes.InternalError, "internal error (InvalidOperationException): line one line two" },
    ];

    [TestCaseSource(nameof(Cases))]
    public void AnExceptionBecomesOneLineAndItsCode(Exception e, int code, string message)
    {
        var (exit, text) = CliErrors.Describe(e, null);
        Assert.That(exit, Is.EqualTo(code));
        Assert.That(text, Does.Contain(message));
        Assert.That(text, Does.Not.Contain("\n"));
    }

    [Test]
    public void ACancellationBySigtermIs143()
    {
        var (exit, text) = CliErrors.Describe(new AggregateException(new TaskCanceledException()), PosixSignal.SIGTERM);
        Assert.That(exit, Is.EqualTo(ExitCodes.Terminated));
        Assert.That(text, Does.Contain("SIGTERM"));
    }
}
