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
        // A connection that cannot be made in this time is a transient fault (retried); the answer itself has
        // timeouts.generation_seconds, enforced per attempt below, not by HttpClient.
        _http = new HttpClient(handler ?? new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(Math.Min(30, spec.Generation.GenerationSeconds)) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (apiKey is not null) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation)
    {
        var body = Body(request).ToJsonString();
        var url = _settings.Endpoint.TrimEnd('/') + "/chat/completions";
        var policy = _spec.Generation.RetryPolicy;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = Attempt(url, body, cancellation);
            if (outcome.Result is { } result) return result;
            if (!outcome.Transient || attempt >= policy.Attempts)
                throw new GenerationFailedException(
                    $"model \"{_spec.Name}\": {url}: {outcome.Problem}" + (outcome.Transient ? $" (gave up after {attempt} attempts; retry.attempts is {policy.Attempts})" : ""));
            var delay = RetryDelay.For(attempt, policy, outcome.RetryAfter);
            Console.Error.WriteLine($"model \"{_spec.Name}\": {url}: {outcome.Problem}; attempt {attempt} of {policy.Attempts}, retrying in {delay.TotalSeconds:0.0} s");
            if (cancellation.WaitHandle.WaitOne(delay)) cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>One request: an answer, a transient fault (retried), or a permanent one.</summary>
    private sealed record AttemptOutcome(GenerationResult? Result, string Problem, bool Transient, TimeSpan? RetryAfter = null);

    private AttemptOutcome Attempt(string url, string body, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        using var answerTime = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        answerTime.CancelAfter(TimeSpan.FromSeconds(_spec.Generation.GenerationSeconds));
        HttpResponseMessage response;
        string text;
        try
        {
            response = _http.Send(new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            }, answerTime.Token);
            using var reader = new StreamReader(response.Content.ReadAsStream(answerTime.Token), Encoding.UTF8);
            text = reader.ReadToEnd();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (answerTime.IsCancellationRequested)
        {
            // The model (or its server) took longer than timeouts.generation_seconds: the answer's limit, as for every backend.
            return new AttemptOutcome(new GenerationResult("", FinishReason.TimeLimit, 0, 0, clock.Elapsed.TotalMilliseconds, clock.Elapsed.TotalMilliseconds), "", false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            // Refused, reset, unreachable, or no connection within the connect timeout: the server's state, not the model's answer.
            return new AttemptOutcome(null, $"could not get an answer ({Describe(e)}). Is the server for model \"{_spec.Name}\" running?", true);
        }
        using (response)
        {
            var code = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var transient = code is 408 or 425 or 429 or >= 500;
                return new AttemptOutcome(null, $"answered HTTP {code} {response.ReasonPhrase}: {ChatCompletionReader.Excerpt(text)}", transient,
                    RetryDelay.FromHeader(response.Headers.RetryAfter));
            }
            var result = ChatCompletionReader.Read(text, clock.Elapsed.TotalMilliseconds, out var problem);
            // A malformed body is the server's or a proxy's fault, not the model's answer: retried like a 5xx.
            return result is not null ? new AttemptOutcome(result, "", false) : new AttemptOutcome(null, $"answered HTTP {code} but {problem}", true);
        }
    }

    private JsonObject Body(GenerationRequest request)
    {
        var body = new JsonObject
        {
            ["model"] = _settings.Model,
            ["messages"] = new JsonArray(request.Messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role, ["content"] = m.Content }).ToArray()),
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
        // Servers that read chat_template_kwargs (vLLM, llama.cpp) switch Qwen's thinking with it.
        body["chat_template_kwargs"] = new JsonObject { ["enable_thinking"] = _spec.Generation.EnableThinking };
        return body;
    }

    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return inner == e ? e.Message : $"{e.Message} {inner.Message}";
    }

    public void Dispose() => _http.Dispose();
}
