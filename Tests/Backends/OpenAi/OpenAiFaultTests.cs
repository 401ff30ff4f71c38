using System.Text;
using System.Text.Json;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Backends.OpenAi;

/// <summary>
/// A misbehaving server is an infrastructure fault, never a verdict: transient faults are retried (Retry-After
/// honoured), a generation that still fails is not written to samples.jsonl, the run exits 4 saying how many
/// remain, and a rerun generates them. What the model itself answers (empty, huge, invalid UTF-8) is a sample.
/// </summary>
public sealed class OpenAiFaultTests
{
    private const string FastRetries = """, "retry": { "attempts": 4, "initial_delay_seconds": 0.05, "max_delay_seconds": 2 }""";

    private static (int Exit, string Output, string Run) RunServed(TempDir dir, string endpoint, int tasks = 1)
    {
        if (!Directory.Exists(Path.Combine(dir.Path, "suite"))) SmallRun.Suite(dir, tasks);
        var config = dir.File("eval.config.json",
            $$"""{ "suite": "suite", "models": [ { "name": "served", "kind": "openai", "endpoint": "{{endpoint}}", "model": "m" } ] {{FastRetries}} }""");
        var output = Path.Combine(dir.Path, "runs");
        var (exit, stdout, err) = Cli.Run("run", "--config", config, "--output", output);
        return (exit, stdout + err, Directory.Exists(output) ? Directory.GetDirectories(output).Single() : "");
    }

    private static string Canonical(TempDir dir) =>
        File.ReadAllText(Path.Combine(Directory.GetDirectories(Path.Combine(dir.Path, "suite", "tasks")).Order(StringComparer.Ordinal).First(), "solution.py"));

    private static string[] Lines(string run, string file) =>
        File.Exists(Path.Combine(run, file)) ? File.ReadAllLines(Path.Combine(run, file)) : [];

