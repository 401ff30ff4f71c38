using System.Text;
using System.Text.RegularExpressions;

namespace QwenEval.Engine.Templates;

/// <summary>
/// Jinja2's built-in filters (jinja2/filters.py, 3.1) with the tojson override transformers installs. Filters that
/// produce generators in Jinja return a <see cref="PyIterator"/> so truthiness and |length behave the same.
/// Non-deterministic or HTML-only filters (random, urlize, xmlattr, filesizeformat, pprint) are left out.
/// </summary>
internal static partial class Filters
{
    private delegate object? Filter(Interpreter it, object? value, Arguments args);

    private static readonly Dictionary<string, Filter> All = new(StringComparer.Ordinal)
    {
        ["abs"] = (_, v, a) => Abs(v, a),
        ["attr"] = (_, v, a) => Access.GetAttrOnly(v, PyOps.Str(a.Bind("attr", ("name", Arguments.Required))[0])),
        ["batch"] = (_, v, a) => Batch(v, a),
        ["capitalize"] = (_, v, a) => SoftStrMethod(v, "capitalize", a.Bind("capitalize")),
        ["center"] = (_, v, a) => SoftStrMethod(v, "center", a.Bind("center", ("width", 80L))),
        ["count"] = (_, v, a) => Length(v, a),
        ["d"] = (_, v, a) => Default(v, a),
        ["default"] = (_, v, a) => Default(v, a),
        ["dictsort"] = (_, v, a) => DictSort(v, a),
        ["e"] = (_, v, a) => Escape(v, a),
        ["escape"] = (_, v, a) => Escape(v, a),
        ["first"] = (_, v, a) => First(v, a),
        ["float"] = (_, v, a) => ToFloat(v, a),
        ["forceescape"] = (_, v, a) =>
        {
            a.Bind("forceescape");
            return new Markup(Markup.Escape(PyOps.Str(v)));
        },
        ["format"] = (_, v, a) => Format(v, a),
        ["groupby"] = (_, v, a) => GroupBy(v, a),
        ["indent"] = (_, v, a) => Indent(v, a),
        ["int"] = (_, v, a) => ToInt(v, a),
        ["items"] = (_, v, a) => Items(v, a),
        ["join"] = (_, v, a) => Join(v, a),
        ["last"] = (_, v, a) => Last(v, a),
        ["length"] = (_, v, a) => Length(v, a),
        ["list"] = (_, v, a) =>
        {
            a.Bind("list");
            return PyOps.Iterate(v).ToList();
        },
        ["lower"] = (_, v, a) => SoftStrMethod(v, "lower", a.Bind("lower")),
        ["map"] = (it, v, a) => Map(it, v, a),
        ["max"] = (_, v, a) => MinMax(v, a, max: true),
        ["min"] = (_, v, a) => MinMax(v, a, max: false),
        ["reject"] = (it, v, a) => SelectOrReject(it, v, a, select: false, lookupAttr: false, "select_or_reject"),
        ["rejectattr"] = (it, v, a) => SelectOrReject(it, v, a, select: false, lookupAttr: true, "select_or_reject"),
        ["replace"] = (_, v, a) => Replace(v, a),
        ["reverse"] = (_, v, a) => Reverse(v, a),
        ["round"] = (_, v, a) => Round(v, a),
        ["safe"] = (_, v, a) =>
        {
            a.Bind("safe");
            return v is Markup ? v : new Markup(PyOps.Str(v));
        },
        ["select"] = (it, v, a) => SelectOrReject(it, v, a, select: true, lookupAttr: false, "select_or_reject"),
        ["selectattr"] = (it, v, a) => SelectOrReject(it, v, a, select: true, lookupAttr: true, "select_or_reject"),
        ["slice"] = (_, v, a) => SliceFilter(v, a),
        ["sort"] = (_, v, a) => Sort(v, a),
        ["string"] = (_, v, a) =>
        {
            a.Bind("string");
            return v is Markup ? v : PyOps.Str(v);
        },
        ["sum"] = (_, v, a) => Sum(v, a),
        ["title"] = (_, v, a) =>
        {
            a.Bind("title");
            return JinjaTitle(SoftStr(v));
        },
        ["tojson"] = (_, v, a) => ToJson(v, a),
        ["trim"] = (_, v, a) => SoftStrMethod(v, "strip", a.Bind("trim", ("chars", null))),
        ["truncate"] = (_, v, a) => Truncate(v, a),
        ["unique"] = (_, v, a) => Unique(v, a),
        ["upper"] = (_, v, a) => SoftStrMethod(v, "upper", a.Bind("upper")),
        ["wordcount"] = (_, v, a) =>
        {
            a.Bind("wordcount");
            return (long)Word().Matches(SoftStr(v)).Count;
        },
    };

