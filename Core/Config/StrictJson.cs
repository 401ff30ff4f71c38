using System.Text.Json;

namespace QwenEval.Core.Config;

/// <summary>
/// Parses a JSON input file so that every problem names the file and the place: syntax errors by line and byte,
/// nesting past the limit as such (not as a syntax error), and duplicate keys (which JSON readers otherwise resolve
/// silently, last one wins).
/// </summary>
public static class StrictJson
{
    public const int MaxDepth = 64;

    public static JsonDocument Parse(string file, string text)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
        }
        catch (JsonException e) when (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            throw new ConfigException(file, $"line {e.LineNumber + 1}", $"nests objects or arrays deeper than {MaxDepth} levels.",
                "Flatten it: no field of this file needs that depth.");
        }
        catch (JsonException e)
        {
            throw new ConfigException(file, $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}", "is not valid JSON.",
                "Fix the syntax there (missing comma, quote or bracket?).");
        }
        try
        {
            RejectDuplicateKeys(file, "$", doc.RootElement);
        }
        catch
        {
            doc.Dispose();
            throw;
        }
        return doc;
    }

    private static void RejectDuplicateKeys(string file, string path, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    if (!seen.Add(p.Name))
                        throw new ConfigException(file, $"{path}.{p.Name}", "appears twice in the same object.",
                            "Keep one of them: JSON readers disagree on which one wins.");
                    RejectDuplicateKeys(file, $"{path}.{p.Name}", p.Value);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray()) RejectDuplicateKeys(file, $"{path}[{i++}]", item);
                break;
        }
    }
}
