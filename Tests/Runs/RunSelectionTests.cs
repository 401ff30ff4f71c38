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
        Assert.That(summary, Does.Not.Contain("INCOMPLETE"), "what the selection left out is said once, by the PARTIAL note");
        Assert.That(stdout, Does.Not.Contain("INCOMPLETE"));
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

    /// <summary>--limit takes the first N tasks of each suite and --tasks names agentic tasks too; the plan counts the episodes left.</summary>
    [Test]
    public void LimitAndTasksSelectAgenticTasksAndThePartialNoteCountsThem()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        SmallRun.AgenticSuite(dir, ["a_bom_part_lookup", "a_cache_statistics", "c_recur_exdate"]);
        var config = dir.File("eval.config.json", """
            { "suites": ["suite", "agentic"], "agentic": { "max_turns": 8 },
              "models": [ { "name": "reference", "kind": "reference" }, { "name": "reference_agent", "kind": "reference_agent" } ] }
            """);
        var output = Path.Combine(dir.Path, "runs");
        List<string> Judged(string model) => File.ReadAllLines(Path.Combine(Directory.GetDirectories(output).Single(), "results.jsonl"))
            .Select(l => JsonNode.Parse(l)!).Where(r => (string)r["model"]! == model).Select(r => (string)r["task_id"]!).ToList();

        var (exit, stdout, err) = Cli.Run("run", "--config", config, "--output", output, "--limit", "1");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(stdout, Does.Contain("this invocation: 1 of 2 tasks, 1 of 3 agentic tasks; models reference, reference_agent"));
        Assert.That(Judged("reference_agent"), Is.EqualTo(new[] { "a_bom_part_lookup" }), "the first agentic task only");
        Assert.That(Judged("reference"), Has.Count.EqualTo(1));
        var run = Directory.GetDirectories(output).Single();
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")),
            Does.Contain("PARTIAL RUN: samples judged: reference 1/2; agentic episodes judged: reference_agent 1/3."));

        (exit, _, err) = Cli.Run("run", "--config", config, "--output", output, "--tasks", "c_*");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(Judged("reference_agent"), Is.EqualTo(new[] { "a_bom_part_lookup", "c_recur_exdate" }), "an agentic task named by glob");
        Assert.That(Judged("reference"), Has.Count.EqualTo(1), "no function task matches c_*");
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Contain("agentic episodes judged: reference_agent 2/3."));

        (exit, stdout, err) = Cli.Run("run", "--config", config, "--output", output);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(Judged("reference_agent"), Has.Count.EqualTo(3).And.Unique);
        Assert.That(Judged("reference"), Has.Count.EqualTo(2).And.Unique);
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Not.Contain("PARTIAL"));
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
