using System.Text.Json.Nodes;

namespace QwenEval.Core.Generation;

/// <summary>A function the model may call: its name, what it does, and its arguments as a JSON Schema object.</summary>
public sealed record ToolSpec(string Name, string Description, JsonObject Parameters)
{
    /// <summary>The OpenAI / Hugging Face form chat templates receive as `tools`: {"type": "function", "function": {...}}.</summary>
    public JsonObject ToJson() => new()
    {
        ["type"] = "function",
        ["function"] = new JsonObject
        {
            ["name"] = Name,
            ["description"] = Description,
            ["parameters"] = Parameters.DeepClone(),
        },
    };

    /// <summary>Reads the OpenAI form, or a bare {"name", "description", "parameters"} object.</summary>
    public static ToolSpec FromJson(JsonObject json)
    {
        var function = json["function"] as JsonObject ?? json;
        var name = function["name"] is JsonValue n && n.TryGetValue<string>(out var s) && s.Length > 0
            ? s
            : throw new ArgumentException("A tool needs a non-empty string \"name\".", nameof(json));
        var description = function["description"] is JsonValue d && d.TryGetValue<string>(out var ds) ? ds : "";
        var parameters = function["parameters"] is JsonObject p ? (JsonObject)p.DeepClone() : new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() };
        return new ToolSpec(name, description, parameters);
    }

    /// <summary>
    /// The JSON Schema types declared for one parameter ("type" as a string or a list, and the types of anyOf/oneOf
    /// alternatives), in order; empty when the parameter is not declared or declares no type.
    /// </summary>
    public IReadOnlyList<string> ParameterTypes(string parameter)
    {
        var types = new List<string>();
        if (Parameters["properties"] is JsonObject properties && properties.TryGetPropertyValue(parameter, out var schema))
            AddTypes(schema, types);
        return types;
    }

    private static void AddTypes(JsonNode? schema, List<string> types)
    {
        if (schema is not JsonObject obj) return;
        switch (obj["type"])
        {
            case JsonValue v when v.TryGetValue<string>(out var t):
                types.Add(t);
                break;
            case JsonArray list:
                foreach (var item in list)
                    if (item is JsonValue iv && iv.TryGetValue<string>(out var it)) types.Add(it);
                break;
        }
        foreach (var key in (ReadOnlySpan<string>)["anyOf", "oneOf"])
            if (obj[key] is JsonArray alternatives)
                foreach (var alternative in alternatives) AddTypes(alternative, types);
    }
}
