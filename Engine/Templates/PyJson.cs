using System.Text;

namespace QwenEval.Engine.Templates;

/// <summary>Python's json.dumps, which transformers installs as the tojson filter (no HTML escaping, ensure_ascii off).</summary>
internal static class PyJson
{
    public static string Dumps(object? value, bool ensureAscii, string? indent, string itemSeparator, string keySeparator, bool sortKeys)
    {
        var sb = new StringBuilder();
        Write(sb, value, ensureAscii, indent, itemSeparator, keySeparator, sortKeys, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, bool ascii, string? indent, string itemSep, string keySep, bool sortKeys, int level)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case long l:
                sb.Append(PyOps.Str(l));
                return;
            case double d:
                sb.Append(double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : PyOps.FloatRepr(d));
                return;
            case string or Markup:
                WriteString(sb, PyOps.Str(value), ascii);
                return;
            case List<object?> or object?[] when value is not PyListLike:
                {
                    var items = value as IReadOnlyList<object?> ?? (object?[])value;
                    if (items.Count == 0)
                    {
                        sb.Append("[]");
                        return;
                    }
                    sb.Append('[');
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (i > 0) sb.Append(itemSep);
                        NewLine(sb, indent, level + 1);
                        Write(sb, items[i], ascii, indent, itemSep, keySep, sortKeys, level + 1);
                    }
                    NewLine(sb, indent, level);
                    sb.Append(']');
                    return;
                }
            case JinjaDict dict:
                {
                    if (dict.Count == 0)
                    {
                        sb.Append("{}");
                        return;
                    }
                    var entries = dict.ToList();
                    // sort_keys orders the original keys (Python's sorted), before they become strings.
                    if (sortKeys) entries = PySort.Sorted(entries, kv => kv.Key);
                    var pairs = entries.Select(kv => (Key: KeyString(kv.Key), kv.Value)).ToList();
                    sb.Append('{');
                    for (var i = 0; i < pairs.Count; i++)
                    {
                        if (i > 0) sb.Append(itemSep);
                        NewLine(sb, indent, level + 1);
                        WriteString(sb, pairs[i].Key, ascii);
                        sb.Append(keySep);
                        Write(sb, pairs[i].Value, ascii, indent, itemSep, keySep, sortKeys, level + 1);
                    }
                    NewLine(sb, indent, level);
                    sb.Append('}');
                    return;
                }
            default:
                throw new TemplateException("TypeError", $"Object of type {PyOps.TypeName(value)} is not JSON serializable");
        }
    }

    private static string KeyString(object? key) => key switch
    {
        string or Markup => PyOps.Str(key),
        null => "null",
        bool b => b ? "true" : "false",
        long or double => PyOps.Str(key),
        _ => throw new TemplateException("TypeError", $"keys must be str, int, float, bool or None, not {PyOps.TypeName(key)}"),
    };

    private static void NewLine(StringBuilder sb, string? indent, int level)
    {
        if (indent is null) return;
        sb.Append('\n');
        for (var i = 0; i < level; i++) sb.Append(indent);
    }

    private static void WriteString(StringBuilder sb, string s, bool ascii)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    // UTF-16 units are exactly what ensure_ascii writes for astral characters (surrogate pairs).
                    if (c < ' ' || (ascii && c > '~')) sb.Append($"\\u{(int)c:x4}");
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
