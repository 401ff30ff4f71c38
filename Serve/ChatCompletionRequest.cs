using System.Text.Json;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;

namespace QwenEval.Serve;

/// <summary>
/// A POST /v1/chat/completions body, checked field by field: a field of the wrong type or out of range is a 400 that
/// names it. Fields this server does not use (presence_penalty, user, logprobs …) are ignored, as other local servers
/// do, except those whose meaning it cannot honour (n &gt; 1, a forced tool_choice).
/// </summary>
public sealed record ChatCompletionRequest(
    string Model,
    IReadOnlyList<ChatMessage> Messages,
    int MaxTokens,
    DecodingConfig Decoding,
    bool? EnableThinking,
    bool Stream,
    IReadOnlyList<ToolSpec>? Tools = null)
{
    /// <summary>Without max_tokens the answer may run to the model's context, as OpenAI's API allows; this is the cap.</summary>
    public const int MaxTokensLimit = 1 << 20;

    public const int MaxStops = 16;

    public static ChatCompletionRequest Parse(JsonElement body, int defaultMaxTokens)
    {
        if (body.ValueKind != JsonValueKind.Object) throw new ApiError(400, $"The request body is {JsonFields.Describe(body)}, expected a JSON object.");
        var model = Optional(body, "model") is { } m
            ? m.ValueKind == JsonValueKind.String ? m.GetString()! : throw ApiError.BadField("model", $"is {JsonFields.Describe(m)}, expected a string.")
            : throw ApiError.BadField("model", "is missing. Name the served model (GET /v1/models lists it).");
        var messages = ParseMessages(body);
        // max_completion_tokens is the newer name of the same limit.
        var maxField = Optional(body, "max_completion_tokens") is not null ? "max_completion_tokens" : "max_tokens";
        var maxTokens = Optional(body, maxField) is { } mt ? Int(mt, maxField, 1, MaxTokensLimit) : defaultMaxTokens;
        var temperature = Optional(body, "temperature") is { } t ? Number(t, "temperature", 0, 2) : 0;
        var topP = Optional(body, "top_p") is { } p ? Number(p, "top_p", 0, 1) : 1;
        if (topP == 0) throw ApiError.BadField("top_p", "is 0; use a number above 0 and at most 1.");
        var topK = Optional(body, "top_k") is { } k ? Int(k, "top_k", 0, int.MaxValue) : 0;
        var seed = Optional(body, "seed") is { } s ? Seed(s) : 0UL;
        var stream = Optional(body, "stream") is { } st ? Bool(st, "stream") : false;
        if (Optional(body, "n") is { } n && Int(n, "n", 1, int.MaxValue) != 1)
            throw ApiError.BadField("n", "asks for several choices; this server returns one (n = 1).");
        var tools = ToolFields.Tools(body);
        bool? thinking = null;
        if (Optional(body, "chat_template_kwargs") is { } kwargs)
        {
            if (kwargs.ValueKind != JsonValueKind.Object)
                throw ApiError.BadField("chat_template_kwargs", $"is {JsonFields.Describe(kwargs)}, expected an object.");
            if (Optional(kwargs, "enable_thinking") is { } et) thinking = Bool(et, "chat_template_kwargs.enable_thinking");
        }
        // Temperature 0 is greedy, as every OpenAI-compatible server reads it; absent is greedy too (an evaluation default).
        var decoding = new DecodingConfig(temperature == 0 ? DecodingMode.Greedy : DecodingMode.Sample, temperature == 0 ? 1.0 : temperature, topP, topK, seed, Stops(body));
        return new ChatCompletionRequest(model, messages, maxTokens, decoding, thinking, stream, tools);
    }

    private static List<ChatMessage> ParseMessages(JsonElement body)
    {
        if (Optional(body, "messages") is not { } list) throw ApiError.BadField("messages", "is missing. Send at least one message.");
        if (list.ValueKind != JsonValueKind.Array) throw ApiError.BadField("messages", $"is {JsonFields.Describe(list)}, expected an array.");
        if (list.GetArrayLength() == 0) throw ApiError.BadField("messages", "is empty. Send at least one message.");
        var result = new List<ChatMessage>();
        var i = 0;
        foreach (var m in list.EnumerateArray())
        {
            var at = $"messages[{i++}]";
            if (m.ValueKind != JsonValueKind.Object) throw ApiError.BadField(at, $"is {JsonFields.Describe(m)}, expected an object with role and content.");
            var role = Optional(m, "role") is { ValueKind: JsonValueKind.String } r ? r.GetString()! : throw ApiError.BadField($"{at}.role", "is missing or not a string.");
            if (role is not ("system" or "developer" or "user" or "assistant" or "tool"))
                throw ApiError.BadField($"{at}.role", $"is \"{role}\"; use system, user, assistant or tool.");
            var content = Content(Optional(m, "content"), $"{at}.content", role == "assistant");
            var message = new ChatMessage(role == "developer" ? "system" : role, content);
            if (role == "assistant") message = message with { ToolCalls = ToolFields.Calls(m, at) };
            if (role == "tool")
            {
                var callId = Optional(m, "tool_call_id") is { ValueKind: JsonValueKind.String } id ? id.GetString() : null;
                message = message with { ToolCallId = callId, Name = ToolFields.ToolName(m, callId, result) };
            }
            if (Optional(m, "reasoning_content") is { } rc)
                message = message with { ReasoningContent = rc.ValueKind == JsonValueKind.String ? rc.GetString() : throw ApiError.BadField($"{at}.reasoning_content", "expected a string.") };
            result.Add(message);
        }
        return result;
    }

    /// <summary>A string, or an array of {"type": "text", "text": …} parts (joined); null only for an assistant turn.</summary>
    private static string Content(JsonElement? content, string at, bool mayBeNull)
    {
        switch (content)
        {
            case null when mayBeNull:
                return "";
            case null:
                throw ApiError.BadField(at, "is missing.");
            case { ValueKind: JsonValueKind.String } s:
                return s.GetString()!;
            case { ValueKind: JsonValueKind.Array } parts:
                var text = new System.Text.StringBuilder();
                var j = 0;
                foreach (var part in parts.EnumerateArray())
                {
                    var p = $"{at}[{j++}]";
                    if (part.ValueKind != JsonValueKind.Object || Optional(part, "type") is not { ValueKind: JsonValueKind.String } type)
                        throw ApiError.BadField(p, "expected {\"type\": \"text\", \"text\": \"…\"}.");
                    if (type.GetString() != "text") throw ApiError.BadField($"{p}.type", $"is \"{type.GetString()}\"; only text parts are served.");
                    text.Append(Optional(part, "text") is { ValueKind: JsonValueKind.String } t ? t.GetString() : throw ApiError.BadField($"{p}.text", "is missing or not a string."));
                }
                return text.ToString();
            default:
                throw ApiError.BadField(at, $"is {JsonFields.Describe(content.Value)}, expected a string or an array of text parts.");
        }
    }

    private static IReadOnlyList<string> Stops(JsonElement body)
    {
        switch (Optional(body, "stop"))
        {
            case null:
                return [];
            case { ValueKind: JsonValueKind.String } s:
                return s.GetString()!.Length > 0 ? [s.GetString()!] : throw ApiError.BadField("stop", "is an empty string.");
            case { ValueKind: JsonValueKind.Array } list:
                if (list.GetArrayLength() > MaxStops) throw ApiError.BadField("stop", $"has {list.GetArrayLength()} strings; at most {MaxStops}.");
                return list.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.String && e.GetString()!.Length > 0
                    ? e.GetString()!
                    : throw ApiError.BadField($"stop[{i}]", $"is {JsonFields.Describe(e)}, expected a non-empty string.")).ToList();
            case { } other:
                throw ApiError.BadField("stop", $"is {JsonFields.Describe(other)}, expected a string or an array of strings.");
        }
    }

    private static JsonElement? Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static int Int(JsonElement e, string name, int min, int max)
    {
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt64(out var v)) throw ApiError.BadField(name, $"is {JsonFields.Describe(e)}, expected a whole number.");
        if (v < min || v > max) throw ApiError.BadField(name, $"is {v}; use a whole number from {min} to {max}.");
        return (int)v;
    }

    private static double Number(JsonElement e, string name, double min, double max)
    {
        if (e.ValueKind != JsonValueKind.Number) throw ApiError.BadField(name, $"is {JsonFields.Describe(e)}, expected a number.");
        var v = e.GetDouble();
        if (v < min || v > max) throw ApiError.BadField(name, $"is {e.GetRawText()}; use a number from {min} to {max}.");
        return v;
    }

    private static bool Bool(JsonElement e, string name) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw ApiError.BadField(name, $"is {JsonFields.Describe(e)}, expected true or false."),
    };

    /// <summary>Any 64-bit whole number: unsigned as the harness writes seeds, or signed as most clients do.</summary>
    private static ulong Seed(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Number && e.TryGetUInt64(out var u)) return u;
        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var l)) return unchecked((ulong)l);
        throw ApiError.BadField("seed", $"is {JsonFields.Describe(e)}, expected a whole number.");
    }
}
