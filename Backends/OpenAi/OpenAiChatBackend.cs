using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;

namespace QwenEval.Backends.OpenAi;

/// <summary>
/// Any OpenAI-compatible chat-completions server (llama.cpp server, vLLM, LM Studio, Ollama's /v1, mlx-lm, `qweneval
/// serve`): for comparing a model served elsewhere with the same suite, sandbox and reports. Answers are streamed, so
/// time to first token and decode speed are measured here, on the client side. With server_pid or server_process
/// the server's process tree is sampled while this backend lives; without, its memory is not measured at all.
/// </summary>
public sealed class OpenAiChatBackend : IModelBackend, IMeasuresMemory
{
    private readonly HttpClient _http;
    private readonly ModelSpec _spec;
    private readonly OpenAiSettings _settings;
    private readonly ProcessTreeMemory? _server;

    public OpenAiChatBackend(ModelSpec spec, OpenAiSettings settings, string? apiKey, HttpMessageHandler? handler = null, int? serverPid = null)
    {
        _spec = spec;
        _settings = settings;
        // A connection that cannot be made in this time is a transient fault (retried); the answer itself has
        // timeouts.generation_seconds, enforced per attempt below (also while it streams), not by HttpClient.
        _http = new HttpClient(handler ?? new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(Math.Min(30, spec.Generation.GenerationSeconds)) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (apiKey is not null) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (serverPid is { } pid) _server = new ProcessTreeMemory(pid);
    }

    public MemoryReading Memory => _server is null
        ? new MemoryReading(null, MemoryReading.None, "a server's memory is measured only with server_pid or server_process")
        : new MemoryReading(_server.PeakBytes, MemoryReading.Server, _server.Describe());

    private string Url => _settings.Endpoint.TrimEnd('/') + "/chat/completions";

    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation)
    {
        // With tools the answer is read whole: tool_calls arrive as one message, not as streamed fragments.
        var body = Body(request.Messages, request.MaxNewTokens, request.Seed, stream: request.Tools is null, request.Tools);
        var policy = _spec.Generation.RetryPolicy;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = Attempt(body, request.Tools, cancellation);
            if (outcome.Result is { } result) return result;
            if (!outcome.Transient || attempt >= policy.Attempts)
                throw new GenerationFailedException(
                    $"model \"{_spec.Name}\": {Url}: {outcome.Problem}" + (outcome.Transient ? $" (gave up after {attempt} attempts; retry.attempts is {policy.Attempts})" : ""));
            var delay = RetryDelay.For(attempt, policy, outcome.RetryAfter);
            Console.Error.WriteLine($"model \"{_spec.Name}\": {Url}: {outcome.Problem}; attempt {attempt} of {policy.Attempts}, retrying in {delay.TotalSeconds:0.0} s");
            if (cancellation.WaitHandle.WaitOne(delay)) cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>One request: an answer, a transient fault (retried), or a permanent one.</summary>
    private sealed record AttemptOutcome(GenerationResult? Result, string Problem, bool Transient, TimeSpan? RetryAfter = null);

    private AttemptOutcome Attempt(JsonObject body, IReadOnlyList<ToolSpec>? tools, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(TimeSpan.FromSeconds(_spec.Generation.GenerationSeconds));
        var clock = Stopwatch.StartNew();
        var reply = new ChatReply();
        var timedOut = false;
        try
        {
            using var response = _http.Send(new HttpRequestMessage(HttpMethod.Post, Url)
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            }, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            var code = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var text = new StreamReader(response.Content.ReadAsStream(limit.Token), Encoding.UTF8).ReadToEnd();
                return new AttemptOutcome(null, $"answered HTTP {code} {response.ReasonPhrase}: {ChatCompletionReader.Excerpt(text)}",
                    code is 408 or 425 or 429 or >= 500, RetryDelay.FromHeader(response.Headers.RetryAfter));
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/event-stream")
            {
                // A server that ignores "stream" answers whole; a malformed body is the server's or a proxy's fault, retried like a 5xx.
                var text = new StreamReader(response.Content.ReadAsStream(limit.Token), Encoding.UTF8).ReadToEnd();
                var whole = ChatCompletionReader.Read(text, clock.Elapsed.TotalMilliseconds, out var problem);
                if (whole is null) return new AttemptOutcome(null, $"answered HTTP {code} but {problem}", true);
                if (tools is not null)
                {
                    using var doc = JsonDocument.Parse(text);
                    whole = whole with { ToolTurn = OpenAiToolCalls.Read(doc.RootElement.GetProperty("choices")[0].GetProperty("message"), tools) };
                }
                return new AttemptOutcome(whole, "", false);
            }
            ReadStream(response, reply, clock, limit.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            timedOut = true; // timeouts.generation_seconds: keep what arrived, as the local engines do
        }
        catch (JsonException e)
        {
            return new AttemptOutcome(null, $"streamed an event that is not JSON ({e.Message})", true);
        }
        catch (InvalidOperationException e)
        {
            return new AttemptOutcome(null, e.Message, true);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            // Refused, reset, unreachable, or no connection within the connect timeout: the server's state, not the model's answer.
            return new AttemptOutcome(null, $"could not get an answer ({Describe(e)}). Is the server for model \"{_spec.Name}\" running?", true);
        }
        var total = clock.Elapsed.TotalMilliseconds;
        var finish = timedOut ? FinishReason.TimeLimit : reply.FinishReason == "length" ? FinishReason.Length : FinishReason.Stop;
        return new AttemptOutcome(new GenerationResult(reply.Text(), finish, reply.PromptTokens ?? 0, reply.CompletionTokens ?? reply.TextChunks,
            reply.FirstTextMs ?? total, total, reply.ReasoningTokens ?? 0), "", false);
    }

    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return inner == e ? e.Message : $"{e.Message} {inner.Message}";
    }

    /// <summary>
    /// A one-token request before the run, for run.json: the model id the server reports and its system_fingerprint.
    /// Null when the server does not answer in time; the run itself reports that properly.
    /// </summary>
    public (string? Model, string? Fingerprint)? Probe(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            using var response = Send(Body([new ChatMessage("user", "Reply with OK.")], 1, 0, stream: false), limit.Token);
            var reply = new ChatReply();
            using var doc = JsonDocument.Parse(response.Content.ReadAsStream(limit.Token));
            reply.AddCompletion(doc.RootElement, 0);
            return (reply.Model, reply.SystemFingerprint);
        }
        catch (Exception e) when (e is OperationCanceledException or EnvironmentProblemException or InvalidOperationException or JsonException or IOException)
        {
            return null;
        }
    }

