using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core.Generation;
using QwenEval.Engine.ToolCalls;
using QwenEval.Tests.Engine.Templates;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Engine.ToolCalls;

/// <summary>Helpers shared by the tool-call tests: golden folders, the golden tool list and JSON comparison.</summary>
internal static class ToolCallJson
{
    public static string GoldenDir => Path.Combine(TestPaths.Root, "Tests", "Goldens", "tool_calls");

    public static IReadOnlyList<ToolSpec> GoldenTools { get; } =
        JsonNode.Parse(File.ReadAllText(Path.Combine(GoldenDir, "tools.json")))!.AsArray()
            .Select(t => ToolSpec.FromJson(t!.AsObject())).ToList();

    public static string KindName(MalformedKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    /// <summary>
    /// Same JSON, key order included. Numbers match by value and by being written as an integer or not (1 vs 1.0),
    /// since templates print the two differently; "1.50" and 1.5 match.
    /// </summary>
    public static bool Same(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonObject x, JsonObject y):
                return x.Count == y.Count && x.Zip(y).All(p => p.First.Key == p.Second.Key && Same(p.First.Value, p.Second.Value));
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second));
            case (JsonValue x, JsonValue y):
                {
                    var (kx, ky) = (x.GetValueKind(), y.GetValueKind());
                    if (kx != ky) return false;
                    if (kx != JsonValueKind.Number) return x.ToJsonString() == y.ToJsonString() || JsonNode.DeepEquals(x, y);
                    var (tx, ty) = (x.ToJsonString(), y.ToJsonString());
                    return IsInteger(tx) == IsInteger(ty) && double.Parse(tx, System.Globalization.CultureInfo.InvariantCulture) == double.Parse(ty, System.Globalization.CultureInfo.InvariantCulture);
                }
            default:
                return false;
        }
    }

    private static bool IsInteger(string number) => number.AsSpan().IndexOfAny(".eE") < 0;
}
