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
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        // The generation limit is applied per answer below, also while the answer streams.
        _http.Timeout = Timeout.InfiniteTimeSpan;
        if (apiKey is not null) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        if (serverPid is { } pid) _server = new ProcessTreeMemory(pid);
    }

    public MemoryReading Memory => _server is null
        ? new MemoryReading(null, MemoryReading.None, "a server's memory is measured only with server_pid or server_process")
        : new MemoryReading(_server.PeakBytes, MemoryReading.Server, _server.Describe());

    private string Url => _settings.Endpoint.TrimEnd('/') + "/chat/completions";

    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation)
    {
        var body = Body(request.Messages, request.MaxNewTokens, request.Seed, stream: true);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(TimeSpan.FromSeconds(_spec.Generation.GenerationSeconds));
        var clock = Stopwatch.StartNew();
        var reply = new ChatReply();
        var timedOut = false;
        try
        {
            using var response = Send(body, limit.Token);
            if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
                ReadStream(response, reply, clock, limit.Token);
            else
            {
                // A server that ignores "stream" answers whole.
                using var doc = JsonDocument.Parse(response.Content.ReadAsStream(limit.Token));
                reply.AddCompletion(doc.RootElement, clock.Elapsed.TotalMilliseconds);
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellation.IsCancellationRequested)
        {
            timedOut = true; // timeouts.generation_seconds: keep what arrived, as the local engines do
        }
        var total = clock.Elapsed.TotalMilliseconds;
        var finish = timedOut ? FinishReason.TimeLimit : reply.FinishReason == "length" ? FinishReason.Length : FinishReason.Stop;
        return new GenerationResult(reply.Text(), finish, reply.PromptTokens ?? 0, reply.CompletionTokens ?? reply.TextChunks,
            reply.FirstTextMs ?? total, total, reply.ReasoningTokens ?? 0);
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

    private JsonObject Body(IReadOnlyList<ChatMessage> messages, int maxTokens, ulong seed, bool stream)
    {
        var decoding = _spec.Generation.Decoding;
        var body = new JsonObject
        {
            ["model"] = _settings.Model,
            ["messages"] = new JsonArray(messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role, ["content"] = m.Content }).ToArray()),
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
