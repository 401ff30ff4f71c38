using System.Diagnostics;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Tasks;

/// <summary>
/// `tasks validate` compiles every file (a syntax error is named as one; a decoy must fail its tests, not fail to
/// parse), and a FIFO or device in a suite or model folder is refused by path instead of hanging the reader.
/// </summary>
public sealed class SuiteSafetyTests
{
    private static void MkFifo(string path)
    {
        using var p = Process.Start("mkfifo", [path])!;
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.EqualTo(0), "mkfifo");
    }

    /// <summary>The CLI, failing the test instead of hanging when a verb blocks.</summary>
    private static (int Exit, string Out, string Err) RunWithin(int seconds, params string[] args)
    {
        var task = Task.Run(() => Cli.Run(args));
        Assert.That(task.Wait(TimeSpan.FromSeconds(seconds)), Is.True, $"qweneval {string.Join(' ', args)} hung");
        return task.Result;
    }

    [Test]
    public void AFifoInASuiteIsRefusedByPathByEveryVerb()
    {
        using var dir = new TempDir();
        var suite = SuiteFormatTests.MakeSuite(dir, t => MkFifo(Path.Combine(t, "decoys", "c.py")));
        var fifo = Path.Combine(suite, "tasks", "t1", "decoys", "c.py");
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "r", "kind": "reference" } ] }""");
        foreach (var args in new[]
                 {
                     new[] { "tasks", "list", "--suite", suite },
                     ["tasks", "validate", "--suite", suite],
                     ["run", "--config", config, "--output", Path.Combine(dir.Path, "runs")],
                 })
        {
            var (exit, _, err) = RunWithin(60, args);
            Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput), string.Join(' ', args));
            Assert.That(err, Does.Contain($"{fifo}: is a FIFO (named pipe), not a regular file"), string.Join(' ', args));
        }
    }

    [Test]
    public void AFifoInAModelFolderIsRefusedByPath()
    {
        using var dir = new TempDir();
        var model = Path.Combine(dir.Path, "model");
        Directory.CreateDirectory(model);
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Root, "models", "tiny-qwen2"))) File.Copy(f, Path.Combine(model, Path.GetFileName(f)));
        MkFifo(Path.Combine(model, "extra.bin"));
        SmallRun.Suite(dir, 1);
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "m", "kind": "onnx", "path": "model" } ] }""");
        var (exit, _, err) = RunWithin(60, "run", "--config", config, "--output", Path.Combine(dir.Path, "runs"));
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(err, Does.Contain($"{Path.Combine(model, "extra.bin")}: is a FIFO (named pipe), not a regular file"));
        (exit, var stdout, _) = RunWithin(60, "doctor", "--model", model);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(stdout, Does.Contain("extra.bin: is a FIFO"));
    }

    [Test]
    public void ValidateCompilesEveryFileAndADecoyMustFailItsTestsNotFailToParse()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SuiteFormatTests.MakeSuite(dir, t =>
        {
            File.WriteAllText(Path.Combine(t, "prompt.py"), "de inc(x):\n    \"\"\"x + 1\"\"\"\n");
            File.WriteAllText(Path.Combine(t, "decoys", "a.py"), "def inc(x):\n    return x +\n");
            File.AppendAllText(Path.Combine(t, "tests.py"), "\n# fine\n");
        });
        var (exit, stdout, _) = Cli.Run("tasks", "validate", "--suite", suite);
        Assert.That(exit, Is.EqualTo(ExitCodes.GateFailed), stdout);
        Assert.That(stdout, Does.Contain("t1/prompt.py: does not compile (SyntaxError at line 1"));
        Assert.That(stdout, Does.Not.Contain("does not show the signature"), "a syntax error is not reported as a missing signature");
        Assert.That(stdout, Does.Contain("t1/decoys/a.py: does not compile (SyntaxError at line 2").And.Contain("a decoy must run and fail the tests, not fail to parse"));
        Assert.That(stdout, Does.Not.Contain("t1/solution.py"), "the canonical still passes");
    }

    [Test]
    public void APromptThatEndsAtASignatureCompilesWithABody()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SuiteFormatTests.MakeSuite(dir, t => File.WriteAllText(Path.Combine(t, "prompt.py"), "\"\"\"Add one.\"\"\"\n\n\ndef inc(x):\n"));
        var (exit, stdout, _) = Cli.Run("tasks", "validate", "--suite", suite);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), stdout);
    }
}
