using QwenEval.Core.Config;

namespace QwenEval.Backends.OpenAi;

/// <summary>How long to wait before retry n (1-based) of a transient fault: the server's Retry-After when it sent one, else exponential backoff; never above the cap.</summary>
public static class RetryDelay
{
    public static TimeSpan For(int retry, RetryConfig policy, TimeSpan? retryAfter)
    {
        var seconds = retryAfter is { } server
            ? server.TotalSeconds
            : policy.InitialDelaySeconds * Math.Pow(2, Math.Max(0, retry - 1));
        return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, policy.MaxDelaySeconds));
    }

    /// <summary>Retry-After as seconds (delta) or an HTTP date, relative to now.</summary>
    public static TimeSpan? FromHeader(System.Net.Http.Headers.RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
}
