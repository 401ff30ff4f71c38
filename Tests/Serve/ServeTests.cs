using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Backends;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Serve;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Serve;

/// <summary>`qweneval serve` on the project's tiny model, over real HTTP on loopback: answers, errors and limits.</summary>
[NonParallelizable]
public sealed class ServeTests
{
    // tiny-qwen2 answers "def add(a, b):" with the whole context (about 2,000 tokens): long enough to leave mid-answer.
    private static readonly string Folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen2");
    private ServeHost _server = null!;
    private HttpClient _http = null!;

    private string V1 => _server.BaseUrl + "/v1";

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await ServeHost.StartAsync(new ServeOptions(Folder, Port: 0, MaxQueue: 64, MaxBodyBytes: 1 << 20));
        _http = LoadBench.Client(null);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private static JsonObject Chat(string prompt, int maxTokens, bool stream = false) => new()
    {
        ["model"] = "tiny-qwen2",
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt }),
        ["max_tokens"] = maxTokens,
        ["temperature"] = 0,
        ["stream"] = stream,
    };

    private async Task<(int Status, JsonElement Body)> Post(string body, string path = "/chat/completions")
    {
        using var response = await _http.PostAsync(V1 + path, new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task AssertStillServing()
    {
        var (status, body) = await Post(Chat("def add(a, b):", 4).ToJsonString());
        Assert.That(status, Is.EqualTo(200), body.ToString());
    }

    [Test]
    public async Task ModelsAndHealthNameTheFolder()
    {
        using var models = JsonDocument.Parse(await _http.GetStringAsync(V1 + "/models"));
        Assert.That(models.RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()), Is.EqualTo(new[] { "tiny-qwen2" }));
        using var health = JsonDocument.Parse(await _http.GetStringAsync(_server.BaseUrl + "/health"));
        Assert.That(health.RootElement.GetProperty("status").GetString(), Is.EqualTo("ok"));
        using var missing = await _http.GetAsync(V1 + "/models/qwen3.5-27b");
        Assert.That((int)missing.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task PlainAndStreamedAnswersEqualTheDirectPipeline()
    {
        var spec = new ModelSpec("direct", "onnx", new QwenEval.Backends.Onnx.OnnxSettings(Folder, null), new GenerationSettings(DecodingConfig.Greedy, 40, 600, false, null));
        using var direct = BackendKinds.Find("onnx")!.Create(spec);
        foreach (var (prompt, max) in new[] { ("def add(a, b):", 40), ("Sort a list.", 3) })
        {
            var expected = direct.Generate(new GenerationRequest([new ChatMessage("user", prompt)], 0, max), CancellationToken.None);
            var (status, body) = await Post(Chat(prompt, max).ToJsonString());
            Assert.That(status, Is.EqualTo(200), body.ToString());
            var choice = body.GetProperty("choices")[0];
            Assert.That(choice.GetProperty("message").GetProperty("content").GetString(), Is.EqualTo(expected.Text));
            Assert.That(choice.GetProperty("finish_reason").GetString(), Is.EqualTo(expected.Finish == FinishReason.Length ? "length" : "stop"));
            var usage = body.GetProperty("usage");
            Assert.That(usage.GetProperty("prompt_tokens").GetInt32(), Is.EqualTo(expected.PromptTokens));
            Assert.That(usage.GetProperty("completion_tokens").GetInt32(), Is.EqualTo(expected.GeneratedTokens));
            Assert.That(body.GetProperty("system_fingerprint").GetString(), Does.StartWith("fp_"));

            var streamedAnswer = await Streamed(prompt, max);
            Assert.That(streamedAnswer.Text, Is.EqualTo(expected.Text), "the streamed pieces join to the same answer");
            Assert.That(streamedAnswer.Finish, Is.EqualTo(choice.GetProperty("finish_reason").GetString()));
            Assert.That(streamedAnswer.Done, Is.True, "the stream ends with data: [DONE]");
        }
    }

    private async Task<(string Text, string? Finish, bool Done)> Streamed(string prompt, int max, JsonObject? extra = null)
    {
        var body = Chat(prompt, max, stream: true);
        foreach (var (k, v) in extra ?? []) body[k] = v?.DeepClone();
        using var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Post, V1 + "/chat/completions") { Content = new StringContent(body.ToJsonString()) },
            HttpCompletionOption.ResponseHeadersRead);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
        var reply = new QwenEval.Backends.OpenAi.ChatReply();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var done = false;
        while (await reader.ReadLineAsync() is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal) && !reply.AddEvent(line[6..], 0)) done = true;
        return (reply.Text(), reply.FinishReason, done);
    }

    [Test]
    public async Task AStopStringEndsTheAnswerAndIsNeverSent()
    {
        var (_, full) = await Post(Chat("def add(a, b):", 40).ToJsonString());
        var text = full.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        var stop = text.Substring(text.Length / 2, 3);
        var cut = text[..text.IndexOf(stop, StringComparison.Ordinal)];
        var body = Chat("def add(a, b):", 40);
        body["stop"] = stop;
        var (status, stopped) = await Post(body.ToJsonString());
        Assert.That(status, Is.EqualTo(200));
        Assert.That(stopped.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), Is.EqualTo(cut));
        Assert.That(stopped.GetProperty("choices")[0].GetProperty("finish_reason").GetString(), Is.EqualTo("stop"));
        var streamed = await Streamed("def add(a, b):", 40, new JsonObject { ["stop"] = new JsonArray(stop) });
        Assert.That(streamed.Text, Is.EqualTo(cut));
    }

    [TestCase("{not json", 400, null)]
    [TestCase("[1, 2]", 400, null)]
    [TestCase("""{"model": "tiny-qwen2", "messages": "hello"}""", 400, "messages")]
    [TestCase("""{"model": "tiny-qwen2", "messages": []}""", 400, "messages")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user"}]}""", 400, "messages[0].content")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "robot", "content": "x"}]}""", 400, "messages[0].role")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "max_tokens": "many"}""", 400, "max_tokens")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "max_tokens": 0}""", 400, "max_tokens")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "temperature": "hot"}""", 400, "temperature")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "stop": [1]}""", 400, "stop[0]")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "stream": "yes"}""", 400, "stream")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "chat_template_kwargs": {"enable_thinking": 1}}""", 400, "chat_template_kwargs.enable_thinking")]
    [TestCase("""{"messages": [{"role": "user", "content": "x"}]}""", 400, "model")]
    [TestCase("""{"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}]}""", 404, "model")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "tools": {"type": "function"}}""", 400, "tools")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "tools": [{"type": "retrieval"}]}""", 400, "tools[0].type")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "tools": [{"type": "function", "function": {"description": "d"}}]}""", 400, "tools[0].function.name")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "tools": [{"type": "function", "function": {"name": "f", "parameters": []}}]}""", 400, "tools[0].function.parameters")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}], "tool_choice": "required"}""", 400, "tool_choice")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": null, "tool_calls": [{"id": "1", "type": "function", "function": {"name": "f", "arguments": "{oops"}}]}]}""", 400, "messages[1].tool_calls[0].function.arguments")]
    [TestCase("""{"model": "tiny-qwen2", "messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": null, "tool_calls": [{"id": "1", "type": "function", "function": {"arguments": "{}"}}]}]}""", 400, "messages[1].tool_calls[0].function.name")]
    public async Task BadRequestsGetOpenAiErrorsAndTheServerGoesOn(string body, int status, string? param)
    {
        var (got, error) = await Post(body);
        Assert.That(got, Is.EqualTo(status), error.ToString());
        var e = error.GetProperty("error");
        Assert.That(e.GetProperty("message").GetString(), Is.Not.Empty);
        Assert.That(e.GetProperty("type").GetString(), Is.EqualTo("invalid_request_error"));
        Assert.That(e.GetProperty("param").ValueKind == JsonValueKind.Null ? null : e.GetProperty("param").GetString(), Is.EqualTo(param));
        await AssertStillServing();
    }

    [Test]
    public async Task TenMegabyteBodiesGet413WithOrWithoutALength()
    {
        var big = Chat(new string('x', 10 << 20), 4).ToJsonString();
        var (status, error) = await Post(big);
        Assert.That(status, Is.EqualTo(413), error.ToString());
        Assert.That(error.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("request_too_large"));
        // Chunked: no Content-Length to refuse up front, so the limit stops the read.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, V1 + "/chat/completions") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _http.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(413));
        await AssertStillServing();
    }

    [Test]
    public async Task UnknownPathsAreOpenAiStyle404s()
    {
        using var response = await _http.GetAsync(V1 + "/completions");
        Assert.That((int)response.StatusCode, Is.EqualTo(404));
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(doc.RootElement.GetProperty("error").GetProperty("message").GetString(), Does.Contain("/v1/chat/completions"));
    }

    [Test]
    public async Task AClientThatLeavesMidStreamCancelsItsGeneration()
    {
        var before = await Health();
        // A raw socket: HttpClient would drain the rest of the stream to reuse the connection instead of leaving.
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(IPAddress.Loopback, new Uri(_server.BaseUrl).Port);
            var body = Encoding.UTF8.GetBytes(Chat("def add(a, b):", 2048, stream: true).ToJsonString());
            var stream = socket.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: {body.Length}\r\n\r\n"));
            await stream.WriteAsync(body);
            // The whole context: far longer than the moment it takes to read the first piece of text and leave.
            var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync() is { } line)
                if (line.Contains("\"content\":\"", StringComparison.Ordinal) && !line.Contains("\"content\":\"\"", StringComparison.Ordinal)) break;
            socket.Client.Close(0);
        }
        // The next request is served, and the abandoned generation ended cancelled, not finished.
        await AssertStillServing();
        var after = await Health();
        Assert.That(after.Cancelled, Is.EqualTo(before.Cancelled + 1));
        Assert.That(after.Pending, Is.EqualTo(0));
    }

    [Test]
    public async Task SlowAndAbortedConnectionsDoNotHoldTheServer()
    {
        var port = new Uri(_server.BaseUrl).Port;
        // Aborted: half a request line, then gone; half the headers, then gone; a body cut short.
        foreach (var partial in new[] { "POST /v1/chat/comp", "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Len", "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"model\": " })
        {
            using var socket = new TcpClient();
            await socket.ConnectAsync(IPAddress.Loopback, port);
            await socket.GetStream().WriteAsync(Encoding.ASCII.GetBytes(partial));
            socket.Client.Close(0);
        }
        // Slow: a body sent a few bytes at a time while another client is answered in full.
        var body = Encoding.UTF8.GetBytes(Chat("def add(a, b):", 4).ToJsonString());
        using var slow = new TcpClient();
        await slow.ConnectAsync(IPAddress.Loopback, port);
        var stream = slow.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"));
        var half = body.Length / 2;
        for (var i = 0; i < half; i += 16)
        {
            await stream.WriteAsync(body.AsMemory(i, Math.Min(16, half - i)));
            await Task.Delay(20);
        }
        await AssertStillServing(); // while the slow client is halfway through its body
        await stream.WriteAsync(body.AsMemory(half));
        var answer = await new StreamReader(stream).ReadToEndAsync();
        Assert.That(answer, Does.StartWith("HTTP/1.1 200"));
        Assert.That(answer, Does.Contain("\"finish_reason\""));
    }

    [Test]
    public async Task LoopbackOnlyWithoutAKeyAndBearerChecked()
    {
        Assert.Throws<QwenEval.Core.UserInputException>(() => new ServeOptions(Folder, Host: "0.0.0.0").Address());
        Assert.That(new ServeOptions(Folder, Host: "0.0.0.0", ApiKey: "k").Address(), Is.EqualTo(IPAddress.Any));
        await using var keyed = await ServeHost.StartAsync(new ServeOptions(Folder, Port: 0, ApiKey: "sk-serve"));
        using var http = LoadBench.Client(null);
        using var refused = await http.GetAsync(keyed.BaseUrl + "/v1/models");
        Assert.That((int)refused.StatusCode, Is.EqualTo(401));
        using var doc = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.That(doc.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("invalid_api_key"));
        using var keyedClient = LoadBench.Client("sk-serve");
        Assert.That((int)(await keyedClient.GetAsync(keyed.BaseUrl + "/v1/models")).StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task AFullQueueAnswers503()
    {
        await using var small = await ServeHost.StartAsync(new ServeOptions(Folder, Port: 0, MaxQueue: 1));
        using var http = LoadBench.Client(null);
        var body = Chat("def add(a, b):", 2048).ToJsonString();
        // Several long requests at once: one runs, the rest are refused at once rather than queued.
        var replies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => http.PostAsync(small.BaseUrl + "/v1/chat/completions", new StringContent(body))));
        var codes = replies.Select(r => (int)r.StatusCode).ToList();
        Assert.That(codes, Has.Member(200));
        Assert.That(codes, Has.Member(503));
        var refusal = replies.First(r => (int)r.StatusCode == 503);
        using var doc = JsonDocument.Parse(await refusal.Content.ReadAsStringAsync());
        Assert.That(doc.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("queue_full"));
        foreach (var r in replies) r.Dispose();
    }

    [Test]
    public async Task EightClientsTimesTwentyFiveRequestsAreAllAnsweredAsOneClientIsAnswered()
    {
        var expected = new Dictionary<string, string>();
        foreach (var prompt in LoadOptions.Prompts)
        {
            var (status, body) = await Post(Chat(prompt, 16).ToJsonString());
            Assert.That(status, Is.EqualTo(200));
            expected[prompt] = body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        }
        foreach (var stream in new[] { false, true })
        {
            var result = await LoadBench.Run(new LoadOptions(V1, "tiny-qwen2", 8, 25, stream, 16, TimeoutSeconds: 120));
            Assert.That(result.Replies, Has.Count.EqualTo(200), "none lost");
            Assert.That(result.Replies.Where(r => r.Error is not null).Select(r => r.Error), Is.Empty);
            foreach (var r in result.Replies)
                Assert.That(r.Answer, Is.EqualTo(expected[r.Prompt]), $"client {r.Client} request {r.Request} ({(stream ? "streamed" : "plain")})");
            Assert.That(result.Describe(), Does.Contain("requests/s").And.Contain("p95"));
        }
    }

    private async Task<(long Cancelled, int Pending)> Health()
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync(_server.BaseUrl + "/health"));
        return (doc.RootElement.GetProperty("cancelled").GetInt64(), doc.RootElement.GetProperty("pending").GetInt32());
    }
}
