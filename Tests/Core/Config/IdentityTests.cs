using NUnit.Framework;
using QwenEval.Backends;
using QwenEval.Core.Config;
using QwenEval.Runs;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Core.Config;

/// <summary>
/// Every config field belongs to exactly one identity, read off the typed config: a new field fails here until it
/// says which (and a field that can change nothing says why), so the run identity cannot drift from the config.
/// </summary>
public sealed class IdentityTests
{
    /// <summary>The one table a reviewer reads: field → identity.</summary>
    private static readonly Dictionary<string, IdentityScope> Expected = new()
    {
        ["$.source_file"] = IdentityScope.None,
        ["$.suites"] = IdentityScope.Run,
        ["$.output"] = IdentityScope.None,
        ["$.samples_per_task"] = IdentityScope.None,
        ["$.decoding.mode"] = IdentityScope.Model,
        ["$.decoding.temperature"] = IdentityScope.Model,
        ["$.decoding.top_p"] = IdentityScope.Model,
        ["$.decoding.top_k"] = IdentityScope.Model,
        ["$.decoding.seed"] = IdentityScope.Model,
        ["$.decoding.stop"] = IdentityScope.Model,
        ["$.max_new_tokens"] = IdentityScope.Model,
        ["$.timeouts.test_floor_seconds"] = IdentityScope.Run,
        ["$.timeouts.test_multiplier"] = IdentityScope.Run,
        ["$.timeouts.generation_seconds"] = IdentityScope.Model,
        ["$.timeouts.calibrate"] = IdentityScope.Run,
        ["$.retry.attempts"] = IdentityScope.None,
        ["$.retry.initial_delay_seconds"] = IdentityScope.None,
        ["$.retry.max_delay_seconds"] = IdentityScope.None,
        ["$.agentic.max_turns"] = IdentityScope.Model,
        ["$.agentic.max_tokens"] = IdentityScope.Model,
        ["$.agentic.wall_seconds"] = IdentityScope.Model,
        ["$.memory_budgets_gb"] = IdentityScope.None,
        ["$.models"] = IdentityScope.None,
        ["$.models[].name"] = IdentityScope.None,
        ["$.models[].kind"] = IdentityScope.Model,
        ["$.models[].enable_thinking"] = IdentityScope.Model,
        ["$.models[].thinking_budget"] = IdentityScope.Model,
        ["$.models[](onnx).path"] = IdentityScope.None,
        ["$.models[](onnx).threads"] = IdentityScope.None,
        ["$.models[](onnx).reuse_turns"] = IdentityScope.Model,
        ["$.models[](genai).path"] = IdentityScope.None,
        ["$.models[](genai).provider"] = IdentityScope.Model,
        ["$.models[](genai).threads"] = IdentityScope.None,
        ["$.models[](openai).endpoint"] = IdentityScope.Model,
        ["$.models[](openai).model"] = IdentityScope.Model,
        ["$.models[](openai).api_key_env"] = IdentityScope.None,
        ["$.models[](openai).server_pid"] = IdentityScope.None,
        ["$.models[](openai).server_process"] = IdentityScope.None,
        ["$.models[](openai).concurrency"] = IdentityScope.None,
    };

    private static IEnumerable<(string Path, IdentityScope Scope, string? Why)> AllFields() =>
        ConfigIdentity.Fields(typeof(EvalConfig))
            .Concat(ConfigIdentity.Fields(typeof(ModelConfig), "$.models[]"))
            .Concat(BackendKinds.All.SelectMany(k => ConfigIdentity.Fields(k.SettingsType, $"$.models[]({k.Name})")));

    [Test]
    public void EveryConfigFieldHasTheIdentityTheTableGivesIt()
    {
        var actual = AllFields().ToDictionary(f => f.Path, f => f.Scope);
        Assert.That(actual, Is.EquivalentTo(Expected), "a config field was added, removed or moved between identities: update the table and the README");
    }

    [Test]
    public void FieldsOutsideEveryIdentitySayWhy()
    {
        foreach (var (path, _, why) in AllFields().Where(f => f.Scope == IdentityScope.None))
            Assert.That(why, Is.Not.Null.And.Not.Empty, $"{path} is in no identity and must say why");
    }

    [Test]
    public void ModelIdentityHoldsEveryModelScopedFieldAndNothingElse()
    {
        using var dir = new TempDir();
        SmallRun.Suite(dir, 1);
        var model = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        var config = ConfigLoader.Load(dir.File("c.json", $$"""
            { "suite": "suite", "max_new_tokens": 77, "decoding": { "mode": "sample", "temperature": 0.5, "stop": ["x"] },
              "models": [ { "name": "m", "kind": "onnx", "path": "{{model}}", "threads": 1, "enable_thinking": true, "thinking_budget": 100 } ] }
            """), ModelKinds.All);
        var identity = ConfigIdentity.ForModel(config, config.Models[0]).ToJsonString();
        Assert.That(identity, Does.Contain("\"max_new_tokens\":77").And.Contain("\"temperature\":0.5").And.Contain("\"thinking_budget\":100")
            .And.Contain("\"generation_seconds\":600").And.Contain("\"kind\":\"onnx\"").And.Contain("\"stop\":[\"x\"]"));
        Assert.That(identity, Does.Contain("\"models[]\":{\"kind\":\"onnx\",\"enable_thinking\":true,\"thinking_budget\":100,\"reuse_turns\":true}"));
        Assert.That(identity, Does.Not.Contain("threads").And.Not.Contain("tiny-qwen35").And.Not.Contain("test_floor").And.Not.Contain("\"name\""));
        var run = ConfigIdentity.ForRun(config).ToJsonString();
        Assert.That(run, Is.EqualTo("""{"suites":["suite"],"timeouts":{"test_floor_seconds":2,"test_multiplier":4,"calibrate":true}}"""));
    }
}
