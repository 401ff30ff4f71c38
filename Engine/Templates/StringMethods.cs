using System.Text;

namespace QwenEval.Engine.Templates;

/// <summary>The methods of Python's str that templates call ("x".startswith(...), .split, .strip, .replace, ...).</summary>
internal static class StringMethods
{
    public static object? Call(string s, string name, Arguments args)
    {
        switch (name)
        {
            case "startswith":
            case "endswith":
                {
                    args.NoKeywords(name);
                    var a = args.Bind(name, ("prefix", Arguments.Required), ("start", null), ("end", null));
                    var sub = Window(s, a[1], a[2]);
                    bool Test(object? p)
                    {
                        if (!PyOps.TryString(p, out var ps))
                            throw new TemplateException("TypeError", $"{name} first arg must be str or a tuple of str, not {PyOps.TypeName(p)}");
                        if (sub is null) return false;
                        return name == "startswith" ? sub.StartsWith(ps, StringComparison.Ordinal) : sub.EndsWith(ps, StringComparison.Ordinal);
                    }
                    return a[0] is object?[] tuple ? tuple.Any(Test) : Test(a[0]);
                }
            case "split":
            case "rsplit":
                {
                    var a = args.Bind(name, ("sep", null), ("maxsplit", -1L));
                    var sep = OptionalString(a[0], name);
                    var max = Int(a[1], name);
                    return name == "split" ? PyStr.Split(s, sep, max) : PyStr.RSplit(s, sep, max);
                }
            case "strip":
            case "lstrip":
            case "rstrip":
                {
                    args.NoKeywords(name);
                    var a = args.Bind(name, ("chars", null));
                    return PyStr.Strip(s, OptionalString(a[0], name), name != "rstrip", name != "lstrip");
                }
            case "replace":
                {
                    args.NoKeywords(name);
                    var a = args.Bind(name, ("old", Arguments.Required), ("new", Arguments.Required), ("count", -1L));
                    return Replace(s, String(a[0], name), String(a[1], name), Int(a[2], name));
                }
            case "upper":
                args.Bind(name);
                return PyStr.Upper(s);
            case "lower":
            case "casefold":
                args.Bind(name);
                return PyStr.Lower(s);
            case "title":
                args.Bind(name);
                return PyStr.Title(s);
            case "capitalize":
                args.Bind(name);
                return PyStr.Capitalize(s);
            case "swapcase":
                args.Bind(name);
                return string.Concat(s.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));
            case "find":
            case "rfind":
            case "index":
            case "rindex":
            case "count":
                {
                    args.NoKeywords(name);
                    var a = args.Bind(name, ("sub", Arguments.Required), ("start", null), ("end", null));
                    var sub = String(a[0], name);
                    var (from, to) = Bounds(s, a[1], a[2]);
                    if (from > to) return name == "count" ? 0L : NotFound(name);
                    var window = s[from..to];
                    if (name == "count")
                    {
                        if (sub.Length == 0) return (long)PyStr.Length(window) + 1;
                        long n = 0;
                        for (var i = window.IndexOf(sub, StringComparison.Ordinal); i >= 0; i = window.IndexOf(sub, i + sub.Length, StringComparison.Ordinal)) n++;
                        return n;
                    }
                    var k = name is "find" or "index" ? window.IndexOf(sub, StringComparison.Ordinal) : window.LastIndexOf(sub, StringComparison.Ordinal);
                    if (sub.Length == 0 && name is "rfind" or "rindex") k = window.Length;
                    return k < 0 ? NotFound(name) : (long)PyStr.CodePointIndex(s, from + k);
                }
            case "join":
                {
                    args.NoKeywords(name);
                    var a = args.Bind(name, ("iterable", Arguments.Required));
                    var parts = PyOps.Iterate(a[0]).Select((p, i) => PyOps.TryString(p, out var ps)
                        ? ps
                        : throw new TemplateException("TypeError", $"sequence item {i}: expected str instance, {PyOps.TypeName(p)} found"));
                    return string.Join(s, parts);
                }
            case "splitlines":
                {
                    var a = args.Bind(name, ("keepends", false));
                    return PyStr.SplitLines(s, PyOps.Truthy(a[0]));
                }
            case "center":
            case "ljust":
            case "rjust":
                {
                    args.NoKeywords(name);
                    var a = args.Bind(name, ("width", Arguments.Required), ("fillchar", " "));
                    return Justify(s, name, Int(a[0], name), String(a[1], name));
                }
            case "zfill":
                {
                    var width = (int)Int(args.Bind(name, ("width", Arguments.Required))[0], name);
                    var len = PyStr.Length(s);
                    if (len >= width) return s;
                    var signed = s.Length > 0 && s[0] is '+' or '-';
                    return signed ? s[0] + new string('0', width - len) + s[1..] : new string('0', width - len) + s;
                }
            case "partition":
            case "rpartition":
                {
                    var sep = String(args.Bind(name, ("sep", Arguments.Required))[0], name);
                    if (sep.Length == 0) throw new TemplateException("ValueError", "empty separator");
                    var k = name == "partition" ? s.IndexOf(sep, StringComparison.Ordinal) : s.LastIndexOf(sep, StringComparison.Ordinal);
                    if (k < 0) return name == "partition" ? new object?[] { s, "", "" } : new object?[] { "", "", s };
                    return new object?[] { s[..k], sep, s[(k + sep.Length)..] };
                }
            case "removeprefix":
                {
                    var p = String(args.Bind(name, ("prefix", Arguments.Required))[0], name);
                    return s.StartsWith(p, StringComparison.Ordinal) ? s[p.Length..] : s;
                }
            case "removesuffix":
                {
                    var p = String(args.Bind(name, ("suffix", Arguments.Required))[0], name);
                    return p.Length > 0 && s.EndsWith(p, StringComparison.Ordinal) ? s[..^p.Length] : s;
                }
            case "isalnum":
            case "isalpha":
            case "isdigit":
            case "isnumeric":
            case "isdecimal":
            case "isspace":
            case "isascii":
            case "isprintable":
            case "isidentifier":
                args.Bind(name);
                return Classify(s, name);
            case "islower":
            case "isupper":
                {
                    args.Bind(name);
                    var cased = s.Where(char.IsLetter).Where(c => char.IsUpper(c) || char.IsLower(c)).ToList();
                    return cased.Count > 0 && cased.All(name == "islower" ? char.IsLower : char.IsUpper);
                }
            case "istitle":
                args.Bind(name);
                return s.Any(char.IsLetter) && PyStr.Title(s) == s;
            case "expandtabs":
                {
                    var size = (int)Int(args.Bind(name, ("tabsize", 8L))[0], name);
                    var sb = new StringBuilder();
                    var col = 0;
                    foreach (var c in s)
                    {
                        if (c == '\t')
                        {
                            var n = size > 0 ? size - col % size : 0;
                            sb.Append(' ', n);
                            col += n;
                        }
                        else
                        {
                            sb.Append(c);
                            col = c is '\n' or '\r' ? 0 : col + 1;
                        }
                    }
                    return sb.ToString();
                }
            case "format":
                return PyFormat.Format(s, args);
            case "format_map":
                {
                    var m = args.Bind(name, ("mapping", Arguments.Required))[0] as JinjaDict
                        ?? throw new TemplateException("TypeError", "format_map() argument must be a mapping");
                    return PyFormat.Format(s, new Arguments([], m.Select(kv => new KeyValuePair<string, object?>(PyOps.Str(kv.Key), kv.Value)).ToList()));
                }
            default:
                throw new TemplateException("SecurityError", $"str.{name} is not available in templates");
        }
    }

    private static object NotFound(string name) => name is "find" or "rfind"
        ? -1L
        : throw new TemplateException("ValueError", "substring not found");

    private static bool Classify(string s, string name)
    {
        if (name == "isascii") return s.All(c => c < 128);
        if (name == "isprintable") return PyStr.Repr(s).Length == s.Length + 2 || s.All(c => c >= ' ' && c != '\x7f' && !char.IsControl(c));
        if (s.Length == 0) return false;
        return name switch
        {
            "isalnum" => s.All(char.IsLetterOrDigit),
            "isalpha" => s.All(char.IsLetter),
            "isdigit" or "isdecimal" => s.All(char.IsDigit),
            "isnumeric" => s.All(char.IsNumber),
            "isspace" => s.All(PyStr.IsSpace),
            _ => (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_'),
        };
    }

    private static string Justify(string s, string name, long width, string fill)
    {
        if (PyStr.Length(fill) != 1) throw new TemplateException("TypeError", "The fill character must be exactly one character long");
        var len = PyStr.Length(s);
        if (len >= width) return s;
        var pad = (int)width - len;
        string Fill(int n) => string.Concat(Enumerable.Repeat(fill, n));
        return name switch
        {
            "ljust" => s + Fill(pad),
            "rjust" => Fill(pad) + s,
            // CPython's center puts the odd space on the left when the width is odd.
            _ => Fill(pad / 2 + (pad & (int)width & 1)) + s + Fill(pad - (pad / 2 + (pad & (int)width & 1))),
        };
    }

    public static string Replace(string s, string old, string replacement, long count)
    {
        if (count < 0) return old.Length == 0 ? InsertEverywhere(s, replacement, int.MaxValue) : s.Replace(old, replacement, StringComparison.Ordinal);
        if (old.Length == 0) return InsertEverywhere(s, replacement, count);
        var sb = new StringBuilder();
        var pos = 0;
        for (var n = 0; n < count; n++)
        {
            var k = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (k < 0) break;
            sb.Append(s, pos, k - pos).Append(replacement);
            pos = k + old.Length;
        }
        return sb.Append(s, pos, s.Length - pos).ToString();
    }

    private static string InsertEverywhere(string s, string insert, long count)
    {
        var sb = new StringBuilder();
        var chars = PyStr.Chars(s);
        long n = 0;
        foreach (var c in chars)
        {
            if (n++ < count) sb.Append(insert);
            sb.Append(c);
        }
        if (n++ < count) sb.Append(insert);
        return sb.ToString();
    }

    /// <summary>The part of s that start/end (code-point indices, Python slice rules) select.</summary>
    private static string? Window(string s, object? start, object? end)
    {
        if (start is null && end is null) return s;
        var (from, to) = Bounds(s, start, end);
        return from > to ? null : s[from..to];
    }

    private static (int From, int To) Bounds(string s, object? start, object? end)
    {
        var n = PyStr.Length(s);
        int Clamp(object? v, int dflt)
        {
            if (v is null) return dflt;
            var x = Int(v, "slice");
            if (x < 0) x += n;
            return (int)Math.Clamp(x, 0, n);
        }
        var from = Clamp(start, 0);
        var to = Clamp(end, n);
        return (PyStr.Utf16Index(s, from), PyStr.Utf16Index(s, to));
    }

    private static string String(object? v, string fn) => PyOps.TryString(v, out var s)
        ? s
        : throw new TemplateException("TypeError", $"{fn}() argument must be str, not {PyOps.TypeName(v)}");

    private static string? OptionalString(object? v, string fn) => v is null ? null : String(v, fn);

    private static long Int(object? v, string fn) => v is long or bool
        ? PyOps.ToLong(v)
        : throw new TemplateException("TypeError", $"'{PyOps.TypeName(v)}' object cannot be interpreted as an integer");
}
