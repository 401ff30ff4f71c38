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

    /// <summary>Complete lines so far (a line being written has no newline yet).</summary>
    private static int LineCount(string file)
    {
        try
        {
            return File.Exists(file) ? File.ReadAllBytes(file).Count(b => b == (byte)'\n') : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>
    /// At least 30 SIGKILLs at random moments (model generation in the worker, judging, report writing, start-up),
    /// each followed by a resume, leave samples, timings, measurements and results complete, without duplicates,
    /// and equal to an uninterrupted run's.
    /// </summary>
    [Test]
    [Category("Slow")]
    public void SigkillAtRandomPointsThenResumeLosesAndDuplicatesNothing()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 4);
        var tiny = Path.Combine(TestPaths.Root, "models", "tiny-qwen2").Replace("\\", "/");
        var config = dir.File("eval.config.json", $$"""
            { "suite": "suite", "samples_per_task": 2, "max_new_tokens": 8,
              "models": [ { "name": "reference", "kind": "reference" }, { "name": "tiny", "kind": "onnx", "path": "{{tiny}}" }, { "name": "decoy", "kind": "decoy" } ] }
            """);
        var output = Path.Combine(dir.Path, "runs");

        // An uninterrupted run elsewhere is the yardstick for what the records must be.
        var cleanOutput = Path.Combine(dir.Path, "clean");
        var (cleanExit, _, cleanErr) = Cli.Run("run", "--config", config, "--output", cleanOutput);
        Assert.That(cleanExit, Is.EqualTo(0), cleanErr);
        var clean = Directory.GetDirectories(cleanOutput).Single();
        const int total = 24; // 4 tasks × 2 draws × 3 models

        var rng = new Random(20261123);
        var kills = new List<string>();
        var window = 3000.0;
        (int Samples, int Results) Counts()
        {
            var folder = Directory.Exists(output) ? Directory.GetDirectories(output).SingleOrDefault() : null;
            return folder is null ? (0, 0) : (LineCount(Path.Combine(folder, "samples.jsonl")), LineCount(Path.Combine(folder, "results.jsonl")));
        }
        for (var attempt = 0; kills.Count < 32 && attempt < 120; attempt++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (samples, results) = Counts();
            using var p = QwenevalProcess.Start("run", "--config", config, "--output", output);
            if (samples < total || results < total)
            {
                // While records are missing: let one or two more be written, then kill a moment later, so every attempt
                // makes progress and the kills fall across generation (worker and pseudo-models) and judging.
                var wantSamples = samples + rng.Next(1, 3);
                var wantResults = results + rng.Next(1, 3);
                while (!p.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120) && Counts() is var now && now.Samples < wantSamples && now.Results < wantResults)
                    Thread.Sleep(10);
                Thread.Sleep(rng.Next(0, 150));
            }
            else
            {
                // Complete: a kill can only land in start-up, the resume checks or report writing.
                p.WaitForExit(rng.Next(50, (int)window));
            }
            if (p.HasExited)
            {
                window = Math.Max(300, clock.ElapsedMilliseconds * 0.9);
                continue;
            }
            var at = Counts();
            p.Kill(entireProcessTree: false); // SIGKILL to the harness alone, as an OOM killer or a CI timeout would.
            p.WaitForExit();
            kills.Add(at.Samples < total ? "generating" : at.Results < total ? "judging" : "reports or start-up");
        }
        using (var final = QwenevalProcess.StartCapturing("run", "--config", config, "--output", output))
            Assert.That(final.Exit(), Is.EqualTo(0), final.Output);
        TestContext.Out.WriteLine($"killed {kills.Count} times: {string.Join(", ", kills.GroupBy(k => k).Select(g => $"{g.Count()} {g.Key}"))}");
        Assert.That(kills, Has.Count.GreaterThanOrEqualTo(30));
        Assert.That(kills, Does.Contain("generating").And.Contain("reports or start-up"), "kills landed before and after the records were complete");

        var run = Directory.GetDirectories(output).Single();
        var expected = Keys(Path.Combine(clean, "samples.jsonl")).Order().ToList();
        Assert.That(expected, Has.Count.EqualTo(total));
        foreach (var file in new[] { "samples.jsonl", "results.jsonl" })
        {
            var keys = Keys(Path.Combine(run, file));
            Assert.That(keys, Is.Unique, $"{file}: no duplicates");
            Assert.That(keys.Order().ToList(), Is.EqualTo(expected), $"{file}: no gaps");
        }
        Assert.That(File.ReadAllText(Path.Combine(run, "samples.jsonl")), Is.EqualTo(File.ReadAllText(Path.Combine(clean, "samples.jsonl"))),
            "the resumed run wrote the same samples, byte for byte, as the uninterrupted one");
        var timings = Keys(Path.Combine(run, "timings.jsonl"));
        Assert.That(timings, Is.Unique, "timings.jsonl: no duplicates");
        Assert.That(timings.Order().ToList(), Is.EqualTo(Keys(Path.Combine(clean, "timings.jsonl")).Order().ToList()), "timings.jsonl: every generated sample, once");
        var measured = File.ReadAllLines(Path.Combine(run, "measurements.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(m => m.GetProperty("model").GetString() == "tiny" && m.GetProperty("phase").GetString() is "finished" or "remeasured" &&
                        m.GetProperty("peak_rss_bytes").ValueKind == JsonValueKind.Number)
            .ToList();
        Assert.That(measured, Is.Not.Empty, "the onnx model's peak memory was measured over a whole session");
        string[] PassAt1(string folder) => File.ReadAllLines(Path.Combine(folder, "metrics.csv"))[1..].Select(l => string.Join(',', l.Split(',')[..3])).ToArray();
        Assert.That(PassAt1(run), Is.EqualTo(PassAt1(clean)));
        Assert.That(File.ReadAllText(Path.Combine(run, "metrics.csv")), Does.Not.Contain("incomplete").And.Not.Contain("measurement lost"));
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
