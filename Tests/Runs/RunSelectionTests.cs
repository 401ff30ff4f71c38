using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>`run --models/--tasks/--limit`: a part of the run in the same folder, reported as partial until a later run completes it.</summary>
public sealed class RunSelectionTests
{
    private const string Models = """[ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ]""";

    [Test]
    public void ALimitedRunIsPartialAndTheFullRunResumesItInTheSameFolder()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 8);
        var config = dir.File("eval.config.json", $$"""{ "suite": "suite", "models": {{Models}} }""");
        var output = Path.Combine(dir.Path, "runs");

        var (exit, stdout, err) = Cli.Run("run", "--config", config, "--output", output, "--limit", "5", "--models", "reference");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(stdout, Does.Contain("this invocation: 5 of 8 tasks; models reference"));
        var run = Directory.GetDirectories(output).Single();
        var summary = File.ReadAllText(Path.Combine(run, "summary.md"));
        Assert.That(summary, Does.Contain("PARTIAL RUN: samples judged: reference 5/8; not run yet: decoy."));
        Assert.That(summary, Does.Contain("| reference (incomplete: 5/8) | reference | 100.0% |").And.Contain("| 5/8 |"));
        Assert.That(File.ReadAllText(Path.Combine(run, "report.html")), Does.Contain("PARTIAL RUN"));
        Assert.That(stdout, Does.Contain("PARTIAL RUN"));
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(run, "results.json")))!;
        Assert.That((bool)results["partial"]!, Is.True);
        Assert.That(results["models"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "reference" }), "a model not run yet is not scored as 0%");

        (exit, stdout, err) = Cli.Run("run", "--config", config, "--output", output);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(Directory.GetDirectories(output).Single(), Is.EqualTo(run), "the limited run was a part of this run");
        Assert.That(stdout, Does.Contain("[reference] 8 samples: 5 already judged, 3 to generate"));
        Assert.That(stdout, Does.Contain("[decoy] 8 samples: 0 already judged, 8 to generate"));
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Not.Contain("PARTIAL"));
        Assert.That(File.ReadAllLines(Path.Combine(run, "results.jsonl")), Has.Length.EqualTo(16));
    }

    [Test]
    public void TasksTakeIdsAndGlobs()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SmallRun.Suite(dir, 8);
        var ids = Directory.GetDirectories(Path.Combine(suite, "tasks")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "reference", "kind": "reference" } ] }""");
        var output = Path.Combine(dir.Path, "runs");
        var prefix = ids[0]![..5];
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", output, "--tasks", $"{prefix}*, {ids[^1]}");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        var judged = File.ReadAllLines(Path.Combine(Directory.GetDirectories(output).Single(), "results.jsonl"))
            .Select(l => (string)JsonNode.Parse(l)!["task_id"]!).Order(StringComparer.Ordinal).ToList();
        var expected = ids.Where(i => i!.StartsWith(prefix, StringComparison.Ordinal) || i == ids[^1]).ToList();
        Assert.That(expected, Has.Count.InRange(2, 7), "the glob picks some tasks, not all");
        Assert.That(judged, Is.EqualTo(expected));
    }

    [TestCase("--models", "nobody", "has no model \"nobody\". Its models: reference, decoy")]
    [TestCase("--tasks", "zzz_*", "\"zzz_*\" matches no task of suite qwen-coding-v1")]
    [TestCase("--limit", "0", "--limit 0: use 1 or more")]
    public void ABadSelectionIsAnInputErrorBeforeAnythingRuns(string option, string value, string message)
    {
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        var config = dir.File("eval.config.json", $$"""{ "suite": "suite", "models": {{Models}} }""");
        var output = Path.Combine(dir.Path, "runs");
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", output, option, value);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(err, Does.Contain(message));
        Assert.That(Directory.Exists(output), Is.False, "no run folder for a bad command line");
    }
}
