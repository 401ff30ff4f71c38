using System.Text.Json;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Backends.OpenAi;

/// <summary>The OpenAI-compatible backend over real HTTP, from the model's worker process, against a local chat-completions endpoint.</summary>
public sealed class OpenAiBackendTests
{
    [Test]
    public void ServedModelIsEvaluatedThroughTheSameSandboxAndReports()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SmallRun.Suite(dir, 1);
        var task = Directory.GetDirectories(Path.Combine(suite, "tasks")).Single();
        var solution = File.ReadAllText(Path.Combine(task, "solution.py"));
        using var server = new ChatServer((_, _) => ChatReply.Answer($"```python\n{solution}\n```", "think first"));
        Environment.SetEnvironmentVariable("QWENEVAL_TEST_KEY", "sk-test");
        var run = SmallRun.Run(dir, 1, $$"""[ { "name": "served", "kind": "openai", "endpoint": "http://127.0.0.1:{{server.Port}}/v1", "model": "qwen3.5-27b", "api_key_env": "QWENEVAL_TEST_KEY" } ]""");

        // The answer is streamed; the one plain one-token request before the run asks the server what it is (run.json).
        var request = server.Requests.Single(r => r.Body.GetProperty("stream").GetBoolean());
        Assert.That(request.Path, Is.EqualTo("/v1/chat/completions"));
        // What went over the wire is the prompt: never the hidden tests or the canonical solution.
        var sent = request.Body.GetRawText();
        Assert.That(sent, Does.Not.Contain(JsonSerializer.Serialize(File.ReadAllText(Path.Combine(task, "tests.py")).Trim())[1..^1]));
        Assert.That(sent, Does.Not.Contain(JsonSerializer.Serialize(solution.Trim())[1..^1]));
        Assert.That(request.Auth, Is.EqualTo("Bearer sk-test"));
        Assert.That(request.Body.GetProperty("model").GetString(), Is.EqualTo("qwen3.5-27b"));
        Assert.That(request.Body.GetProperty("temperature").GetDouble(), Is.EqualTo(0), "greedy");
        Assert.That(request.Body.GetProperty("max_tokens").GetInt32(), Is.EqualTo(512));
        Assert.That(request.Body.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString()), Is.EqualTo(new[] { "system", "user" }));

        var sample = JsonDocument.Parse(File.ReadAllLines(Path.Combine(run, "samples.jsonl")).Single()).RootElement;
        Assert.That(sample.GetProperty("raw_answer").GetString(), Does.StartWith("<think>\nthink first\n</think>"));
        Assert.That(sample.GetProperty("generated_tokens").GetInt32(), Is.EqualTo(80));
        var result = JsonDocument.Parse(File.ReadAllLines(Path.Combine(run, "results.jsonl")).Single()).RootElement;
        Assert.That(result.GetProperty("status").GetString(), Is.EqualTo("pass"));
    }

    [Test]
    public void AnAnswerDefiningAnotherNameFailsWithThatDetailAndTheServerIsListedNotPlotted()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 1);
        using var server = new ChatServer((_, _) => ChatReply.Answer("```python\ndef solve_it(x):\n    return x\n```"));
        Environment.SetEnvironmentVariable("QWENEVAL_TEST_KEY", "sk-test");
        var run = SmallRun.Run(dir, 1, $$"""[ { "name": "served", "kind": "openai", "endpoint": "http://127.0.0.1:{{server.Port}}/v1", "model": "m", "api_key_env": "QWENEVAL_TEST_KEY" } ]""");
        var result = JsonDocument.Parse(File.ReadAllLines(Path.Combine(run, "results.jsonl")).Single()).RootElement;
        Assert.That(result.GetProperty("status").GetString(), Is.EqualTo("fail"), "code for another name is a wrong answer, not no code");
        Assert.That(result.GetProperty("detail").GetString(), Does.StartWith("the answer's code defines `solve_it` but not the entry point `"));
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Contain("served (served over HTTP: name its server (server_pid or server_process) to measure it)"));
        Assert.That(File.ReadAllText(Path.Combine(run, "pass_vs_memory.svg")), Does.Contain("Not plotted (no measured memory footprint): served"));
    }

    [Test]
    public void UnsetApiKeyVariableIsAnInputError()
    {
        using var dir = new TempDir();
        SmallRun.Suite(dir, 1);
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "s", "kind": "openai", "endpoint": "http://127.0.0.1:9/v1", "model": "m", "api_key_env": "QWENEVAL_SURELY_UNSET" } ] }""");
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, "runs"));
        // Checked before the first sample: an input error, and nothing generated or scored.
        Assert.That(exit, Is.EqualTo(2), err);
        Assert.That(err, Does.Contain("QWENEVAL_SURELY_UNSET"));
        Assert.That(Directory.Exists(Path.Combine(dir.Path, "runs")) ? Directory.GetFiles(Path.Combine(dir.Path, "runs"), "samples.jsonl", SearchOption.AllDirectories) : [], Is.Empty);
    }
}
