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
/// Any OpenAI-compatible chat-completions server (llama.cpp server, vLLM, LM Studio, Ollama's /v1, mlx-lm):
/// for comparing a model served elsewhere with the same suite, sandbox and reports. Memory is then the server's,
/// not measured here; the run records only what the server reports of token usage.
/// </summary>
public sealed class OpenAiChatBackend : IModelBackend
{
    private readonly HttpClient _http;
    private readonly ModelSpec _spec;
    private readonly OpenAiSettings _settings;

    public OpenAiChatBackend(ModelSpec spec, OpenAiSettings settings, string? apiKey, HttpMessageHandler? handler = null)
    {
        _spec = spec;
        _settings = settings;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.Timeout = TimeSpan.FromSeconds(spec.Generation.GenerationSeconds);
        if (apiKey is not null) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation)
    {
        var body = new JsonObject
        {
            ["model"] = _settings.Model,
            ["messages"] = new JsonArray(request.Messages.Select(OpenAiToolCalls.Message).ToArray()),
            ["max_tokens"] = request.MaxNewTokens,
            ["stream"] = false,
        };
        if (_spec.Generation.Decoding.Mode == DecodingMode.Greedy)
        {
            body["temperature"] = 0;
        }
        else
        {
            body["temperature"] = _spec.Generation.Decoding.Temperature;
            body["top_p"] = _spec.Generation.Decoding.TopP;
            if (_spec.Generation.Decoding.TopK > 0) body["top_k"] = _spec.Generation.Decoding.TopK;
            body["seed"] = (long)(request.Seed & long.MaxValue);
        }
        if (_spec.Generation.Decoding.Stop.Count > 0)
            body["stop"] = new JsonArray(_spec.Generation.Decoding.Stop.Select(s => (JsonNode)s).ToArray());
        if (request.Tools is { } tools) body["tools"] = new JsonArray(tools.Select(t => (JsonNode)t.ToJson()).ToArray());
        // Servers that read chat_template_kwargs (vLLM, llama.cpp) switch Qwen's thinking with it.
        body["chat_template_kwargs"] = new JsonObject { ["enable_thinking"] = _spec.Generation.EnableThinking };

        var url = _settings.Endpoint.TrimEnd('/') + "/chat/completions";
        var clock = Stopwatch.StartNew();
        HttpResponseMessage response;
        try
        {
            response = _http.Send(new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            }, cancellation);
        }
        catch (HttpRequestException e)
        {
            throw new EnvironmentProblemException($"{url}: {e.Message}. Is the server for model \"{_spec.Name}\" running?");
        }
        using (response)
        {
            var text = new StreamReader(response.Content.ReadAsStream(cancellation)).ReadToEnd();
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {Truncate(text)}");
            var ms = clock.Elapsed.TotalMilliseconds;
            using var doc = JsonDocument.Parse(text);
            var choice = doc.RootElement.GetProperty("choices")[0];
            var message = choice.GetProperty("message");
            var content = message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
            // Some servers return reasoning apart from the answer; keep it in the record the way the model wrote it.
            if (message.TryGetProperty("reasoning_content", out var r) && r.ValueKind == JsonValueKind.String && r.GetString()!.Length > 0)
                content = $"<think>\n{r.GetString()}\n</think>\n\n{content}";
            var finish = choice.TryGetProperty("finish_reason", out var f) && f.GetString() == "length" ? FinishReason.Length : FinishReason.Stop;
            int Usage(string name) => doc.RootElement.TryGetProperty("usage", out var u) && u.TryGetProperty(name, out var v) && v.TryGetInt32(out var n) ? n : 0;
            return new GenerationResult(content, finish, Usage("prompt_tokens"), Usage("completion_tokens"), ms, ms)
            {
                ToolTurn = request.Tools is { } offered ? OpenAiToolCalls.Read(message, offered) : null,
            };
        }
    }

    private static string Truncate(string s) => s.Length > 300 ? s[..300] + "…" : s;

    public void Dispose() => _http.Dispose();
}
