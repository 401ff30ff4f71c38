using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tasks;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Tasks;

/// <summary>Broken task folders are named precisely; a decoy that passes is a validation failure.</summary>
public sealed class SuiteFormatTests
{
    internal static string MakeSuite(TempDir dir, Action<string> breakTask)
    {
        var suite = Path.Combine(dir.Path, "suite");
        var task = Path.Combine(suite, "tasks", "t1");
        Directory.CreateDirectory(Path.Combine(task, "decoys"));
        File.WriteAllText(Path.Combine(suite, "suite.json"), """{ "name": "s", "version": "1" }""");
        File.WriteAllText(Path.Combine(task, "task.json"), """{ "id": "t1", "title": "t", "entry_point": "inc", "difficulty": "easy", "time_budget_s": 5 }""");
        File.WriteAllText(Path.Combine(task, "prompt.py"), "def inc(x):\n    \"\"\"x + 1\"\"\"\n");
        File.WriteAllText(Path.Combine(task, "solution.py"), "def inc(x):\n    return x + 1\n");
        File.WriteAllText(Path.Combine(task, "tests.py"), "def check(candidate):\n" + string.Concat(Enumerable.Range(0, 6).Select(i => $"    assert candidate({i}) == {i + 1}\n")));
        File.WriteAllText(Path.Combine(task, "decoys", "a.py"), "def inc(x):\n    return x\n");
        File.WriteAllText(Path.Combine(task, "decoys", "b.py"), "def inc(x):\n    return x + 2\n");
        breakTask(task);
        return suite;
    }

    [Test]
    public void MissingFileIsNamed()
    {
        using var dir = new TempDir();
        var suite = MakeSuite(dir, t => File.Delete(Path.Combine(t, "tests.py")));
        var e = Assert.Throws<TaskFormatException>(() => SuiteLoader.Load(suite));
        Assert.That(e!.Message, Does.Contain("tasks/t1: missing tests.py"));
    }

    [Test]
    public void TaskJsonWithoutEntryPointIsNamed()
    {
        using var dir = new TempDir();
        var suite = MakeSuite(dir, t => File.WriteAllText(Path.Combine(t, "task.json"), """{ "id": "t1" }"""));
        var e = Assert.Throws<TaskFormatException>(() => SuiteLoader.Load(suite));
        Assert.That(e!.Message, Does.Contain("t1/task.json: field 'entry_point' is missing"));
    }

    [Test]
    public void DuplicateIdIsNamed()
    {
        using var dir = new TempDir();
        var suite = MakeSuite(dir, t =>
        {
            var copy = Path.Combine(Path.GetDirectoryName(t)!, "t2");
            Directory.CreateDirectory(copy);
            foreach (var f in Directory.GetFiles(t)) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        });
        var e = Assert.Throws<TaskFormatException>(() => SuiteLoader.Load(suite));
        Assert.That(e!.Message, Does.Contain("t2/task.json: field 'id' is 't1' but the folder is 't2'"));
    }

    [Test]
    public void SyntaxErrorInSolutionAndPassingDecoyAreViolations()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = MakeSuite(dir, t =>
        {
            File.WriteAllText(Path.Combine(t, "solution.py"), "def inc(x)\n    return x + 1\n");
            File.WriteAllText(Path.Combine(t, "decoys", "b.py"), "def inc(x):\n    return 1 + x\n");
        });
        var (exit, stdout, _) = Cli.Run("tasks", "validate", "--suite", suite);
        Assert.That(exit, Is.EqualTo(ExitCodes.GateFailed));
        Assert.That(stdout, Does.Contain("t1/solution.py: does not compile (SyntaxError at line 1"));
        Assert.That(stdout, Does.Not.Contain("t1/solution.py: does not define"), "a syntax error is reported as one, not as a missing definition");
        Assert.That(stdout, Does.Contain("t1/decoys/b.py: decoy PASSES the hidden tests"));
    }

    [Test]
    public void TooFewAssertsIsALintViolation()
    {
        using var dir = new TempDir();
        var suite = MakeSuite(dir, t => File.WriteAllText(Path.Combine(t, "tests.py"), "def check(candidate):\n    assert candidate(1) == 2\n"));
        var v = QwenEval.Tasks.Validation.SuiteLint.Check(SuiteLoader.Load(suite).Tasks[0], QwenEval.Tasks.Validation.SuiteLint.Rules.Strict);
        Assert.That(v.Select(x => x.ToString()), Does.Contain("t1/tests.py: has 1 assert lines; at least 6 are required"));
    }
}
