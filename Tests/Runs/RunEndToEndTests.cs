using System.Text.Json;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>`qweneval run` for real: suite on disk, sandboxed tests, run folder, reports, and resume.</summary>
public sealed class RunEndToEndTests
{
    [Test]
    public void ReferenceScoresFullDecoyScoresZeroAndRerunResumes()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 3);
        var config = dir.File("eval.config.json", """
            { "suite": "suite", "models": [ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ] }
            """);
        var output = Path.Combine(dir.Path, "runs");

        var (exit, stdout, err) = Cli.Run("run", "--config", config, "--output", output);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        var run = Directory.GetDirectories(output).Single();
        foreach (var f in new[] { "run.json", "samples.jsonl", "results.jsonl", "metrics.csv", "summary.md", "pass_vs_memory.png", "pass_vs_memory.svg" })
            Assert.That(File.Exists(Path.Combine(run, f)), f);

        var metrics = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Select(l => l.Split(',')).ToList();
        var col = metrics[0].Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        Assert.That(metrics[0][..3], Is.EqualTo(new[] { "model", "kind", "pass@1" }));
        Assert.That(new[] { metrics[1][0], metrics[1][col["pass@1"]], metrics[1][col["n_tasks"]], metrics[1][col["n_samples"]] },
            Is.EqualTo(new[] { "reference", "1.0000", "3", "3" }));
        Assert.That(new[] { metrics[2][0], metrics[2][col["pass@1"]], metrics[2][col["n_tasks"]] }, Is.EqualTo(new[] { "decoy", "0.0000", "3" }));
        Assert.That(File.ReadAllBytes(Path.Combine(run, "pass_vs_memory.png")).Take(4), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));

        var results = File.ReadAllLines(Path.Combine(run, "results.jsonl"));
        Assert.That(results, Has.Length.EqualTo(6));
        using (var first = JsonDocument.Parse(results[0]))
            Assert.That(first.RootElement.GetProperty("status").GetString(), Is.AnyOf("pass", "fail", "error", "timeout"));

        // A rerun of the same command resumes: nothing generated or judged twice.
        var samplesBefore = File.ReadAllText(Path.Combine(run, "samples.jsonl"));
        (exit, stdout, err) = Cli.Run("run", "--config", config, "--output", output);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(stdout, Does.Contain("3 already judged, 0 to generate"));
        Assert.That(File.ReadAllText(Path.Combine(run, "samples.jsonl")), Is.EqualTo(samplesBefore));
        Assert.That(File.ReadAllLines(Path.Combine(run, "results.jsonl")), Has.Length.EqualTo(6));
    }

    [Test]
    public void TornLastLineIsDroppedAndRedone()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "reference", "kind": "reference" } ] }""");
        var output = Path.Combine(dir.Path, "runs");
        Assert.That(Cli.Run("run", "--config", config, "--output", output).Exit, Is.EqualTo(0));
        var run = Directory.GetDirectories(output).Single();
        var results = Path.Combine(run, "results.jsonl");
        var lines = File.ReadAllLines(results);
        // Simulate a kill mid-write: the last record is half there.
        File.WriteAllText(results, lines[0] + "\n" + lines[1][..(lines[1].Length / 2)]);
        Assert.That(Cli.Run("run", "--config", config, "--output", output).Exit, Is.EqualTo(0));
        var after = File.ReadAllLines(results);
        Assert.That(after, Has.Length.EqualTo(2));
        Assert.That(after.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("task_id").GetString()).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void ChangedSuiteRefusesToMix()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SmallRun.Suite(dir, 1);
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "reference", "kind": "reference" } ] }""");
        var output = Path.Combine(dir.Path, "runs");
        Assert.That(Cli.Run("run", "--config", config, "--output", output).Exit, Is.EqualTo(0));
        var tests = Directory.GetFiles(Path.Combine(suite, "tasks"), "tests.py", SearchOption.AllDirectories).Single();
        File.AppendAllText(tests, "\n# edited\n");
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", output);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(err, Does.Contain("suite 'qwen-coding-v1' changed").And.Contain("Pass --new"));

        // --new starts a second folder beside the first; a plain rerun then resumes that newest one.
        Assert.That(Cli.Run("run", "--config", config, "--output", output, "--new").Exit, Is.EqualTo(ExitCodes.Ok));
        var folders = Directory.GetDirectories(output).Select(Path.GetFileName).Order().ToList();
        Assert.That(folders, Has.Count.EqualTo(2));
        Assert.That(folders[1], Is.EqualTo(folders[0] + "-2"));
        var (again, stdout, _) = Cli.Run("run", "--config", config, "--output", output);
        Assert.That(again, Is.EqualTo(ExitCodes.Ok));
        Assert.That(stdout, Does.Contain(folders[1]).And.Contain("0 to generate"));
    }
}
