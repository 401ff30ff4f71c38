using System.Text;
using System.Text.Json;

namespace QwenEval.Backends.OpenAi;

/// <summary>
/// One chat completion as the client receives it, from a plain response or from server-sent chunks: the answer,
/// reasoning kept apart by servers that parse it (reasoning_content; "reasoning" on some), finish reason, usage, the
/// model id the server reports, its system_fingerprint, and when the first text arrived (the client-side TTFT).
/// </summary>
public sealed class ChatReply
{
    private readonly StringBuilder _content = new();
    private StringBuilder? _reasoning;

    public string? FinishReason { get; private set; }

    public int? PromptTokens { get; private set; }

    public int? CompletionTokens { get; private set; }

    public int? ReasoningTokens { get; private set; }

    public string? Model { get; private set; }

    public string? SystemFingerprint { get; private set; }

    public double? FirstTextMs { get; private set; }

    /// <summary>Chunks that carried text: the token count when a server reports no usage (one token per chunk, as llama.cpp and Ollama stream).</summary>
    public int TextChunks { get; private set; }

    /// <summary>One "data:" payload of a stream; false for the [DONE] mark.</summary>
    /// <exception cref="InvalidOperationException">the server streamed an error object</exception>
    public bool AddEvent(string data, double elapsedMs)
    {
        if (data.Trim() == "[DONE]") return false;
        using var doc = JsonDocument.Parse(data);
        var root = doc.RootElement;
        if (root.TryGetProperty("error", out var error))
            throw new InvalidOperationException($"the server ended the stream with an error: {Describe(error)}");
        Envelope(root);
        if (Choice(root) is { } choice && choice.TryGetProperty("delta", out var delta)) AddText(delta, elapsedMs);
        return true;
    }

    /// <summary>A whole (non-streamed) response.</summary>
    public void AddCompletion(JsonElement root, double elapsedMs)
    {
        Envelope(root);
        if (Choice(root) is { } choice && choice.TryGetProperty("message", out var message)) AddText(message, elapsedMs);
    }

    /// <summary>The answer as the run records it: reasoning a server split off goes back in front as Qwen wrote it.</summary>
    public string Text()
    {
        var content = _content.ToString();
        if (_reasoning is not { Length: > 0 } reasoning) return content;
        // Reasoning cut off by max_tokens never closed.
        if (content.Length == 0 && FinishReason == "length") return $"<think>\n{reasoning}";
        return $"<think>\n{reasoning}\n</think>\n\n{content}";
    }

    private void Envelope(JsonElement root)
    {
        if (root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String) Model ??= m.GetString();
        if (root.TryGetProperty("system_fingerprint", out var f) && f.ValueKind == JsonValueKind.String) SystemFingerprint ??= f.GetString();
        if (Choice(root) is { } choice && choice.TryGetProperty("finish_reason", out var fr) && fr.ValueKind == JsonValueKind.String)
            FinishReason = fr.GetString();
        if (root.TryGetProperty("usage", out var u) && u.ValueKind == JsonValueKind.Object)
        {
            PromptTokens = Int(u, "prompt_tokens") ?? PromptTokens;
            CompletionTokens = Int(u, "completion_tokens") ?? CompletionTokens;
            if (u.TryGetProperty("completion_tokens_details", out var d) && d.ValueKind == JsonValueKind.Object)
                ReasoningTokens = Int(d, "reasoning_tokens") ?? ReasoningTokens;
        }
    }

    private void AddText(JsonElement message, double elapsedMs)
    {
        var any = false;
        foreach (var name in (ReadOnlySpan<string>)["reasoning_content", "reasoning"])
        {
            if (message.TryGetProperty(name, out var r) && r.ValueKind == JsonValueKind.String && r.GetString()!.Length > 0)
            {
                (_reasoning ??= new StringBuilder()).Append(r.GetString());
                any = true;
                break;
            }
        }
        if (message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String && c.GetString()!.Length > 0)
        {
            _content.Append(c.GetString());
            any = true;
        }
        if (!any) return;
        TextChunks++;
        FirstTextMs ??= elapsedMs;
    }

    private static JsonElement? Choice(JsonElement root) =>
        root.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0 ? choices[0] : null;

    private static int? Int(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    private static string Describe(JsonElement error) =>
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : error.GetRawText();
}
