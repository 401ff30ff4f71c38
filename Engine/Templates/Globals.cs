using System.Globalization;
using System.Text;

namespace QwenEval.Engine.Templates;

/// <summary>
/// The names every template sees: Jinja's defaults (range, dict, namespace, joiner, cycler) and the ones transformers
/// adds (raise_exception, strftime_now).
/// </summary>
internal static class Globals
{
    // ImmutableSandboxedEnvironment refuses ranges longer than this.
    private const long MaxRange = 100_000;

    public static Scope Create()
    {
        var scope = new Scope(null);
        scope.Set("range", new BuiltinFunction("range", (_, a) => Range(a)));
        scope.Set("dict", new BuiltinFunction("dict", (_, a) => MakeDict(a)));
        scope.Set("namespace", new BuiltinFunction("namespace", (_, a) => MakeNamespace(a)));
        scope.Set("joiner", new BuiltinFunction("joiner", (_, a) => Joiner(a)));
        scope.Set("cycler", new BuiltinFunction("cycler", (_, a) => Cycler(a)));
        scope.Set("raise_exception", new BuiltinFunction("raise_exception", (_, a) =>
            throw new TemplateRaisedException(PyOps.Str(a.Bind("raise_exception", ("message", Arguments.Required))[0]))));
        scope.Set("strftime_now", new BuiltinFunction("strftime_now", (_, a) =>
            Strftime(DateTime.Now, PyOps.Str(a.Bind("strftime_now", ("format", Arguments.Required))[0]))));
        return scope;
    }

    private static object Range(Arguments a)
    {
        a.NoKeywords("range");
        var p = a.Positional.Select(v => v is long or bool ? PyOps.ToLong(v)
            : throw new TemplateException("TypeError", $"{PyOps.Repr(PyOps.TypeName(v))} object cannot be interpreted as an integer")).ToList();
        var (start, stop, step) = p.Count switch
        {
            1 => (0L, p[0], 1L),
            2 => (p[0], p[1], 1L),
            3 => (p[0], p[1], p[2]),
            _ => throw new TemplateException("TypeError", $"range expected at most 3 arguments, got {p.Count}"),
        };
        if (step == 0) throw new TemplateException("ValueError", "range() arg 3 must not be zero");
        var count = step > 0 ? Math.Max(0, (stop - start + step - 1) / step) : Math.Max(0, (start - stop - step - 1) / -step);
        if (count > MaxRange)
            throw new TemplateException("OverflowError", $"Range too big. The sandbox blocks ranges larger than MAX_RANGE ({MaxRange}).");
        var range = new PyRange(start, stop, step);
        for (var i = 0L; i < count; i++) range.Add(start + i * step);
        return range;
    }

    private static JinjaDict MakeDict(Arguments a)
    {
        var dict = new JinjaDict();
        if (a.Positional.Count > 1) throw new TemplateException("TypeError", $"dict expected at most 1 argument, got {a.Positional.Count}");
        if (a.Positional.Count == 1)
        {
            if (a.Positional[0] is JinjaDict source)
                foreach (var (k, v) in source) dict[k] = v;
            else
                foreach (var pair in PyOps.Iterate(a.Positional[0]))
                {
                    var kv = PyOps.Iterate(pair).ToList();
                    if (kv.Count != 2) throw new TemplateException("ValueError", $"dictionary update sequence element has length {kv.Count}; 2 is required");
                    dict[kv[0]] = kv[1];
                }
        }
        foreach (var (k, v) in a.Keywords) dict[k] = v;
        return dict;
    }

    private static Namespace MakeNamespace(Arguments a)
    {
        var ns = new Namespace();
        foreach (var (k, v) in MakeDict(a))
            ns.Attributes[PyOps.TryString(k, out var key) ? key : throw new TemplateException("TypeError", "keywords must be strings")] = v;
        return ns;
    }

    private static BuiltinFunction Joiner(Arguments a)
    {
        var sep = a.Bind("joiner", ("sep", ", "))[0];
        var used = false;
        return new BuiltinFunction("joiner", (_, _) =>
        {
            if (used) return sep;
            used = true;
            return "";
        });
    }

    private static Namespace Cycler(Arguments a)
    {
        a.NoKeywords("cycler");
        if (a.Positional.Count == 0) throw new TemplateException("RuntimeError", "at least one item has to be provided");
        var items = a.Positional.ToList();
        var ns = new Namespace();
        var pos = 0;
        ns.Attributes["current"] = items[0];
        ns.Attributes["next"] = new BuiltinFunction("next", (_, _) =>
        {
            var rv = items[pos];
            pos = (pos + 1) % items.Count;
            ns.Attributes["current"] = items[pos];
            return rv;
        });
        ns.Attributes["reset"] = new BuiltinFunction("reset", (_, _) =>
        {
            pos = 0;
            ns.Attributes["current"] = items[0];
            return null;
        });
        return ns;
    }

    /// <summary>Python's datetime.strftime for the directives chat templates use (dates in system prompts).</summary>
    internal static string Strftime(DateTime t, string format)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 >= format.Length)
            {
                sb.Append(format[i]);
                continue;
            }
            var c = format[++i];
            sb.Append(c switch
            {
                'a' => t.ToString("ddd", inv),
                'A' => t.ToString("dddd", inv),
                'b' or 'h' => t.ToString("MMM", inv),
                'B' => t.ToString("MMMM", inv),
                'd' => t.ToString("dd", inv),
                '-' when i + 1 < format.Length && format[i + 1] == 'd' => t.Day.ToString(inv),
                'm' => t.ToString("MM", inv),
                'y' => t.ToString("yy", inv),
                'Y' => t.Year.ToString(inv),
                'H' => t.ToString("HH", inv),
                'I' => t.ToString("hh", inv),
                'M' => t.ToString("mm", inv),
                'S' => t.ToString("ss", inv),
                'p' => t.Hour < 12 ? "AM" : "PM",
                'j' => t.DayOfYear.ToString("000", inv),
                'w' => ((int)t.DayOfWeek).ToString(inv),
                'f' => (t.Ticks % TimeSpan.TicksPerSecond / 10).ToString("000000", inv),
                'Z' or 'z' => "",
                '%' => "%",
                _ => "%" + c,
            });
            if (c == '-' && i + 1 < format.Length && format[i + 1] == 'd') i++;
        }
        return sb.ToString();
    }
}
