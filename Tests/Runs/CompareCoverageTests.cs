using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>`compare BASE NEW` fails (exit 1) when a model or a task that BASE judged is missing from NEW: a regression cannot pass by leaving it out.</summary>
public sealed class CompareCoverageTests
{
    private static string Run(TempDir dir, string name, string models)
    {
        var config = dir.File($"{name}.config.json", $$"""{ "suite": "suite", "models": {{models}} }""");
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, name));
        Assert.That(exit, Is.EqualTo(0), err);
        return Directory.GetDirectories(Path.Combine(dir.Path, name)).Single();
    }

    private const string Both = """[ { "name": "reference", "kind": "reference" }, { "name": "other", "kind": "reference" } ]""";

    [Test]
    public void AModelMissingFromNewFailsTheGate()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        var baseRun = Run(dir, "base", Both);
        var newRun = Run(dir, "new", """[ { "name": "reference", "kind": "reference" } ]""");
        var (exit, stdout, err) = Cli.Run("compare", baseRun, newRun);
        Assert.That(exit, Is.EqualTo(ExitCodes.GateFailed), stdout + err);
        Assert.That(err, Does.Contain("MISSING FROM NEW: model other: 2 verdicts in BASE, none in NEW"));
        Assert.That(File.ReadAllText(Path.Combine(newRun, "compare.md")), Does.Contain("**MISSING FROM NEW**"));
    }

    [Test]
    public void ATaskMissingFromNewFailsTheGate()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 3);
        var baseRun = Run(dir, "base", Both);
        var newRun = Run(dir, "new", Both);
        var results = File.ReadAllLines(Path.Combine(newRun, "results.jsonl"));
        File.WriteAllLines(Path.Combine(newRun, "results.jsonl"), results[1..]);
        var (exit, _, err) = Cli.Run("compare", baseRun, newRun);
        Assert.That(exit, Is.EqualTo(ExitCodes.GateFailed), err);
        Assert.That(err, Does.Contain("1 sample(s) of 1 task(s) judged in BASE are missing from NEW"));
    }

    [Test]
    public void RunsThatShareModelsButHaveNoVerdictsSayThatNotThatTheyShareNoName()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        var baseRun = Run(dir, "base", Both);
        var newRun = Run(dir, "new", Both);
        File.WriteAllText(Path.Combine(baseRun, "results.jsonl"), "");
        var (exit, _, err) = Cli.Run("compare", baseRun, newRun);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(err, Does.Contain("BASE has no verdicts").And.Not.Contain("share no model name"));
    }
}
