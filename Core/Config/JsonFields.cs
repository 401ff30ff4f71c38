using System.Text.Json;

namespace QwenEval.Core.Config;

/// <summary>
/// Reads one JSON object of a config file field by field, tracking the JSON path so every error can name it,
/// and rejecting fields it was never asked about (a typo must not be silently ignored).
/// </summary>
public sealed class JsonFields
{
    private readonly string _file;
    private readonly string _path;
    private readonly JsonElement _obj;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public JsonFields(string file, string path, JsonElement obj)
    {
        _file = file;
        _path = path;
        _obj = obj;
        if (obj.ValueKind != JsonValueKind.Object)
            throw Error(path, $"is {Describe(obj)}, expected an object.", "Write it as { ... }.");
    }

    public string PathOf(string field) => $"{_path}.{field}";

    public ConfigException Error(string jsonPath, string problem, string fix) => new(_file, jsonPath, problem, fix);

    public bool Has(string field)
    {
        _known.Add(field);
        return _obj.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null;
    }

    public JsonElement? Element(string field)
    {
        _known.Add(field);
        return _obj.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;
    }

    public JsonFields Object(string field) =>
        new(_file, PathOf(field), Element(field) ?? throw Error(PathOf(field), "is missing.", $"Add \"{field}\": {{ ... }}."));

    public JsonFields? OptionalObject(string field) =>
        Element(field) is { } e ? new JsonFields(_file, PathOf(field), e) : null;

    public string String(string field, string example) =>
        OptionalString(field) ?? throw Error(PathOf(field), "is missing.", $"Add \"{field}\": \"{example}\".");

    public string? OptionalString(string field)
    {
        if (Element(field) is not { } e) return null;
        if (e.ValueKind != JsonValueKind.String)
            throw Error(PathOf(field), $"is {Describe(e)}, expected a string.", "Put the value in double quotes.");
        var s = e.GetString()!;
        if (s.Trim().Length == 0)
            throw Error(PathOf(field), "is an empty string.", "Give it a value or remove the field.");
        return s;
    }

    public int Int(string field, int fallback, int min, int max)
    {
        if (Element(field) is not { } e) return fallback;
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var v))
            throw Error(PathOf(field), $"is {Describe(e)}, expected a whole number.", $"Use a whole number from {min} to {max}.");
        if (v < min || v > max)
            throw Error(PathOf(field), $"is {v}, out of range.", $"Use a whole number from {min} to {max}.");
        return v;
    }

    public ulong ULong(string field, ulong fallback)
    {
        if (Element(field) is not { } e) return fallback;
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetUInt64(out var v))
            throw Error(PathOf(field), $"is {Describe(e)}, expected a non-negative whole number.", "Use a seed such as 1234.");
        return v;
    }

    public double Double(string field, double fallback, double min, double max)
    {
        if (Element(field) is not { } e) return fallback;
        if (e.ValueKind != JsonValueKind.Number)
            throw Error(PathOf(field), $"is {Describe(e)}, expected a number.", $"Use a number from {min} to {max}.");
        var v = e.GetDouble();
        if (v < min || v > max || double.IsNaN(v))
            throw Error(PathOf(field), $"is {v}, out of range.", $"Use a number from {min} to {max}.");
        return v;
    }

    public bool Bool(string field, bool fallback)
    {
        if (Element(field) is not { } e) return fallback;
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(PathOf(field), $"is {Describe(e)}, expected true or false.", "Write true or false without quotes."),
        };
    }

    public IReadOnlyList<JsonElement> Array(string field, bool required)
    {
        if (Element(field) is not { } e)
            return required ? throw Error(PathOf(field), "is missing.", $"Add \"{field}\": [ ... ].") : [];
        if (e.ValueKind != JsonValueKind.Array)
            throw Error(PathOf(field), $"is {Describe(e)}, expected an array.", "Write it as [ ... ].");
        return e.EnumerateArray().ToList();
    }

    /// <summary>Call last: any field nobody asked for is a typo or a field from another version.</summary>
    public void RejectUnknown()
    {
        foreach (var p in _obj.EnumerateObject())
        {
            if (_known.Contains(p.Name)) continue;
            var suggestion = _known.OrderBy(k => Distance(k, p.Name)).FirstOrDefault();
            var fix = suggestion is not null && Distance(suggestion, p.Name) <= 3
                ? $"Did you mean \"{suggestion}\"? Known fields here: {string.Join(", ", _known.Order())}."
                : $"Remove it. Known fields here: {string.Join(", ", _known.Order())}.";
            throw Error(PathOf(p.Name), "is not a known field.", fix);
        }
    }

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{e.GetString()}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {e.GetRawText()}",
        _ => "null",
    };

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
