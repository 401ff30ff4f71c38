using System.Text.Json;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Runs;
using QwenEval.Tasks;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>How run folders are resumed, extended and refused, by the run's and each model's identity.</summary>
public sealed class RunIdentityTests
{
    private static readonly string Tiny = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");

    private static RunManifest Manifest(TempDir dir, string models, string extra = "")
    {
        if (!Directory.Exists(Path.Combine(dir.Path, "suite"))) SmallRun.Suite(dir, 2);
        var config = ConfigLoader.Load(dir.File("eval.config.json", $$"""{ "suite": "suite", "models": {{models}} {{extra}} }"""), ModelKinds.All);
        return RunManifest.Create(config, SuiteSet.Load(config.Suites), "bubblewrap", "test");
    }

    private static string Thinking(int budget) =>
        $$"""[ { "name": "t", "kind": "onnx", "path": "{{Tiny}}", "enable_thinking": true, "thinking_budget": {{budget}} } ]""";

    [Test]
    public void AChangedThinkingBudgetIsRefusedNamingTheField()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "runs");
        string firstPath;
        using (var first = RunFolder.OpenOrCreate(output, Manifest(dir, Thinking(100)))) firstPath = first.Path;
        var e = Assert.Throws<UserInputException>(() => RunFolder.OpenOrCreate(output, Manifest(dir, Thinking(200))))!;
        Assert.That(e.Message, Does.Contain("model 't': $.models[].thinking_budget: 100 → 200 changed").And.Contain("--new"));
        using var fresh = RunFolder.OpenOrCreate(output, Manifest(dir, Thinking(200)), fresh: true);
        Assert.That(fresh.Path, Is.Not.EqualTo(firstPath), "--new starts a folder beside it");
    }

    [Test]
    public void AddingAModelOrDrawsKeepsTheFolderAndItsModels()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "runs");
        string firstPath;
        using (var first = RunFolder.OpenOrCreate(output, Manifest(dir, """[ { "name": "reference", "kind": "reference" } ]"""))) firstPath = first.Path;
        using var second = RunFolder.OpenOrCreate(output, Manifest(dir, """[ { "name": "decoy", "kind": "decoy" } ]""", """, "samples_per_task": 3, "memory_budgets_gb": [16]"""));
        Assert.That(second.Path, Is.EqualTo(firstPath));
        Assert.That(second.Manifest.Models.Select(m => m.Name), Is.EqualTo(new[] { "reference", "decoy" }));
        var written = JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(Path.Combine(firstPath, RunManifest.FileName)), RunFolder.Pretty)!;
        Assert.That(written.Models.Select(m => m.Name), Is.EqualTo(new[] { "reference", "decoy" }), "run.json records the model that joined");
    }

    [Test]
    public void RunSettingsNameTheFolderAndChangedOnesStartAnother()
    {
        using var dir = new TempDir();
        var a = Manifest(dir, """[ { "name": "reference", "kind": "reference" } ]""");
        var b = Manifest(dir, """[ { "name": "reference", "kind": "reference" } ]""", """, "timeouts": { "test_floor_seconds": 3 }""");
        var c = Manifest(dir, """[ { "name": "x", "kind": "decoy" } ]""", """, "output": "elsewhere", "max_new_tokens": 9""");
        Assert.That(a.RunId, Is.Not.EqualTo(b.RunId), "timeouts judge every model: another run");
        Assert.That(a.RunId, Is.EqualTo(c.RunId), "models, output and generation settings are not the run's identity");
        Assert.That(a.RunId, Does.StartWith("eval.config-"));
    }

    [Test]
    public void AddingAModelToAFinishedRunGeneratesOnlyThatModel()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var run = SmallRun.Run(dir, 2, """[ { "name": "reference", "kind": "reference" } ]""");
        var before = File.ReadAllLines(Path.Combine(run, "samples.jsonl"));
        var again = SmallRun.Run(dir, 2, """[ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ]""");
        Assert.That(again, Is.EqualTo(run));
        var after = File.ReadAllLines(Path.Combine(run, "samples.jsonl"));
        Assert.That(after.Take(before.Length), Is.EqualTo(before), "the reference's samples are untouched");
        Assert.That(after.Skip(before.Length).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("model").GetString()),
            Is.EqualTo(new[] { "decoy", "decoy" }), "only the new model was generated");
    }
}