    public static bool Exists(string name) => All.ContainsKey(name);

    public static object? Apply(Interpreter it, string name, object? value, Arguments args)
    {
        if (!All.TryGetValue(name, out var filter))
            throw new TemplateException("TemplateAssertionError", $"No filter named {PyOps.Repr(name)}.");
        return filter(it, value, args);
    }

    /// <summary>Jinja's soft_str: str() of anything (Undefined gives "").</summary>
    private static string SoftStr(object? v) => PyOps.Str(v);

    /// <summary>soft_str(v).method(*args): on Markup that is markupsafe's method, which keeps the result Markup.</summary>
    private static object? SoftStrMethod(object? v, string method, object?[] args)
    {
        var arguments = Arguments.Of(args);
        return v is Markup m ? m.CallMethod(method, arguments) : StringMethods.Call(SoftStr(v), method, arguments);
    }

    private static object? Abs(object? v, Arguments a)
    {
        a.Bind("abs");
        return v switch
        {
            bool or long => (object)Math.Abs(PyOps.ToLong(v)),
            double d => Math.Abs(d),
            _ => throw new TemplateException("TypeError", $"bad operand type for abs(): {PyOps.Repr(PyOps.TypeName(v))}"),
        };
    }

    private static object? Length(object? v, Arguments a)
    {
        a.Bind("length");
        return PyOps.Len(v);
    }

    private static object? Default(object? v, Arguments a)
    {
        var p = a.Bind("default", ("default_value", ""), ("boolean", false));
        return v is Undefined || (PyOps.Truthy(p[1]) && !PyOps.Truthy(v)) ? p[0] : v;
    }

    private static object? Escape(object? v, Arguments a)
    {
        a.Bind("escape");
        return v is Markup ? v : new Markup(Markup.Escape(PyOps.Str(v)));
    }

    private static object? First(object? v, Arguments a)
    {
        a.Bind("first");
        foreach (var item in PyOps.Iterate(v)) return item;
        return Undefined.Hint("No first item, sequence was empty.");
    }

    private static object? Last(object? v, Arguments a)
    {
        a.Bind("last");
        var items = Reversed(v).ToList();
        return items.Count > 0 ? items[0] : Undefined.Hint("No last item, sequence was empty.");
    }

    /// <summary>reversed(v): sequences and dicts only, as in Python.</summary>
    private static IEnumerable<object?> Reversed(object? v) => v switch
    {
        string or Markup or List<object?> or object?[] or JinjaDict => PyOps.Iterate(v).Reverse(),
        // Undefined has __len__ (0) and __getitem__, so reversed() accepts it and yields nothing.
        Undefined => [],
        _ => throw new TemplateException("TypeError", $"{PyOps.Repr(PyOps.TypeName(v))} object is not reversible"),
    };

