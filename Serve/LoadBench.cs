using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Backends.OpenAi;

namespace QwenEval.Serve;

/// <summary>What <see cref="LoadBench"/> sends: clients × requests each, greedy, one prompt per request from a fixed list.</summary>
/// <param name="Endpoint">the server's /v1 URL</param>
public sealed record LoadOptions(
    string Endpoint,
    string Model,
    int Clients = 8,
    int RequestsPerClient = 25,
    bool Stream = false,
    int MaxTokens = 16,
    string? ApiKey = null,
    double TimeoutSeconds = 120)
{
    /// <summary>Short coding prompts; request j of client c asks prompt (c + j) mod count, so every client asks them all.</summary>
    public static readonly IReadOnlyList<string> Prompts =
    [
        "Write a Python function that reverses a string.",
        "def fibonacci(n):",
        "Return the sum of a list of integers in Python.",
        "Explain what a hash map is in one sentence.",
        "import math\n\ndef area(r):",
        "Sort a list of tuples by their second item.",
        "What does `yield` do in Python?",
    ];

    public string PromptFor(int client, int request) => Prompts[(client + request) % Prompts.Count];
}

/// <summary>One request's outcome: the answer as a run would record it (reasoning rejoined), or the error.</summary>
public sealed record LoadReply(int Client, int Request, string Prompt, int Status, string? Answer, string? Finish, double LatencyMs, string? Error);

/// <summary>Everything the bench saw, and the figures it prints.</summary>
public sealed record LoadResult(LoadOptions Options, IReadOnlyList<LoadReply> Replies, double WallSeconds)
{
    public int Failed => Replies.Count(r => r.Error is not null);

    public double RequestsPerSecond => Replies.Count / WallSeconds;

    public double Percentile(double p)
    {
        var sorted = Replies.Where(r => r.Error is null).Select(r => r.LatencyMs).Order().ToList();
        if (sorted.Count == 0) return double.NaN;
        // Nearest rank: the smallest latency at or above p of the requests.
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Replies.Count} requests ({Options.Clients} clients × {Options.RequestsPerClient}, {(Options.Stream ? "streamed" : "plain")}, max_tokens {Options.MaxTokens}) in {WallSeconds:0.00} s: " +
        $"{RequestsPerSecond:0.0} requests/s, latency p50 {Percentile(0.5):0} ms, p95 {Percentile(0.95):0} ms, {Failed} failed");

    public JsonObject ToJson() => new()
    {
        ["requests"] = Replies.Count,
        ["clients"] = Options.Clients,
        ["stream"] = Options.Stream,
        ["max_tokens"] = Options.MaxTokens,
        ["wall_seconds"] = WallSeconds,
        ["requests_per_second"] = RequestsPerSecond,
        ["latency_p50_ms"] = Percentile(0.5),
        ["latency_p95_ms"] = Percentile(0.95),
        ["failed"] = Failed,
    };
}

/// <summary>
/// `qweneval bench serve` and the load tests: concurrent clients against an OpenAI-compatible server, each sending its
/// requests one after another, bounded in count and by a per-request timeout.
/// </summary>
public static class LoadBench
{
    public static async Task<LoadResult> Run(LoadOptions options, CancellationToken cancellation = default)
    {
        using var http = Client(options.ApiKey);
        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, options.Clients).Select(async c =>
        {
            var replies = new List<LoadReply>();
            for (var j = 0; j < options.RequestsPerClient; j++)
                replies.Add(await Ask(http, options, c, j, cancellation));
            return replies;
        }).ToList();
        var all = (await Task.WhenAll(clients)).SelectMany(r => r).ToList();
        return new LoadResult(options, all, clock.Elapsed.TotalSeconds);
    }

    public static HttpClient Client(string? apiKey)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = Timeout.InfiniteTimeSpan };
        if (apiKey is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return http;
    }

    /// <summary>The first model id GET /models lists.</summary>
    public static async Task<string> FirstModel(string endpoint, string? apiKey, CancellationToken cancellation)
    {
        using var http = Client(apiKey);
        using var doc = JsonDocument.Parse(await http.GetStringAsync(endpoint.TrimEnd('/') + "/models", cancellation));
        return doc.RootElement.GetProperty("data")[0].GetProperty("id").GetString()!;
    }

    public static async Task<LoadReply> Ask(HttpClient http, LoadOptions options, int client, int request, CancellationToken cancellation)
    {
        var prompt = options.PromptFor(client, request);
        var body = new JsonObject
        {
            ["model"] = options.Model,
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt }),
            ["max_tokens"] = options.MaxTokens,
            ["temperature"] = 0,
            ["stream"] = options.Stream,
        };
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, options.Endpoint.TrimEnd('/') + "/chat/completions")
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            }, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            var reply = new ChatReply();
            if (!response.IsSuccessStatusCode)
                return new LoadReply(client, request, prompt, (int)response.StatusCode, null, null, clock.Elapsed.TotalMilliseconds,
                    await response.Content.ReadAsStringAsync(limit.Token));
            if (options.Stream)
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(limit.Token));
                var done = false;
                while (await reader.ReadLineAsync(limit.Token) is { } line)
                {
                    if (!line.StartsWith("data:", StringComparison.Ordinal)) continue;
                    if (!reply.AddEvent(line["data:".Length..], clock.Elapsed.TotalMilliseconds)) { done = true; break; }
                }
                if (!done) throw new IOException("the stream ended without data: [DONE]");
            }
            else
            {
                using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(limit.Token));
                reply.AddCompletion(doc.RootElement, clock.Elapsed.TotalMilliseconds);
            }
            return new LoadReply(client, request, prompt, (int)response.StatusCode, reply.Text(), reply.FinishReason, clock.Elapsed.TotalMilliseconds, null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or JsonException or InvalidOperationException ||
                                  (e is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            return new LoadReply(client, request, prompt, 0, null, null, clock.Elapsed.TotalMilliseconds, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
