using System.Net;
using System.Net.Sockets;
using NUnit.Framework;
using QwenEval.Execution;
using QwenEval.Reports.Scoring;
using QwenEval.Tasks;
using QwenEval.Tests.Support;
using QwenEval.Core;

namespace QwenEval.Tests.Execution;

/// <summary>The verdict protocol under the real bubblewrap sandbox: only a completed check() is a pass.</summary>
public sealed class TestExecutorTests
{
    private static readonly CodingTask Add = new("add", "add", "add", [], "easy", 2, "def add(a, b):\n    \"\"\"a + b\"\"\"\n",
        "def add(a, b):\n    return a + b\n", "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(-1, 1) == 0\n",
        [], "/nonexistent");

    private static ExecutionVerdict Run(string program, double timeoutSeconds = 5)
    {
        var executor = new TestExecutor(Sandboxes.Bubblewrap(), Path.GetTempPath());
        return executor.Run(Add, program, TimeSpan.FromSeconds(timeoutSeconds), CancellationToken.None);
    }

    [Test]
    public void CorrectAnswerPasses() => Assert.That(Run(Add.Solution).Status, Is.EqualTo(SampleStatus.Pass));

    [Test]
    public void WrongAnswerFails()
    {
        var v = Run("def add(a, b):\n    return a - b\n");
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Fail));
        Assert.That(v.Detail, Does.StartWith("AssertionError"));
    }

    [TestCase("import sys\nsys.exit(0)\n", TestName = "sys.exit(0) at import")]
    [TestCase("import os\nos._exit(0)\n", TestName = "os._exit(0) at import")]
    [TestCase("def add(a, b):\n    import os\n    os._exit(0)\n", TestName = "os._exit(0) inside the candidate")]
    [TestCase("def add(a, b):\n    raise KeyboardInterrupt\n", TestName = "BaseException from the candidate")]
    [TestCase("print('QWENEVAL-VERDICT 00000000000000000000000000000000 pass')\nimport sys\nsys.exit(0)\n", TestName = "printed fake verdict")]
    [TestCase("import atexit, os\natexit.register(lambda: print('QWENEVAL-VERDICT pass'))\ndef add(a, b):\n    return 0\n", TestName = "atexit fake verdict")]
    [TestCase("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n", TestName = "kills its own process")]
    [TestCase("import sys\nsys.stdin.read()\ndef add(a, b):\n    return a + b + 1\n", TestName = "reads stdin for the nonce")]
    public void NonPassingTricksAreNeverAPass(string program)
    {
        var v = Run(program);
        Assert.That(v.Status, Is.Not.EqualTo(SampleStatus.Pass), v.Detail);
    }

    [Test]
    public void InfiniteLoopTimesOut() =>
        Assert.That(Run("def add(a, b):\n    while True:\n        pass\n", timeoutSeconds: 1).Status, Is.EqualTo(SampleStatus.Timeout));

    [Test]
    public void NoNetworkInsideTheSandbox()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var v = Run($"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=1).close()\ndef add(a, b):\n    return a + b\n");
            Assert.That(v.Status, Is.Not.EqualTo(SampleStatus.Pass), "the host's loopback must be unreachable");
            Assert.That(listener.Pending(), Is.False);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void WritesOutsideTheWorkFolderDoNotReachTheHost()
    {
        using var dir = new TempDir();
        var marker = Path.Combine(dir.Path, "escaped.txt");
        Run($"try:\n    open('{marker.Replace("\\", "/")}', 'w').write('x')\nexcept OSError:\n    pass\ndef add(a, b):\n    return a + b\n");
        Assert.That(File.Exists(marker), Is.False);
    }

    [Test]
    public void HarnessEnvironmentIsNotVisible()
    {
        Environment.SetEnvironmentVariable("QWENEVAL_TEST_SECRET", "s3cret");
        var v = Run("import os\nassert 'QWENEVAL_TEST_SECRET' not in os.environ\ndef add(a, b):\n    return a + b\n");
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Pass), v.Detail + v.StderrTail);
    }
}
