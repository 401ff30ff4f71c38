namespace QwenEval.Engine.Templates;

/// <summary>
/// obj.name and obj[key] as Jinja's ImmutableSandboxedEnvironment resolves them: attribute first for `.`, item first
/// for `[]`, each falling back to the other; a miss gives an Undefined that remembers what was asked; methods that
/// would mutate a list or dict resolve to an Undefined raising SecurityError when called.
/// </summary>
internal static class Access
{
    private static readonly HashSet<string> StrMethods =
    [
        "capitalize", "center", "count", "endswith", "find", "format", "index", "isalnum", "isalpha", "isdigit",
        "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix",
        "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split",
        "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill", "casefold", "isnumeric",
        "isdecimal", "isidentifier", "isprintable", "isascii", "expandtabs", "encode", "format_map", "maketrans",
        "translate",
    ];

    private static readonly HashSet<string> DictSafe = ["get", "items", "keys", "values", "copy", "fromkeys"];
    private static readonly HashSet<string> DictUnsafe = ["clear", "pop", "popitem", "setdefault", "update"];
    private static readonly HashSet<string> ListSafe = ["index", "count", "copy"];
    private static readonly HashSet<string> ListUnsafe = ["append", "clear", "extend", "insert", "pop", "remove", "reverse", "sort"];

    /// <summary>obj.name (environment.getattr).</summary>
    public static object? GetAttr(object? obj, string name)
    {
        if (obj is Undefined u) throw u.Fail();
        var found = TryAttribute(obj, name, out var value);
        if (found) return value;
        if (TryItem(obj, name, out value)) return value;
        return Undefined.Member(obj, name);
    }

    /// <summary>obj[key] (environment.getitem); key may be a slice.</summary>
    public static object? GetItem(object? obj, object? key)
    {
        if (obj is Undefined u) throw u.Fail();
        if (TryItem(obj, key, out var value)) return value;
        if (PyOps.TryString(key, out var name) && TryAttribute(obj, name, out value)) return value;
        return Undefined.Member(obj, key);
    }

    /// <summary>Attribute-only lookup (the attr filter).</summary>
    public static object? GetAttrOnly(object? obj, string name)
    {
        if (obj is Undefined u) throw u.Fail();
        return TryAttribute(obj, name, out var value) ? value : Undefined.Member(obj, name);
    }

    private static bool TryAttribute(object? obj, string name, out object? value)
    {
        value = null;
        switch (obj)
        {
            case Markup markup when StrMethods.Contains(name):
                value = new BoundMethod(obj, name, args => markup.CallMethod(name, args));
                return true;
            case string when StrMethods.Contains(name):
                var s = PyOps.Str(obj);
                value = new BoundMethod(obj, name, args => StringMethods.Call(s, name, args));
                return true;
            case JinjaDict dict when DictSafe.Contains(name):
                value = new BoundMethod(dict, name, args => DictMethod(dict, name, args));
                return true;
            case JinjaDict when DictUnsafe.Contains(name):
                value = Undefined.Unsafe(obj, name);
                return true;
            case List<object?> list when ListSafe.Contains(name):
                value = new BoundMethod(list, name, args => ListMethod(list, name, args));
                return true;
            case List<object?> when ListUnsafe.Contains(name):
                value = Undefined.Unsafe(obj, name);
                return true;
            // groupby yields (grouper, list) named tuples.
            case object?[] { Length: 2 } group when name is "grouper" or "list":
                value = group[name == "grouper" ? 0 : 1];
                return true;
            case object?[] tuple when name is "index" or "count":
                value = new BoundMethod(tuple, name, args => ListMethod([.. tuple], name, args));
                return true;
            case Namespace ns:
                return ns.Attributes.TryGetValue(name, out value);
            case LoopContext loop:
                return loop.TryGetAttribute(name, out value);
            case double d when name is "real" or "imag":
                value = name == "real" ? d : 0.0;
                return true;
            case long or bool when name is "real" or "imag" or "numerator" or "denominator":
                value = name is "real" or "numerator" ? PyOps.ToLong(obj) : name == "imag" ? 0L : 1L;
                return true;
            default:
                return false;
        }
    }