    private JsonObject Body(IReadOnlyList<ChatMessage> messages, int maxTokens, ulong seed, bool stream, IReadOnlyList<ToolSpec>? tools = null)
    {
        var decoding = _spec.Generation.Decoding;
        var body = new JsonObject
        {
            ["model"] = _settings.Model,
            ["messages"] = new JsonArray(messages.Select(OpenAiToolCalls.Message).ToArray()),
            ["max_tokens"] = maxTokens,
            ["stream"] = stream,
        };
        // Usage arrives in the last chunk only when asked for (OpenAI, llama.cpp, vLLM, Ollama).
        if (stream) body["stream_options"] = new JsonObject { ["include_usage"] = true };
        if (decoding.Mode == DecodingMode.Greedy)
        {
            body["temperature"] = 0;
        }
        else
        {
            body["temperature"] = decoding.Temperature;
            body["top_p"] = decoding.TopP;
            if (decoding.TopK > 0) body["top_k"] = decoding.TopK;
            body["seed"] = (long)(seed & long.MaxValue);
        }
        if (decoding.Stop.Count > 0)
            body["stop"] = new JsonArray(decoding.Stop.Select(s => (JsonNode)s).ToArray());
        if (tools is not null) body["tools"] = new JsonArray(tools.Select(t => (JsonNode)t.ToJson()).ToArray());
        // Servers that read chat_template_kwargs (vLLM, llama.cpp, qweneval serve) switch Qwen's thinking with it.
        body["chat_template_kwargs"] = new JsonObject { ["enable_thinking"] = _spec.Generation.EnableThinking };
        return body;
    }

    private HttpResponseMessage Send(JsonObject body, CancellationToken cancellation)
    {
        HttpResponseMessage response;
        try
        {
            response = _http.Send(new HttpRequestMessage(HttpMethod.Post, Url)
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            }, HttpCompletionOption.ResponseHeadersRead, cancellation);
        }
        catch (HttpRequestException e)
        {
            throw new EnvironmentProblemException($"{Url}: {e.Message}. Is the server for model \"{_spec.Name}\" running?");
        }
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            var text = new StreamReader(response.Content.ReadAsStream(cancellation)).ReadToEnd();
            throw new InvalidOperationException($"{Url} answered {(int)response.StatusCode}: {Truncate(text)}");
        }
    }

    private static void ReadStream(HttpResponseMessage response, ChatReply reply, Stopwatch clock, CancellationToken cancellation)
    {
        using var reader = new StreamReader(response.Content.ReadAsStream(cancellation));
        // A blocking read does not see the token: cancelling closes the stream under it.
        using var _ = cancellation.Register(reader.Dispose);
        try
        {
            while (reader.ReadLine() is { } line)
            {
                if (!line.StartsWith("data:", StringComparison.Ordinal)) continue; // blank separators, comments, "event:" lines
                if (!reply.AddEvent(line["data:".Length..], clock.Elapsed.TotalMilliseconds)) break;
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or IOException && cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellation);
        }
    }

    private static string Truncate(string s) => s.Length > 300 ? s[..300] + "…" : s;

    public void Dispose()
    {
        _server?.Dispose();
        _http.Dispose();
    }
}
