using System.Globalization;

namespace QwenEval.Engine.Onnx.Config;

/// <summary>Expands GenAI's name templates ("past_key_values.%d.key", "past_%d") for one layer index.</summary>
public static class ConfigNames
{
    public static string ForLayer(string template, int layer) =>
        template.Replace("%d", layer.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The layer index a concrete name carries under a template, or null when it does not fit the template.</summary>
    public static int? LayerOf(string template, string name)
    {
        var at = template.IndexOf("%d", StringComparison.Ordinal);
        if (at < 0) return null;
        var prefix = template[..at];
        var suffix = template[(at + 2)..];
        if (name.Length <= prefix.Length + suffix.Length || !name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(suffix, StringComparison.Ordinal))
            return null;
        var digits = name.AsSpan(prefix.Length, name.Length - prefix.Length - suffix.Length);
        foreach (var c in digits)
            if (c is < '0' or > '9') return null;
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }
}
