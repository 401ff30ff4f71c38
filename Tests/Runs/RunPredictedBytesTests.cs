using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core.Config;
using QwenEval.Engine.Footprint;
using QwenEval.Runs;
using QwenEval.Tasks;
using QwenEval.Tests.Support;
using QwenEval.Prompting;

namespace QwenEval.Tests.Runs;

/// <summary>A run records each ONNX model's predicted footprint in run.json, and metrics.csv reports it.</summary>
public class RunPredictedBytesTests
{
    [Test]
    public void RunManifestRecordsThePredictionForOnnxModels()
    {
        using var dir = new TempDir();
        var suite = SuiteLoader.Load(SmallRun.Suite(dir, 3));
        var model = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        var file = dir.File("eval.config.json", $$"""
            { "suite": "suite", "max_new_tokens": 100,
              "models": [ { "name": "reference", "kind": "reference" }, { "name": "tiny", "kind": "onnx", "path": "{{model}}" } ] }
            """);
        var config = ConfigLoader.Load(file, ModelKinds.All);

        var manifest = RunManifest.Create(config, suite, "bubblewrap", "test");

        Assert.That(manifest.Models[0].PredictedBytes, Is.Null);
        var longest = FolderFootprint.LongestPrompt(model, suite.Tasks.Select(PromptBuilder.Build), enableThinking: false);
        Assert.That(longest, Is.InRange(100, 4000), "the prompt is the chat around a task's signature and docstring");
        var expected = FootprintPredictor.ForFolder(model, longest, 100);
        Assert.That(manifest.Models[1].PredictedBytes, Is.EqualTo(expected.TotalBytes));
        // The synthetic tokenizer's small vocabulary needs many tokens; the context length (2048) caps them.
        Assert.That(expected.Tokens, Is.EqualTo(Math.Min(longest + 100, 2048)));
    }

    [Test]
    public void MetricsCsvReportsPredictedBytesFromRunJson()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var run = SmallRun.Run(dir, 1, models: """[ { "name": "reference", "kind": "reference" } ]""");
        var path = Path.Combine(run, RunManifest.FileName);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.That(json["models"]![0]!.AsObject().ContainsKey("predicted_bytes"), "run.json carries the field");
        json["models"]![0]!["predicted_bytes"] = 123_456_789;
        File.WriteAllText(path, json.ToJsonString());

        var (exit, _, err) = Cli.Run("report", run);
        Assert.That(exit, Is.EqualTo(0), err);
        var lines = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Select(l => l.Split(',')).ToList();
        var column = Array.IndexOf(lines[0], "predicted_bytes");
        Assert.That(lines[1][column], Is.EqualTo("123456789"));
    }
}
