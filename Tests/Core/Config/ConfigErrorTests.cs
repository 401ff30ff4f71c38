using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;
using QwenEval.Core.Config;
using QwenEval.Runs;

namespace QwenEval.Tests.Core.Config;

/// <summary>Every kind of bad config gives exit 2, names the file and the field, says what to do, and prints no stack trace.</summary>
public sealed class ConfigErrorTests
{
    private static string Valid(string models = """[{ "name": "reference", "kind": "reference" }]""", string extra = "") =>
        $$"""{ "suite": "{{TestPaths.Suite.Replace("\\", "/")}}", "models": {{models}} {{extra}} }""";

    private static IEnumerable<TestCaseData> BadConfigs()
    {
        yield return new TestCaseData("{ \"suite\": ", "is not valid JSON").SetName("syntax error");
        yield return new TestCaseData(Valid(extra: ", \"sampels_per_task\": 2"), "$.sampels_per_task: is not a known field. Did you mean \"samples_per_task\"").SetName("unknown top-level field");
        yield return new TestCaseData(Valid(extra: ", \"samples_per_task\": \"3\""), "$.samples_per_task: is the string \"3\", expected a whole number").SetName("wrong type");
        yield return new TestCaseData(Valid(extra: ", \"samples_per_task\": 0"), "$.samples_per_task: is 0, out of range").SetName("out of range");
        yield return new TestCaseData($$"""{ "suite": "{{TestPaths.Suite.Replace("\\", "/")}}" }""", "$.models: is missing").SetName("missing models");
        yield return new TestCaseData(Valid(models: "[]"), "$.models: is empty").SetName("empty models");
        yield return new TestCaseData(Valid(models: """[{ "name": "m", "kind": "gguf" }]"""), "$.models[0].kind: is \"gguf\", not a model kind. Use one of: reference, decoy, reference_agent, rewriter_agent, malformed_agent, onnx, genai, openai").SetName("unknown model kind");
        yield return new TestCaseData(Valid(models: """[{ "name": "m", "kind": "onnx", "path": "no/such/folder" }]"""), "$.models[0].path: \"no/such/folder\" does not exist").SetName("missing model folder");
        yield return new TestCaseData(Valid(models: """[{ "name": "m", "kind": "onnx" }]"""), "$.models[0].path: is missing").SetName("onnx model without path");
        yield return new TestCaseData("""{ "suite": "no/such/suite", "models": [{ "name": "r", "kind": "reference" }] }""", "$.suite: \"no/such/suite\" does not exist").SetName("missing suite folder");
        yield return new TestCaseData(Valid(models: """[{ "name": "a", "kind": "reference" }, { "name": "a", "kind": "decoy" }]"""), "$.models: has two models named \"a\"").SetName("duplicate model names");
        yield return new TestCaseData(Valid(extra: ", \"decoding\": { \"mode\": \"beam\" }"), "$.decoding.mode: is \"beam\". Use \"greedy\" or \"sample\"").SetName("bad decoding mode");
        yield return new TestCaseData(Valid(extra: ", \"decoding\": { \"mode\": \"sample\", \"top_p\": 1.5 }"), "$.decoding.top_p: is 1.5, out of range").SetName("top_p out of range");
        yield return new TestCaseData(Valid(models: """[{ "name": "r", "kind": "reference", "temperature": 0.2 }]"""), "$.models[0].temperature: is not a known field").SetName("unknown model field");
        yield return new TestCaseData(Valid(models: """[{ "name": "a/b", "kind": "reference" }]"""), "$.models[0].name: is \"a/b\"").SetName("model name with slash");
        yield return new TestCaseData(Valid(extra: ", \"memory_budgets_gb\": [32, -1]"), "$.memory_budgets_gb[1]: is the number -1").SetName("negative memory budget");
        yield return new TestCaseData(Valid(extra: ", \"timeouts\": { \"test_seconds\": 5 }"), "$.timeouts.test_seconds: is not a known field").SetName("unknown timeout field");
        yield return new TestCaseData(Valid(models: """[{ "name": "r", "kind": "reference", "thinking_budget": 100 }]"""), "$.models[0].thinking_budget: is set but enable_thinking is false").SetName("thinking budget without thinking");
        yield return new TestCaseData(Valid(extra: ", \"decoding\": { \"stop\": [\"ok\", 3] }"), "$.decoding.stop[1]: is the number 3").SetName("stop string not a string");
        yield return new TestCaseData("[1, 2]", "$: is an array, expected an object").SetName("root not an object");
        yield return new TestCaseData(Valid(extra: ", \"suites\": [\"Tasks/suites/qwen-agentic-v1\"]"), "$.suites: is given together with \"suite\"").SetName("suite and suites");
        yield return new TestCaseData("""{ "suites": [], "models": [{ "name": "r", "kind": "reference" }] }""", "$.suites: is empty").SetName("empty suites");
        yield return new TestCaseData("""{ "suites": ["no/such/suite"], "models": [{ "name": "r", "kind": "reference" }] }""", "$.suites[0]: \"no/such/suite\" does not exist").SetName("missing suite in suites");
        yield return new TestCaseData($$"""{ "suites": ["{{TestPaths.Suite.Replace("\\", "/")}}", "{{TestPaths.Suite.Replace("\\", "/")}}"], "models": [{ "name": "r", "kind": "reference" }] }""", "twice. List each suite once").SetName("suite listed twice");
        yield return new TestCaseData(Valid(extra: ", \"agentic\": { \"max_turns\": 0 }"), "$.agentic.max_turns: is 0, out of range").SetName("agentic turn cap out of range");
        yield return new TestCaseData(Valid(extra: ", \"agentic\": { \"max_turn\": 5 }"), "$.agentic.max_turn: is not a known field. Did you mean \"max_turns\"").SetName("unknown agentic field");
        yield return new TestCaseData(Valid(models: """[{ "name": "r", "kind": "openai", "endpoint": "localhost:8080", "model": "x" }]"""), "$.models[0].endpoint: is \"localhost:8080\", not an http(s) URL").SetName("bad endpoint URL");
        yield return new TestCaseData(Valid(models: """[{ "name": "r", "kind": "openai", "endpoint": "http://127.0.0.1:8080/v1", "model": "x", "server_pid": 1, "server_process": "ollama" }]"""), "$.models[0].server_process: is given together with server_pid").SetName("server pid and process name both");
        yield return new TestCaseData(Valid(models: """[{ "name": "r", "kind": "openai", "endpoint": "http://127.0.0.1:8080/v1", "model": "x", "concurrency": 0 }]"""), "$.models[0].concurrency: is 0, out of range").SetName("concurrency zero");
        yield return new TestCaseData(Valid(models: """[{ "name": "r", "kind": "openai", "endpoint": "http://127.0.0.1:8080/v1", "model": "x", "server_pid": "123" }]"""), "$.models[0].server_pid: is the string \"123\", expected a whole number").SetName("server pid as a string");
    }

