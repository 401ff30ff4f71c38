using NUnit.Framework;
using QwenEval.Execution;
using QwenEval.Reports.Scoring;
using QwenEval.Tests.Support;
using QwenEval.Core;

namespace QwenEval.Tests.Execution;

/// <summary>
/// How a process outcome becomes a status: only the supervisor's line with this sample's nonce, after a start line
/// with this sample's token from a protected driver, and exit code 0, is a pass. And the limits of in-process
/// checking, pinned so that the README's threat model stays true.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class VerdictProtocolTests
{
    private const string Nonce = "0123456789abcdef0123456789abcdef";
    private const string Token = "aaaaaaaaaaaaaaaaaaaaaaaa";

    private static ExecutionVerdict Judge(string stdout, int? exit = 0, bool timedOut = false, bool flood = false, bool oom = false,
        bool requireProtected = true) =>
        TestExecutor.Judge(new ProcessOutcome(exit, stdout, "", timedOut, false, TimeSpan.FromMilliseconds(10))
        {
            OutputLimitExceeded = flood,
            OomKilled = oom,
        }, Nonce, Token, requireProtected);

    private static string Started(string protection = "protected") => $"QWENEVAL-STARTED {Token} {protection}\n";

    [Test]
    public void OnlyTheNonceStampedPassFromAProtectedDriverWithExitZeroIsAPass()
    {
        Assert.That(Judge(Started() + $"\nQWENEVAL-VERDICT {Nonce} pass \n").Status, Is.EqualTo(SampleStatus.Pass));
        Assert.That(Judge(Started() + $"QWENEVAL-VERDICT {Nonce} pass\n", exit: 1).Status, Is.EqualTo(SampleStatus.Error));
        Assert.That(Judge(Started() + "QWENEVAL-VERDICT ffffffffffffffffffffffffffffffff pass\n").Status, Is.Not.EqualTo(SampleStatus.Pass));
        Assert.That(Judge($"QWENEVAL-VERDICT {Nonce} pass\n").Status, Is.EqualTo(SampleStatus.SandboxError), "no start line from this sample's driver");
        Assert.That(Judge(Started("unprotected") + $"QWENEVAL-VERDICT {Nonce} pass\n").Status, Is.EqualTo(SampleStatus.SandboxError));
        Assert.That(Judge(Started("unprotected") + $"QWENEVAL-VERDICT {Nonce} pass\n", requireProtected: false).Status, Is.EqualTo(SampleStatus.Pass));
        Assert.That(Judge(Started() + $"QWENEVAL-VERDICT {Nonce} pass\n", exit: null, timedOut: true).Status, Is.EqualTo(SampleStatus.Timeout));
    }

    [TestCase("fail AssertionError: x", SampleStatus.Fail)]
    [TestCase("error ZeroDivisionError: division by zero", SampleStatus.Error)]
    [TestCase("oom MemoryError", SampleStatus.Oom)]
    [TestCase("timeout CPU time limit (3 s) reached", SampleStatus.Timeout)]
    [TestCase("weird", SampleStatus.Error)]
    public void TheSupervisorsVerdictNamesTheStatus(string verdict, SampleStatus expected)
    {
        var v = Judge(Started() + $"QWENEVAL-VERDICT {Nonce} {verdict}\n");
        Assert.That(v.Status, Is.EqualTo(expected));
        Assert.That(v.StdoutTail, Does.Not.Contain(Nonce), "the driver's own lines are not part of the program's output");
    }

    [Test]
    public void WithoutAVerdictTheCauseDecides()
    {
        Assert.That(Judge("", exit: 1).Status, Is.EqualTo(SampleStatus.SandboxError), "bubblewrap failed before the driver");
        Assert.That(Judge(Started(), exit: null, flood: true).Status, Is.EqualTo(SampleStatus.Error));
        Assert.That(Judge(Started(), exit: 137, oom: true).Status, Is.EqualTo(SampleStatus.Oom));
        Assert.That(Judge(Started(), exit: 137).Status, Is.EqualTo(SampleStatus.Oom));
        Assert.That(Judge(Started(), exit: 3).Status, Is.EqualTo(SampleStatus.SandboxError));
    }

    /// <summary>
    /// KNOWN LIMIT (README, "Sandbox and threat model"): the answer shares an interpreter with check(), so an answer
    /// written against this driver can walk the stack to the runner's frame and send the runner's report itself.
    /// It still cannot print a verdict (the nonce is elsewhere); it can only claim check() returned. If this test
    /// starts failing, the limit is gone: update the README.
    /// </summary>
    [Test]
    public void KnownLimitAProtocolAwareAnswerCanForgeTheRunnersReport()
    {
        var program = "import os, sys\n" +
                      "def add(a, b):\n" +
                      "    f = sys._getframe(1)\n" +
                      "    while f is not None and 'prefix' not in f.f_locals:\n" +
                      "        f = f.f_back\n" +
                      "    os.write(f.f_locals['w'], (f.f_locals['prefix'] + 'pass \\n').encode())\n" +
                      "    os._exit(0)\n";
        var v = new TestExecutor(Sandboxes.Bubblewrap(), Path.GetTempPath()).RunOnce(HostileProgramTests.Add, program, TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Pass), v.Detail);
    }

    /// <summary>KNOWN LIMIT: the classic one of HumanEval-style checking: a result whose __eq__ always says True.</summary>
    [Test]
    public void KnownLimitAnAlwaysEqualResultPassesEqualityAssertions()
    {
        var program = "class Anything:\n    def __eq__(self, other):\n        return True\n\ndef add(a, b):\n    return Anything()\n";
        var v = new TestExecutor(Sandboxes.Bubblewrap(), Path.GetTempPath()).RunOnce(HostileProgramTests.Add, program, TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Pass), v.Detail);
    }
}
