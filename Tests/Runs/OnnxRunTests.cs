using System.Text.Json;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>The project's own tiny ONNX models through the whole pipeline: worker, engine, tokenizer, template, sandbox, reports.</summary>
public sealed class OnnxRunTests
{
    private static string Models(string decoding = "") => $$"""
        [ { "name": "tiny-qwen2", "kind": "onnx", "path": "{{Path.Combine(TestPaths.Root, "models", "tiny-qwen2").Replace("\\", "/")}}" },
          { "name": "tiny-qwen35", "kind": "onnx", "path": "{{Path.Combine(TestPaths.Root, "models", "tiny-qwen35").Replace("\\", "/")}}" } ]
        """;

    [Test]
    public void TinyModelsRunThroughTheRealOnnxPath()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var run = SmallRun.Run(dir, 2, Models(), extra: ", \"max_new_tokens\": 48");
        var samples = File.ReadAllLines(Path.Combine(run, "samples.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(samples, Has.Count.EqualTo(4));
        foreach (var s in samples)
        {
            Assert.That(s.GetProperty("prompt_tokens").GetInt32(), Is.GreaterThan(50), "the chat template and tokenizer made a real prompt");
            Assert.That(s.GetProperty("generated_tokens").GetInt32(), Is.InRange(1, 48));
        }
        var metrics = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Select(l => l.Split(',')).ToList();
        var col = metrics[0].Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        foreach (var row in metrics.Skip(1))
        {
            Assert.That(double.Parse(row[col["decode_tokens_per_s"]], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0));
            Assert.That(long.Parse(row[col["disk_bytes"]]), Is.GreaterThan(500_000), "the model files are counted");
            Assert.That(long.Parse(row[col["peak_rss_bytes"]]), Is.GreaterThan(long.Parse(row[col["disk_bytes"]])));
        }
    }

    [Test]
    public void GreedyAndSeededSamplingRunsAreByteIdentical()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        foreach (var decoding in new[] { "\"mode\": \"greedy\"", "\"mode\": \"sample\", \"temperature\": 1.0, \"top_p\": 0.9, \"seed\": 7" })
        {
            var config = dir.File("c.config.json", $$"""{ "suite": "suite", "samples_per_task": 2, "max_new_tokens": 24, "decoding": { {{decoding}} }, "models": {{Models()}} }""");
            string RunInto(string name)
            {
                var output = Path.Combine(dir.Path, name);
                var (exit, _, err) = Cli.Run("run", "--config", config, "--output", output);
                Assert.That(exit, Is.EqualTo(0), err);
                return File.ReadAllText(Path.Combine(Directory.GetDirectories(output).Single(), "samples.jsonl"));
            }
            var a = RunInto($"a-{decoding.Length}");
            var b = RunInto($"b-{decoding.Length}");
            Assert.That(b, Is.EqualTo(a), decoding);
            if (decoding.Contains("sample"))
            {
                // Two draws of the same task differ: each has its own seed.
                var answers = a.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
                    .Where(e => e.GetProperty("model").GetString() == "tiny-qwen35")
                    .GroupBy(e => e.GetProperty("task_id").GetString())
                    .Select(g => g.Select(e => e.GetProperty("raw_answer").GetString()).Distinct().Count());
                Assert.That(answers, Has.Some.GreaterThan(1));
            }
        }
    }

    [Test]
    public void GenerateVerbPrintsIdsAndTextForATinyModel()
    {
        var (exit, stdout, err) = Cli.Run("generate", "--model", Path.Combine(TestPaths.Root, "models", "tiny-qwen35"), "--prompt", "def add(a, b):", "--max-length", "20", "--json");
        Assert.That(exit, Is.EqualTo(0), err);
        using var doc = JsonDocument.Parse(stdout.Trim().Split('\n').Last());
        Assert.That(doc.RootElement.GetProperty("ids").GetArrayLength(), Is.EqualTo(20));
        Assert.That(doc.RootElement.GetProperty("text").GetString(), Does.StartWith("def add(a, b):"));
    }

    [Test]
    public void GeneratedMoeFolderRunsThroughSynthGenerateAndRun()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var moe = Path.Combine(dir.Path, "tiny-moe");
        var (exit, _, err) = Cli.Run("models", "synth", "--arch", "qwen3_5_moe", "--int4", "--seed", "5", "--out", moe);
        Assert.That(exit, Is.EqualTo(0), err);

        (exit, var stdout, err) = Cli.Run("generate", "--model", moe, "--prompt", "print(", "--max-length", "16", "--json");
        Assert.That(exit, Is.EqualTo(0), err);
        using (var doc = JsonDocument.Parse(stdout.Trim().Split('\n').Last()))
            Assert.That(doc.RootElement.GetProperty("ids").GetArrayLength(), Is.EqualTo(16));

        var run = SmallRun.Run(dir, 1, $$"""[ { "name": "moe", "kind": "onnx", "path": "{{moe.Replace("\\", "/")}}" } ]""", extra: ", \"max_new_tokens\": 16");
        var sample = JsonDocument.Parse(File.ReadAllLines(Path.Combine(run, "samples.jsonl")).Single()).RootElement;
        Assert.That(sample.GetProperty("generated_tokens").GetInt32(), Is.InRange(1, 16));
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "run.json"))).RootElement;
        var model = manifest.GetProperty("models")[0];
        Assert.That(model.GetProperty("execution_provider").GetString(), Is.EqualTo("CPUExecutionProvider"));
        Assert.That(model.GetProperty("files").EnumerateObject().Select(p => p.Name), Does.Contain("model.onnx").And.Contain("genai_config.json"));
    }
}