    [TestCaseSource(nameof(BadConfigs))]
    public void BadConfigIsRejectedWithFileFieldAndFix(string json, string expected)
    {
        using var dir = new TempDir();
        var file = dir.File("bad.config.json", json);
        var (exit, _, err) = Cli.Run("run", "--config", file, "--output", Path.Combine(dir.Path, "runs"));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput), err);
            Assert.That(err, Does.Contain(file), "names the file");
            Assert.That(err, Does.Contain(expected), "names the field and the problem");
            Assert.That(err, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(Directory.Exists(Path.Combine(dir.Path, "runs")), Is.False, "nothing written");
        });
    }

    [Test]
    public void MissingConfigFileIsAnInputError()
    {
        var (exit, _, err) = Cli.Run("run", "--config", "/nonexistent/eval.config.json");
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(err, Does.Contain("/nonexistent/eval.config.json: config file not found"));
    }

    [Test]
    public void UnknownOptionIsAUsageError()
    {
        var (exit, _, err) = Cli.Run("run", "--confg", "x.json");
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(err, Does.Contain("--confg"));
    }

    [Test]
    public void DefaultConfigLoads()
    {
        var config = ConfigLoader.Load(Path.Combine(TestPaths.Root, "eval.config.json"), ModelKinds.All);
        Assert.That(config.Models.Select(m => m.Name), Does.Contain("reference").And.Contain("decoy")
            .And.Contain("reference_agent").And.Contain("rewriter_agent").And.Contain("malformed_agent"));
        Assert.That(config.Suites.Select(Path.GetFileName), Is.EqualTo(new[] { "qwen-coding-v1", "qwen-agentic-v1" }));
        Assert.That(config.Suites.All(Directory.Exists));
    }
}