    private static object? Reverse(object? v, Arguments a)
    {
        a.Bind("reverse");
        if (PyOps.TryString(v, out var s))
        {
            var chars = PyStr.Chars(s);
            chars.Reverse();
            return string.Concat(chars);
        }
        if (v is List<object?> or object?[] or JinjaDict or Undefined)
            return new PyIterator(Reversed(v).ToList(), v is JinjaDict ? "dict_reversekeyiterator" : v is List<object?> ? "list_reverseiterator" : "reversed", "");
        // Not reversible: Jinja falls back to list(value) reversed.
        if (!PyOps.IsIterable(v)) throw new TemplateException("FilterArgumentError", "argument must be iterable");
        var list = PyOps.Iterate(v).ToList();
        list.Reverse();
        return list;
    }

    private static object? ToFloat(object? v, Arguments a)
    {
        var p = a.Bind("float", ("default", 0.0));
        return TryFloat(v, out var d) ? d : p[0];
    }

    private static bool TryFloat(object? v, out double d)
    {
        d = 0;
        switch (v)
        {
            case bool or long or double:
                d = PyOps.ToDouble(v);
                return true;
            case string or Markup:
                {
                    var s = PyStr.Strip(PyOps.Str(v), null, true, true).Replace("_", "");
                    var lower = s.ToLowerInvariant();
                    if (lower is "inf" or "+inf" or "infinity" or "+infinity") d = double.PositiveInfinity;
                    else if (lower is "-inf" or "-infinity") d = double.NegativeInfinity;
                    else if (lower is "nan" or "+nan" or "-nan") d = double.NaN;
                    else return FloatSyntax().IsMatch(s) && double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out d);
                    return true;
                }
            case Undefined u:
                throw u.Fail();
            default:
                return false;
        }
    }

    private static object? ToInt(object? v, Arguments a)
    {
        var p = a.Bind("int", ("default", 0L), ("base", 10L));
        var radix = (int)PyOps.ToLong(p[1]);
        switch (v)
        {
            case bool or long:
                return PyOps.ToLong(v);
            case double d:
                return double.IsFinite(d) ? (long)Math.Truncate(d) : p[0];
            case string or Markup:
                {
                    var s = PyStr.Strip(PyOps.Str(v), null, true, true).Replace("_", "");
                    if (TryParseInt(s, radix, out var l)) return l;
                    // "42.23"|int is 42: Jinja retries through float().
                    return TryFloat(v, out var f) && double.IsFinite(f) ? (long)Math.Truncate(f) : p[0];
                }
            case Undefined u:
                throw u.Fail();
            default:
                return p[0];
        }
    }

    private static bool TryParseInt(string s, int radix, out long value)
    {
        value = 0;
        var neg = s.StartsWith('-');
        if (s.StartsWith('-') || s.StartsWith('+')) s = s[1..];
        if (radix == 16 && s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        else if (radix == 8 && s.StartsWith("0o", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        else if (radix == 2 && s.StartsWith("0b", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        if (s.Length == 0) return false;
        foreach (var c in s)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= radix) return false;
            value = checked(value * radix + digit);
        }
        if (neg) value = -value;
        return true;
    }

    private static object? Format(object? v, Arguments a)
    {
        if (a.Positional.Count > 0 && a.Keywords.Count > 0)
            throw new TemplateException("FilterArgumentError", "can't handle positional and keyword arguments at the same time");
        object? args;
        if (a.Keywords.Count > 0)
        {
            var dict = new JinjaDict();
            foreach (var (k, val) in a.Keywords) dict[k] = val;
            args = dict;
        }
        else args = a.Positional.ToArray();
        return PyOps.Mod(v is Markup ? v : SoftStr(v), args);
    }

    private static object? Indent(object? v, Arguments a)
    {
        var p = a.Bind("indent", ("width", 4L), ("first", false), ("blank", false));
        var indention = PyOps.TryString(p[0], out var w) ? w : new string(' ', (int)Math.Max(0, PyOps.ToLong(p[0])));
        // Jinja does `s += "\n"` on the value itself, so only strings get through.
        if (!PyOps.TryString(v, out var text))
            throw v switch
            {
                Undefined u => u.Fail(),
                List<object?> => new TemplateException("AttributeError", "'list' object has no attribute 'splitlines'"),
                object?[] => new TemplateException("TypeError", "can only concatenate tuple (not \"str\") to tuple"),
                _ => new TemplateException("TypeError", $"unsupported operand type(s) for +=: {PyOps.Repr(PyOps.TypeName(v))} and 'str'"),
            };
        var s = text + "\n";
        var lines = PyStr.SplitLines(s, false).Cast<string>().ToList();
        string rv;
        if (PyOps.Truthy(p[2])) rv = string.Join("\n" + indention, lines);
        else
        {
            rv = lines[0];
            if (lines.Count > 1)
                rv += "\n" + string.Join("\n", lines.Skip(1).Select(line => line.Length > 0 ? indention + line : line));
        }
        if (PyOps.Truthy(p[1])) rv = indention + rv;
        return v is Markup ? new Markup(rv) : rv;
    }

    private static object? Items(object? v, Arguments a)
    {
        a.Bind("items");
        if (v is Undefined) return new PyIterator([], "generator", "do_items");
        if (v is not JinjaDict dict) throw new TemplateException("TypeError", "Can only get item pairs from a mapping.");
        return new PyIterator(dict.Select(kv => (object?)new object?[] { kv.Key, kv.Value }).ToList(), "generator", "do_items");
    }

    private static object? Join(object? v, Arguments a)
    {
        var p = a.Bind("join", ("d", ""), ("attribute", null));
        IEnumerable<object?> items = PyOps.Iterate(v);
        if (p[1] is not null)
        {
            var getter = AttrGetter(p[1], null, null);
            items = items.Select(getter);
        }
        var parts = items.ToList();
        // Markup items make Jinja escape-join; with autoescape off it uses str() of everything.
        return string.Join(PyOps.Str(p[0]), parts.Select(PyOps.Str));
    }

    /// <summary>make_attrgetter: dotted path, digits as int indices, item-first lookup.</summary>
    private static Func<object?, object?> AttrGetter(object? attribute, Func<object?, object?>? post, object? defaultValue)
    {
        var parts = attribute is null ? [] : PyOps.TryString(attribute, out var s)
            ? s.Split('.').Select(x => x.Length > 0 && x.All(char.IsAsciiDigit) ? (object?)long.Parse(x, System.Globalization.CultureInfo.InvariantCulture) : x).ToList()
            : [attribute];
        return item =>
        {
            foreach (var part in parts)
            {
                item = Access.GetItem(item, part);
                if (defaultValue is not null && item is Undefined) item = defaultValue;
            }
            return post is null ? item : post(item);
        };
    }

    private static object? IgnoreCase(object? v) => v is string s ? PyStr.Lower(s) : v is Markup m ? PyStr.Lower(m.Value) : v;

    private static object? Map(Interpreter it, object? v, Arguments a)
    {
        if (!PyOps.Truthy(v)) return new PyIterator([], "generator", "sync_do_map");
        Func<object?, object?> f;
        if (a.Positional.Count == 0 && a.Keywords.Any(k => k.Key == "attribute"))
        {
            var kw = a.Keywords.ToDictionary(k => k.Key, k => k.Value);
            var attribute = kw["attribute"];
            kw.Remove("attribute");
            kw.Remove("default", out var dflt);
            if (kw.Count > 0) throw new TemplateException("FilterArgumentError", $"Unexpected keyword argument {PyOps.Repr(kw.Keys.First())}");
            f = AttrGetter(attribute, null, dflt);
        }
        else
        {
            if (a.Positional.Count == 0) throw new TemplateException("FilterArgumentError", "map requires a filter argument");
            var name = PyOps.Str(a.Positional[0]);
            var rest = new Arguments(a.Positional.Skip(1).ToList(), a.Keywords);
            f = item => Apply(it, name, item, rest);
        }
        return new PyIterator(PyOps.Iterate(v).Select(f).ToList(), "generator", "sync_do_map");
    }

    private static object? SelectOrReject(Interpreter it, object? v, Arguments a, bool select, bool lookupAttr, string producer)
    {
        if (!PyOps.Truthy(v)) return new PyIterator([], "generator", producer);
        Func<object?, object?> trans = x => x;
        var off = 0;
        if (lookupAttr)
        {
            if (a.Positional.Count == 0) throw new TemplateException("FilterArgumentError", "Missing parameter for attribute name");
            trans = AttrGetter(a.Positional[0], null, null);
            off = 1;
        }
        Func<object?, bool> test;
        if (a.Positional.Count > off)
        {
            var name = PyOps.Str(a.Positional[off]);
            var rest = new Arguments(a.Positional.Skip(off + 1).ToList(), a.Keywords);
            test = item => JinjaTests.Apply(it, name, item, rest);
        }
        else test = PyOps.Truthy;
        var kept = PyOps.Iterate(v).Where(item => test(trans(item)) == select).ToList();
        return new PyIterator(kept, "generator", producer);
    }

    private static object? MinMax(object? v, Arguments a, bool max)
    {
        var p = a.Bind(max ? "max" : "min", ("case_sensitive", false), ("attribute", null));
        var items = PyOps.Iterate(v).ToList();
        if (items.Count == 0) return Undefined.Hint("No aggregated item, sequence was empty.");
        var key = AttrGetter(p[1], PyOps.Truthy(p[0]) ? null : IgnoreCase, null);
        var best = items[0];
        var bestKey = key(best);
        foreach (var item in items.Skip(1))
        {
            var k = key(item);
            if (max ? PyOps.Order("gt", k, bestKey) : PyOps.Order("lt", k, bestKey))
            {
                best = item;
                bestKey = k;
            }
        }
        return best;
    }

    private static object? Replace(object? v, Arguments a)
    {
        var p = a.Bind("replace", ("old", Arguments.Required), ("new", Arguments.Required), ("count", null));
        var count = p[2] is null ? -1 : PyOps.ToLong(p[2]);
        return StringMethods.Replace(PyOps.Str(v), PyOps.Str(p[0]), PyOps.Str(p[1]), count);
    }

    private static object? Round(object? v, Arguments a)
    {
        var p = a.Bind("round", ("precision", 0L), ("method", "common"));
        var method = PyOps.Str(p[1]);
        if (method is not ("common" or "ceil" or "floor"))
            throw new TemplateException("FilterArgumentError", "method must be common, ceil or floor");
        if (!PyOps.IsNumber(v)) throw new TemplateException("TypeError", $"type {PyOps.TypeName(v)} doesn't define __round__ method");
        var precision = (int)PyOps.ToLong(p[0]);
        var x = PyOps.ToDouble(v);
        var scale = Math.Pow(10, precision);
        if (method == "common")
            return v is double ? PyRound(x, precision) : precision >= 0 ? PyOps.ToLong(v) : (object)(long)PyRound(x, precision);
        return (method == "ceil" ? Math.Ceiling(x * scale) : Math.Floor(x * scale)) / scale;
    }

    /// <summary>
    /// Python's round(x, n): half to even on the exact binary value (2.675 is below 2.675, so it rounds to 2.67),
    /// computed with big integers because scaling by 10^n in floating point rounds first.
    /// </summary>
    internal static double PyRound(double x, int digits)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1;
        else mantissa |= 1L << 52;
        exponent -= 1075;
        // |x| * 10^digits = num / den exactly.
        var num = new System.Numerics.BigInteger(mantissa);
        var den = System.Numerics.BigInteger.One;
        if (exponent >= 0) num <<= exponent;
        else den <<= -exponent;
        if (digits >= 0) num *= System.Numerics.BigInteger.Pow(10, digits);
        else den *= System.Numerics.BigInteger.Pow(10, -digits);
        var q = System.Numerics.BigInteger.DivRem(num, den, out var r);
        var twice = r * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        var text = q.ToString(System.Globalization.CultureInfo.InvariantCulture) + "E" + (-digits).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        return x < 0 ? -result : result;
    }

    private static object? Sort(object? v, Arguments a)
    {
        var p = a.Bind("sort", ("reverse", false), ("case_sensitive", false), ("attribute", null));
        var post = PyOps.Truthy(p[1]) ? null : (Func<object?, object?>)IgnoreCase;
        var attrs = p[2] is string s ? s.Split(',').Select(x => (object?)x).ToList() : [p[2]];
        var getters = attrs.Select(attr => AttrGetter(attr, post, null)).ToList();
        // make_multi_attrgetter: the key is a list of the attribute values, compared like Python lists.
        return PySort.Sorted(PyOps.Iterate(v).ToList(), item => getters.Select(g => g(item)).ToList(), PyOps.Truthy(p[0]));
    }

    private static object? DictSort(object? v, Arguments a)
    {
        var p = a.Bind("dictsort", ("case_sensitive", false), ("by", "key"), ("reverse", false));
        var by = PyOps.Str(p[1]);
        var pos = by switch
        {
            "key" => 0,
            "value" => 1,
            _ => throw new TemplateException("FilterArgumentError", "You can only sort by either \"key\" or \"value\""),
        };
        if (v is Undefined u) throw u.Fail();
        if (v is not JinjaDict dict) throw new TemplateException("AttributeError", $"{PyOps.Repr(PyOps.TypeName(v))} object has no attribute 'items'");
        var items = dict.Select(kv => new object?[] { kv.Key, kv.Value }).ToList();
        Func<object?[], object?> key = item => PyOps.Truthy(p[0]) ? item[pos] : IgnoreCase(item[pos]);
        return PySort.Sorted(items, key, PyOps.Truthy(p[2])).Select(x => (object?)x).ToList();
    }

    private static object? Unique(object? v, Arguments a)
    {
        var p = a.Bind("unique", ("case_sensitive", false), ("attribute", null));
        var getter = AttrGetter(p[1], PyOps.Truthy(p[0]) ? null : IgnoreCase, null);
        var seen = new JinjaDict();
        var result = new List<object?>();
        foreach (var item in PyOps.Iterate(v))
        {
            var key = getter(item);
            if (seen.ContainsKey(key)) continue;
            seen[key] = true;
            result.Add(item);
        }
        return new PyIterator(result, "generator", "sync_do_unique");
    }

    private static object? Sum(object? v, Arguments a)
    {
        var p = a.Bind("sum", ("attribute", null), ("start", 0L));
        IEnumerable<object?> items = PyOps.Iterate(v);
        if (p[0] is not null) items = items.Select(AttrGetter(p[0], null, null));
        var total = p[1];
        foreach (var item in items) total = PyOps.Add(total, item);
        return total;
    }

    private static object? Batch(object? v, Arguments a)
    {
        var p = a.Bind("batch", ("linecount", Arguments.Required), ("fill_with", null));
        var n = (int)PyOps.ToLong(p[0]);
        var result = new List<object?>();
        var tmp = new List<object?>();
        foreach (var item in PyOps.Iterate(v))
        {
            if (tmp.Count == n)
            {
                result.Add(tmp);
                tmp = [];
            }
            tmp.Add(item);
        }
        if (tmp.Count > 0)
        {
            if (p[1] is not null) while (tmp.Count < n) tmp.Add(p[1]);
            result.Add(tmp);
        }
        return new PyIterator(result, "generator", "do_batch");
    }

    private static object? SliceFilter(object? v, Arguments a)
    {
        var p = a.Bind("slice", ("slices", Arguments.Required), ("fill_with", null));
        var seq = PyOps.Iterate(v).ToList();
        var slices = (int)PyOps.ToLong(p[0]);
        var perSlice = seq.Count / slices;
        var withExtra = seq.Count % slices;
        var offset = 0;
        var result = new List<object?>();
        for (var i = 0; i < slices; i++)
        {
            var start = offset + i * perSlice;
            if (i < withExtra) offset++;
            var end = offset + (i + 1) * perSlice;
            var tmp = seq.GetRange(start, end - start);
            if (p[1] is not null && i >= withExtra) tmp.Add(p[1]);
            result.Add(tmp);
        }
        return new PyIterator(result, "generator", "sync_do_slice");
    }

    private static object? GroupBy(object? v, Arguments a)
    {
        var p = a.Bind("groupby", ("attribute", Arguments.Required), ("default", null), ("case_sensitive", false));
        var caseSensitive = PyOps.Truthy(p[2]);
        var key = AttrGetter(p[0], caseSensitive ? null : IgnoreCase, p[1]);
        var output = AttrGetter(p[0], null, p[1]);
        var sorted = PySort.Sorted(PyOps.Iterate(v).ToList(), key);
        var groups = new List<object?>();
        var i = 0;
        while (i < sorted.Count)
        {
            var k = key(sorted[i]);
            var members = new List<object?>();
            while (i < sorted.Count && PyOps.Eq(key(sorted[i]), k)) members.Add(sorted[i++]);
            groups.Add(new object?[] { caseSensitive ? k : output(members[0]), members });
        }
        return groups;
    }

    private static object? Truncate(object? v, Arguments a)
    {
        var p = a.Bind("truncate", ("length", 255L), ("killwords", false), ("end", "..."), ("leeway", null));
        var length = (int)PyOps.ToLong(p[0]);
        // Jinja applies len() and slicing to the value itself, so only strings truncate; short sequences pass through.
        if (!PyOps.TryString(v, out var s))
            return PyOps.Len(v) <= length + (p[3] is null ? 5 : PyOps.ToLong(p[3]))
                ? v
                : throw new TemplateException("AttributeError", $"{PyOps.Repr(PyOps.TypeName(v))} object has no attribute 'rsplit'");
        var end = PyOps.Str(p[2]);
        var leeway = p[3] is null ? 5 : (int)PyOps.ToLong(p[3]);
        if (length < end.Length) throw new TemplateException("AssertionError", $"expected length >= {end.Length}, got {length}");
        if (leeway < 0) throw new TemplateException("AssertionError", $"expected leeway >= 0, got {leeway}");
        var chars = PyStr.Chars(s);
        if (chars.Count <= length + leeway) return s;
        var head = string.Concat(chars.Take(length - end.Length));
        if (PyOps.Truthy(p[1])) return head + end;
        var cut = head.LastIndexOf(' ');
        return (cut >= 0 ? head[..cut] : head) + end;
    }

    private static object? ToJson(object? v, Arguments a)
    {
        var p = a.Bind("tojson", ("ensure_ascii", false), ("indent", null), ("separators", null), ("sort_keys", false));
        string? indent = p[1] switch
        {
            null => null,
            bool or long => new string(' ', (int)Math.Max(0, PyOps.ToLong(p[1]))),
            _ => PyOps.Str(p[1]),
        };
        string itemSep = indent is null ? ", " : ",", keySep = ": ";
        if (p[2] is not null)
        {
            var seps = PyOps.Iterate(p[2]).Select(PyOps.Str).ToList();
            if (seps.Count != 2) throw new TemplateException("ValueError", $"not enough values to unpack (expected 2, got {seps.Count})");
            (itemSep, keySep) = (seps[0], seps[1]);
        }
        return PyJson.Dumps(v, PyOps.Truthy(p[0]), indent, itemSep, keySep, PyOps.Truthy(p[3]));
    }

    /// <summary>Jinja's title filter: capitalizes after spaces, dashes and opening brackets (not Python's str.title).</summary>
    private static string JinjaTitle(string s)
    {
        var sb = new StringBuilder();
        foreach (var item in WordBeginning().Split(s))
            if (item.Length > 0) sb.Append(char.ToUpperInvariant(item[0])).Append(item[1..].ToLowerInvariant());
        return sb.ToString();
    }

    [GeneratedRegex(@"([-\s({\[<]+)")]
    private static partial Regex WordBeginning();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex FloatSyntax();
}