    [Test]
    public void TooManyRequestsIsRetriedAfterTheServersRetryAfter()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 1);
        var answer = $"```python\n{Canonical(dir)}\n```";
        var arrivals = new List<DateTime>();
        using var server = new ChatServer((i, _) =>
        {
            lock (arrivals) arrivals.Add(DateTime.UtcNow);
            return i == 0
                ? new ChatReply(429, Encoding.UTF8.GetBytes("""{"error":{"message":"slow down"}}"""), new Dictionary<string, string> { ["Retry-After"] = "1" })
                : ChatReply.Answer(answer);
        });
        var (exit, output, run) = RunServed(dir, server.Endpoint);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output);
        Assert.That(server.Requests, Has.Count.EqualTo(2), "one 429, then the retry");
        Assert.That((arrivals[1] - arrivals[0]).TotalSeconds, Is.GreaterThanOrEqualTo(0.9), "the retry waited the server's Retry-After (1 s), not the 0.05 s backoff");
        Assert.That(JsonDocument.Parse(Lines(run, "results.jsonl").Single()).RootElement.GetProperty("status").GetString(), Is.EqualTo("pass"));
    }

    [Test]
    public void ServerErrorsThatOutlastTheRetriesAreNotSamplesAndARerunGeneratesThem()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        var healthy = false;
        using var server = new ChatServer((_, _) => healthy ? ChatReply.Answer("```python\nprint(1)\n```") : ChatReply.Text("upstream exploded", 500));
        var (exit, output, run) = RunServed(dir, server.Endpoint);
        Assert.That(exit, Is.EqualTo(ExitCodes.Incomplete), output);
        Assert.That(output, Does.Contain("answered HTTP 500").And.Contain("gave up after 4 attempts"));
        Assert.That(output, Does.Contain("2 sample(s) remain"));
        Assert.That(server.Requests, Has.Count.EqualTo(8), "4 attempts for each of the two samples");
        Assert.That(Lines(run, "samples.jsonl"), Is.Empty, "a failed generation is not a sample");
        Assert.That(Lines(run, "results.jsonl"), Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Contain("Not scored").And.Not.Contain("| served | 0.0%"));

        healthy = true;
        (exit, output, run) = RunServed(dir, server.Endpoint);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output);
        Assert.That(output, Does.Contain("2 to generate"));
        Assert.That(Lines(run, "samples.jsonl"), Has.Length.EqualTo(2));
        Assert.That(Lines(run, "results.jsonl"), Has.Length.EqualTo(2));
    }

    [Test]
    public void AFailingServerIsLeftAfterThreeFailedGenerationsInARow()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        using var server = new ChatServer((_, _) => ChatReply.Text("nope", 503));
        var (exit, output, run) = RunServed(dir, server.Endpoint, tasks: 5);
        Assert.That(exit, Is.EqualTo(ExitCodes.Incomplete), output);
        Assert.That(server.Requests, Has.Count.EqualTo(12), "three samples of four attempts, then the model is left for a rerun");
        Assert.That(output, Does.Contain("5 sample(s) remain"));
        Assert.That(Lines(run, "samples.jsonl"), Is.Empty);
    }

    [Test]
    public void AClientErrorIsNotRetried()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        using var server = new ChatServer((_, _) => ChatReply.Text("""{"error":"no such model"}""", 404));
        var (exit, output, _) = RunServed(dir, server.Endpoint);
        Assert.That(exit, Is.EqualTo(ExitCodes.Incomplete), output);
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(output, Does.Contain("answered HTTP 404").And.Contain("no such model"));
    }

    [Test]
    public void ARefusedConnectionIsRetriedThenLeftForARerun()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var (exit, output, run) = RunServed(dir, $"http://127.0.0.1:{ChatServer.FreePort()}/v1");
        Assert.That(exit, Is.EqualTo(ExitCodes.Incomplete), output);
        Assert.That(output, Does.Contain("could not get an answer").And.Contain("Is the server for model \"served\" running?").And.Contain("gave up after 4 attempts"));
        Assert.That(Lines(run, "samples.jsonl"), Is.Empty);
    }

    private static readonly object[] Malformed =
    [
        new object[] { ChatReply.Text("<html>502 Bad Gateway</html>"), "the body is not JSON" },
        new object[] { ChatReply.Json(new { id = "x", @object = "chat.completion" }), "the body has no \"choices\"" },
        new object[] { ChatReply.Json(new { error = new { message = "context too long" } }), "no \"choices\" but an error: {\"message\":\"context too long\"}" },
        new object[] { ChatReply.Json(new { choices = Array.Empty<object>() }), "\"choices\" is an empty array" },
        new object[] { ChatReply.Json(new { choices = "none" }), "\"choices\" is a string" },
        new object[] { ChatReply.Json(new { choices = new[] { new { text = "legacy" } } }), "choices[0].message is missing or not an object" },
        new object[] { ChatReply.Json(new { choices = new[] { new { message = new { content = 42 } } } }), "choices[0].message.content is a number, expected a string or null" },
        new object[] { ChatReply.Json(new[] { 1, 2 }), "the body is a JSON array, not an object" },
    ];

    [TestCaseSource(nameof(Malformed))]
    public void AMalformedResponseSaysWhatWasWrong(ChatReply reply, string message)
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        using var server = new ChatServer((_, _) => reply);
        var (exit, output, run) = RunServed(dir, server.Endpoint);
        Assert.That(exit, Is.EqualTo(ExitCodes.Incomplete), output);
        Assert.That(output, Does.Contain(message));
        Assert.That(output, Does.Not.Contain("KeyNotFoundException").And.Not.Contain("   at "));
        Assert.That(server.Requests, Has.Count.EqualTo(4), "a malformed body is retried like a 5xx");
        Assert.That(Lines(run, "samples.jsonl"), Is.Empty);
    }

    [Test]
    public void WhatTheModelAnswersIsASampleEvenEmptyHugeOrNotUtf8()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var huge = new string('x', 3 * 1024 * 1024);
        using var server = new ChatServer((i, _) => i switch
        {
            0 => ChatReply.Answer(""),
            1 => ChatReply.Answer(huge),
            // Bytes that are not UTF-8 inside the answer string.
            _ => new ChatReply(200, [.. """{"choices":[{"message":{"content":"def f():\n    return '"""u8, 0xFF, 0xFE, .. """'\n"},"finish_reason":"stop"}]}"""u8]),
        });
        var (exit, output, run) = RunServed(dir, server.Endpoint, tasks: 3);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output);
        var samples = Lines(run, "samples.jsonl").Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(samples, Has.Count.EqualTo(3));
        Assert.That(samples[0].GetProperty("raw_answer").GetString(), Is.Empty);
        Assert.That(Encoding.UTF8.GetByteCount(samples[1].GetProperty("raw_answer").GetString()!), Is.EqualTo(1024 * 1024), "capped at 1 MiB");
        Assert.That(samples[1].GetProperty("error").GetString(), Does.Contain($"the answer was {huge.Length} bytes"));
        Assert.That(samples[2].GetProperty("raw_answer").GetString(), Does.Contain("\uFFFD"), "invalid bytes kept as replacement characters");
        Assert.That(Lines(run, "results.jsonl"), Has.Length.EqualTo(3));
    }
}
