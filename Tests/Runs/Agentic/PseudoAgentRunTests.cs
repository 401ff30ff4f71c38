using System.Globalization;
using System.Text.Json;
using NUnit.Framework;
using QwenEval.Tests.Support;
using QwenEval.Tests.Tasks;

namespace QwenEval.Tests.Runs.Agentic;

/// <summary>
/// A real run of both suite kinds with the function-level and agentic pseudo-models: the reference agent resolves
/// every task with edits only, the rewriter none with rewrites only, the malformed agent none with every call
/// malformed, the behaviour table tells them apart, each pseudo-model gets only its own kind of task, and a rerun
/// resumes (an unjudged episode is judged from its recorded diff, nothing is run twice).
/// </summary>
public sealed class PseudoAgentRunTests
{
    private static readonly string[] Tasks = ["a_bom_part_lookup", "a_cache_statistics", "c_flagkit_rule_registry", "c_ledger_csv_output", "c_recur_exdate"];

    private static Dictionary<string, string> Row(string csv, string model)
    {
        var lines = File.ReadAllLines(csv);
        var head = lines[0].Split(',');
        var row = lines.Skip(1).Select(l => l.Split(',')).Single(r => r[0] == model);
        return head.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Test]
    public void PseudoAgentsAreToldApartByResolvedRateAndBehaviour()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        SmallRun.AgenticSuite(dir, Tasks);
        var config = dir.File("eval.config.json", """
            { "suites": ["suite", "agentic"], "agentic": { "max_turns": 8 },
              "models": [ { "name": "reference", "kind": "reference" },
                          { "name": "reference_agent", "kind": "reference_agent" }, { "name": "rewriter_agent", "kind": "rewriter_agent" },
                          { "name": "malformed_agent", "kind": "malformed_agent" } ] }
            """);
        var output = Path.Combine(dir.Path, "runs");
        var (exit, stdout, err) = Cli.Run("run", "--config", config, "--output", output);
        Assert.That(exit, Is.EqualTo(0), err);
        var run = Directory.GetDirectories(output).Single();

        var reference = Row(Path.Combine(run, "agentic.csv"), "reference_agent");
        var rewriter = Row(Path.Combine(run, "agentic.csv"), "rewriter_agent");
        var malformed = Row(Path.Combine(run, "agentic.csv"), "malformed_agent");
        Assert.Multiple(() =>
        {
            Assert.That(D(reference["resolved"]), Is.EqualTo(1.0));
            Assert.That(D(reference["rewrites_per_episode"]), Is.EqualTo(0));
            Assert.That(D(reference["edits_per_episode"]), Is.GreaterThan(0));
            Assert.That(D(reference["tested_before_submit_share"]), Is.EqualTo(1.0));
            Assert.That(D(reference["malformed_per_episode"]), Is.EqualTo(0));
            Assert.That(D(rewriter["resolved"]), Is.EqualTo(0.0));
            Assert.That(D(rewriter["rewrite_share"]), Is.EqualTo(1.0), "every change of the rewriter is a whole-file rewrite");
            Assert.That(D(rewriter["edits_per_episode"]), Is.EqualTo(0));
            Assert.That(D(malformed["resolved"]), Is.EqualTo(0.0));
            Assert.That(D(malformed["malformed_per_episode"]), Is.EqualTo(D(malformed["tool_calls_per_episode"])).And.GreaterThan(0), "every call is malformed");
            Assert.That(D(malformed["unparseable_per_episode"]) * D(malformed["unknown_tool_per_episode"]) * D(malformed["bad_arguments_per_episode"]), Is.GreaterThan(0));
            Assert.That(malformed["rewrite_share"], Is.Empty, "it changed nothing");
        });

        // Each pseudo-model takes only its own kind of task.
        var results = File.ReadAllLines(Path.Combine(run, "results.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string ModelOf(JsonElement r) => r.GetProperty("model").GetString()!;
        Assert.That(results.Where(r => ModelOf(r) == "reference").Select(r => r.GetProperty("task_id").GetString()), Has.None.StartWith("a_").And.None.StartWith("c_"));
        Assert.That(results.Where(r => ModelOf(r).EndsWith("_agent")).Select(r => r.GetProperty("task_id").GetString()).Distinct(), Is.EquivalentTo(Tasks));
        Assert.That(results, Has.Count.EqualTo(2 + 3 * Tasks.Length));
        Assert.That(File.ReadAllLines(Path.Combine(run, "metrics.csv")).Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "reference" }));

        var summary = File.ReadAllText(Path.Combine(run, "summary.md"));
        Assert.That(summary, Does.Contain("## Agentic tasks").And.Contain("How the agents worked").And.Contain("| reference_agent | 100.0% |"));
        Assert.That(File.Exists(Path.Combine(run, "resolved_vs_memory.svg")));
        // Pseudo-agents have no weights: listed under the chart as such, never as a missing measurement.
        Assert.That(File.ReadAllText(Path.Combine(run, "resolved_vs_memory.svg")), Does.Contain("pseudo-model: no weights").And.Not.Contain("no measured peak"));
        var html = File.ReadAllText(Path.Combine(run, "report.html"));
        Assert.That(html, Does.Contain("id=\"qe-agentic-data\"").And.Contain("edit_file"));
        Assert.That(html, Does.Not.Contain("<tool_call>"), "model text is data, escaped inside the JSON");
        Assert.That(stdout, Does.Contain("reference_agent").And.Contain("resolved  100.0%"));

        // Resume: an episode without its verdict is judged from its recorded diff; nothing else runs again.
        var resultsFile = Path.Combine(run, "results.jsonl");
        var lines = File.ReadAllLines(resultsFile).ToList();
        var dropped = lines.FindLastIndex(l => l.Contains("\"model\":\"reference_agent\""));
        var droppedLine = lines[dropped];
        lines.RemoveAt(dropped);
        File.WriteAllLines(resultsFile, lines);
        var episodesBefore = File.ReadAllLines(Path.Combine(run, "episodes.jsonl")).Length;
        Assert.That(Cli.Run("run", "--config", config, "--output", output).Exit, Is.EqualTo(0));
        Assert.That(File.ReadAllLines(Path.Combine(run, "episodes.jsonl")), Has.Length.EqualTo(episodesBefore));
        var again = File.ReadAllLines(resultsFile);
        Assert.That(again, Has.Length.EqualTo(lines.Count + 1));
        Assert.That(JsonDocument.Parse(again[^1]).RootElement.GetProperty("status").GetString(), Is.EqualTo("pass"));
        Assert.That(JsonDocument.Parse(again[^1]).RootElement.GetProperty("task_id").GetString(),
            Is.EqualTo(JsonDocument.Parse(droppedLine).RootElement.GetProperty("task_id").GetString()));
    }
}
