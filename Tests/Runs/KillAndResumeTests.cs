using System.Text.Json;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>A run killed with SIGKILL at any moment and rerun resumes with no sample lost and none duplicated.</summary>
public sealed class KillAndResumeTests
{
    private static List<(string Model, string Task, int Index)> Keys(string file) =>
        File.Exists(file)
            ? File.ReadAllLines(file).Select(l =>
            {
                using var d = JsonDocument.Parse(l);
                var r = d.RootElement;
                return (r.GetProperty("model").GetString()!, r.GetProperty("task_id").GetString()!, r.GetProperty("sample_index").GetInt32());
            }).ToList()
            : [];

    [Test]
    [Category("Slow")]
    public void SigkillAtRandomPointsThenResumeLosesAndDuplicatesNothing()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 6);
        var config = dir.File("eval.config.json", """
            { "suite": "suite", "samples_per_task": 2, "models": [ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ] }
            """);
        var output = Path.Combine(dir.Path, "runs");

        // An uninterrupted run elsewhere is the yardstick for what the samples must be.
        var cleanOutput = Path.Combine(dir.Path, "clean");
        Assert.That(Cli.Run("run", "--config", config, "--output", cleanOutput).Exit, Is.EqualTo(0));
        var clean = Directory.GetDirectories(cleanOutput).Single();

        var rng = new Random(20261123);
        var kills = 0;
        for (var attempt = 0; attempt < 12; attempt++)
        {
            using var p = QwenevalProcess.Start("run", "--config", config, "--output", output);
            Thread.Sleep(rng.Next(150, 3500));
            if (p.HasExited) break;
            p.Kill(entireProcessTree: false); // SIGKILL to the harness alone, as an OOM killer or a CI timeout would.
            p.WaitForExit();
            kills++;
        }
        using (var final = QwenevalProcess.Start("run", "--config", config, "--output", output))
        {
            Assert.That(final.WaitForExit(180_000), Is.True);
            Assert.That(final.ExitCode, Is.EqualTo(0));
        }
        TestContext.Out.WriteLine($"killed {kills} times");
        Assert.That(kills, Is.GreaterThan(0), "at least one kill landed mid-run");

        var run = Directory.GetDirectories(output).Single();
        var expected = Keys(Path.Combine(clean, "samples.jsonl")).Order().ToList();
        Assert.That(expected, Has.Count.EqualTo(24));
        foreach (var file in new[] { "samples.jsonl", "results.jsonl" })
        {
            var keys = Keys(Path.Combine(run, file));
            Assert.That(keys, Is.Unique, $"{file}: no duplicates");
            Assert.That(keys.Order().ToList(), Is.EqualTo(expected), $"{file}: no gaps");
        }
        Assert.That(File.ReadAllText(Path.Combine(run, "samples.jsonl")), Is.EqualTo(File.ReadAllText(Path.Combine(clean, "samples.jsonl"))),
            "the resumed run wrote the same samples, byte for byte, as the uninterrupted one");
        Assert.That(File.ReadAllLines(Path.Combine(run, "metrics.csv"))[1..].Select(l => l.Split(',')[2]), Is.EqualTo(new[] { "1.0000", "0.0000" }));
    }

    [Test]
    public void TwoRunsWriteByteIdenticalSamples()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 3);
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ] }""");
        Assert.That(Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, "a")).Exit, Is.EqualTo(0));
        Assert.That(Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, "b")).Exit, Is.EqualTo(0));
        var a = Directory.GetDirectories(Path.Combine(dir.Path, "a")).Single();
        var b = Directory.GetDirectories(Path.Combine(dir.Path, "b")).Single();
        Assert.That(File.ReadAllBytes(Path.Combine(a, "samples.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(b, "samples.jsonl"))));
    }
}
