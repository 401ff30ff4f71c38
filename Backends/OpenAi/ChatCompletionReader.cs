using System.Text.Json;
using QwenEval.Core.Generation;

namespace QwenEval.Backends.OpenAi;

/// <summary>
/// Reads a chat-completions response body, saying exactly what is wrong with a malformed one (not JSON, no
/// `choices`, a field of the wrong type) instead of failing on the first missing key.
/// </summary>
public static class ChatCompletionReader
{
    /// <summary>The answer, or null with <paramref name="problem"/> saying what was wrong with the body.</summary>
    public static GenerationResult? Read(string body, double elapsedMs, out string? problem)
    {
        problem = null;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            problem = $"the body is not JSON ({e.Message}): {Excerpt(body)}";
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail(out problem, $"the body is a JSON {Kind(root)}, not an object: {Excerpt(body)}");
            if (!root.TryGetProperty("choices", out var choices))
                return Fail(out problem, root.TryGetProperty("error", out var error)
                    ? $"the body has no \"choices\" but an error: {Excerpt(error.GetRawText())}"
                    : $"the body has no \"choices\": {Excerpt(body)}");
            if (choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
                return Fail(out problem, $"\"choices\" is {(choices.ValueKind == JsonValueKind.Array ? "an empty array" : $"a {Kind(choices)}")}, expected an array with one choice");
            var choice = choices[0];
            if (choice.ValueKind != JsonValueKind.Object || !choice.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
                return Fail(out problem, $"choices[0].message is missing or not an object: {Excerpt(choice.GetRawText())}");
            if (!OptionalString(message, "content", out var content, out problem)) return null;
            if (!OptionalString(message, "reasoning_content", out var reasoning, out problem)) return null;
            if (!OptionalString(choice, "finish_reason", out var finishReason, out problem, "choices[0]")) return null;
            var text = content ?? "";
            // Some servers return reasoning apart from the answer; keep it in the record the way the model wrote it.
            if (reasoning is { Length: > 0 }) text = $"<think>\n{reasoning}\n</think>\n\n{text}";
            var finish = finishReason == "length" ? FinishReason.Length : FinishReason.Stop;
            int Usage(string name) => root.TryGetProperty("usage", out var u) && u.ValueKind == JsonValueKind.Object &&
                                      u.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 0;
            return new GenerationResult(text, finish, Usage("prompt_tokens"), Usage("completion_tokens"), elapsedMs, elapsedMs);
        }
    }

    private static bool OptionalString(JsonElement parent, string name, out string? value, out string? problem, string path = "choices[0].message")
    {
        value = null;
        problem = null;
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return true;
        if (v.ValueKind == JsonValueKind.String)
        {
            value = v.GetString();
            return true;
        }
        problem = $"{path}.{name} is a {Kind(v)}, expected a string or null";
        return false;
    }

    private static GenerationResult? Fail(out string? problem, string text)
    {
        problem = text;
        return null;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    public static string Excerpt(string s)
    {
        var oneLine = s.ReplaceLineEndings(" ");
        return oneLine.Length > 200 ? oneLine[..200] + "…" : oneLine;
    }
}