    private static bool TryItem(object? obj, object? key, out object? value)
    {
        value = null;
        switch (obj)
        {
            case JinjaDict dict:
                // An unhashable key is a TypeError, which getitem swallows like a miss.
                return key is not (List<object?> or JinjaDict) && dict.TryGetValue(key, out value);
            case PyDictView:
                return false;
            case List<object?> list when key is long or bool:
                return TryIndex(list, PyOps.ToLong(key), out value);
            case object?[] tuple when key is long or bool:
                return TryIndex(tuple, PyOps.ToLong(key), out value);
            case string or Markup when key is long or bool:
                var s = PyOps.Str(obj);
                if (!TryIndex(PyStr.HasSurrogates(s) ? PyStr.Chars(s) : s.Select(c => c.ToString()).ToList(), PyOps.ToLong(key), out value))
                    return false;
                // Markup's __getitem__ returns Markup.
                if (obj is Markup) value = new Markup((string)value!);
                return true;
            default:
                return false;
        }
    }

    private static bool TryIndex<T>(IReadOnlyList<T> items, long index, out object? value)
    {
        var i = PyOps.NormalizeIndex(index, items.Count);
        value = i < 0 ? null : items[i];
        return i >= 0;
    }

    /// <summary>obj[start:stop:step] as a direct Python subscript: errors for values that cannot be sliced.</summary>
    public static object Slice(object? obj, SliceValue slice)
    {
        switch (obj)
        {
            case Undefined u:
                throw u.Fail();
            case JinjaDict:
                throw new TemplateException("TypeError", "unhashable type: 'slice'");
            case PyDictView or not (List<object?> or object?[] or string or Markup):
                throw new TemplateException("TypeError", $"{PyOps.Repr(PyOps.TypeName(obj))} object is not subscriptable");
            case List<object?> list:
                return PyOps.SliceIndices(slice.Start, slice.Stop, slice.Step, list.Count).Select(i => list[i]).ToList();
            case object?[] tuple:
                return PyOps.SliceIndices(slice.Start, slice.Stop, slice.Step, tuple.Length).Select(i => tuple[i]).ToArray();
            default:
                var s = PyOps.Str(obj);
                string result;
                if (!PyStr.HasSurrogates(s))
                    result = string.Concat(PyOps.SliceIndices(slice.Start, slice.Stop, slice.Step, s.Length).Select(i => s[i]));
                else
                {
                    var chars = PyStr.Chars(s);
                    result = string.Concat(PyOps.SliceIndices(slice.Start, slice.Stop, slice.Step, chars.Count).Select(i => chars[i]));
                }
                return obj is Markup ? new Markup(result) : result;
        }
    }

    private static object? DictMethod(JinjaDict dict, string name, Arguments args)
    {
        args.NoKeywords(name);
        switch (name)
        {
            case "get":
                var a = args.Bind("get", ("key", Arguments.Required), ("default", null));
                return dict.TryGetValue(a[0], out var v) ? v : a[1];
            case "items":
                args.Bind("items");
                return new PyDictView("dict_items", dict.Select(kv => (object?)new object?[] { kv.Key, kv.Value }));
            case "keys":
                args.Bind("keys");
                return new PyDictView("dict_keys", dict.Keys);
            case "values":
                args.Bind("values");
                return new PyDictView("dict_values", dict.Values);
            case "copy":
                args.Bind("copy");
                var copy = new JinjaDict();
                foreach (var (k, val) in dict) copy[k] = val;
                return copy;
            default:
                var f = args.Bind("fromkeys", ("iterable", Arguments.Required), ("value", null));
                var made = new JinjaDict();
                foreach (var k in PyOps.Iterate(f[0])) made[k] = f[1];
                return made;
        }
    }

    private static object? ListMethod(List<object?> list, string name, Arguments args)
    {
        args.NoKeywords(name);
        switch (name)
        {
            case "copy":
                args.Bind("copy");
                return list.ToList();
            case "count":
                var c = args.Bind("count", ("value", Arguments.Required));
                return (long)list.Count(e => PyOps.Eq(e, c[0]));
            default:
                var a = args.Bind("index", ("value", Arguments.Required), ("start", 0L), ("stop", (long)list.Count));
                var indices = PyOps.SliceIndices(a[1], a[2], null, list.Count);
                foreach (var i in indices)
                    if (PyOps.Eq(list[i], a[0])) return (long)i;
                throw new TemplateException("ValueError", $"{PyOps.Repr(a[0])} is not in list");
        }
    }
}

/// <summary>The value of a[start:stop:step] subscript.</summary>
internal sealed record SliceValue(object? Start, object? Stop, object? Step);
