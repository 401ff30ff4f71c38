using System.Globalization;
using System.Text;

namespace QwenEval.Engine.Templates;

/// <summary>
/// Python's object model for the values a template sees: None (null), bool, int (long), float (double), str
/// (string, Markup), list (List&lt;object?&gt;), tuple (object?[]), dict (JinjaDict), plus Jinja's Undefined,
/// Namespace, loop and callables. Truthiness, str()/repr(), ==, ordering, arithmetic, `in`, iteration and len()
/// follow CPython, because templates print and branch on exactly these.
/// </summary>
internal static class PyOps
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static bool Truthy(object? v) => v switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        string s => s.Length > 0,
        Markup m => m.Value.Length > 0,
        List<object?> l => l.Count > 0,
        object?[] t => t.Length > 0,
        JinjaDict d => d.Count > 0,
        Undefined => false,
        _ => true,
    };

    public static string TypeName(object? v) => v switch
    {
        null => "NoneType",
        bool => "bool",
        long => "int",
        double => "float",
        string => "str",
        Markup => "Markup",
        PyListLike special => special.TypeName,
        List<object?> => "list",
        object?[] => "tuple",
        JinjaDict => "dict",
        Undefined => "Undefined",
        Namespace => "Namespace",
        LoopContext => "LoopContext",
        Macro => "Macro",
        PyIterator it => it.TypeName,
        JinjaCallable => "builtin_function_or_method",
        _ => v.GetType().Name,
    };

    public static bool IsString(object? v) => v is string or Markup;

    public static bool TryString(object? v, out string s)
    {
        switch (v)
        {
            case string str:
                s = str;
                return true;
            case Markup m:
                s = m.Value;
                return true;
            default:
                s = "";
                return false;
        }
    }

    public static bool IsNumber(object? v) => v is bool or long or double;

    /// <summary>str(v).</summary>
    public static string Str(object? v) => v switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(Inv),
        double d => FloatRepr(d),
        string s => s,
        Markup m => m.Value,
        Undefined => "",
        _ => Repr(v),
    };

    /// <summary>repr(v).</summary>
    public static string Repr(object? v)
    {
        switch (v)
        {
            case string s:
                return PyStr.Repr(s);
            case Markup m:
                return $"Markup({PyStr.Repr(m.Value)})";
            case PyListLike special:
                return special.Repr();
            case List<object?> list:
                return "[" + string.Join(", ", list.Select(Repr)) + "]";
            case object?[] tuple:
                return tuple.Length == 1 ? $"({Repr(tuple[0])},)" : "(" + string.Join(", ", tuple.Select(Repr)) + ")";
            case JinjaDict dict:
                return "{" + string.Join(", ", dict.Select(kv => Repr(kv.Key) + ": " + Repr(kv.Value))) + "}";
            case Undefined:
                return "Undefined";
            case Namespace ns:
                return "<Namespace {" + string.Join(", ", ns.Attributes.Select(kv => Repr(kv.Key) + ": " + Repr(kv.Value))) + "}>";
            case LoopContext loop:
                return $"<LoopContext {loop.Index0 + 1}/{loop.Length}>";
            case Macro macro:
                return $"<Macro {Repr(macro.Name)}>";
            case PyIterator it:
                // CPython prints a memory address here; a fixed one keeps renders reproducible.
                return it.TypeName == "generator" ? $"<generator object {it.Producer} at 0x7f0000000000>" : $"<{it.TypeName} object at 0x7f0000000000>";
            case BoundMethod bm:
                return $"<built-in method {bm.Name} of {TypeName(bm.Owner)} object at 0x7f0000000000>";
            case JinjaCallable fn:
                return $"<function {fn.Name} at 0x7f0000000000>";
            case SliceValue slice:
                return $"slice({Repr(slice.Start)}, {Repr(slice.Stop)}, {Repr(slice.Step)})";
            case null or bool or long or double:
                return Str(v);
            default:
                return v.ToString() ?? "";
        }
    }

    /// <summary>repr(float): shortest round-trip digits, fixed notation for exponents -4..15, else d.ddde+XX.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        var s = Math.Abs(d).ToString("R", Inv);
        var exp = 0;
        var e = s.IndexOf('E');
        if (e >= 0)
        {
            exp = int.Parse(s[(e + 1)..], Inv);
            s = s[..e];
        }
        var dot = s.IndexOf('.');
        var intPart = dot >= 0 ? s[..dot] : s;
        var digits = intPart + (dot >= 0 ? s[(dot + 1)..] : "");
        var point = intPart.Length + exp;
        var lead = digits.Length - digits.TrimStart('0').Length;
        digits = digits[lead..].TrimEnd('0');
        point -= lead;
        var sci = point - 1;
        var sb = new StringBuilder();
        if (d < 0) sb.Append('-');
        if (sci is >= -4 and < 16)
        {
            if (point <= 0) sb.Append("0.").Append('0', -point).Append(digits);
            else if (point >= digits.Length) sb.Append(digits).Append('0', point - digits.Length).Append(".0");
            else sb.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(sci < 0 ? '-' : '+').Append(Math.Abs(sci).ToString("00", Inv));
        }
        return sb.ToString();
    }

    /// <summary>Python ==.</summary>
    public static bool Eq(object? a, object? b)
    {
        if (a is Undefined || b is Undefined) return a is Undefined && b is Undefined;
        if (a is null || b is null) return a is null && b is null;
        if (IsNumber(a) && IsNumber(b))
        {
            if (a is double || b is double) return ToDouble(a) == ToDouble(b);
            return ToLong(a) == ToLong(b);
        }
        if (TryString(a, out var sa)) return TryString(b, out var sb) && sa == sb;
        switch (a)
        {
            case List<object?> la:
                return b is List<object?> lb && SequenceEq(la, lb);
            case object?[] ta:
                return b is object?[] tb && SequenceEq(ta, tb);
            case JinjaDict da:
                return b is JinjaDict db && da.Count == db.Count &&
                    da.All(kv => db.TryGetValue(kv.Key, out var other) && Eq(kv.Value, other));
            default:
                return ReferenceEquals(a, b) || a.Equals(b);
        }
    }

    private static bool SequenceEq(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!Eq(a[i], b[i])) return false;
        return true;
    }

    /// <summary>Python &lt;, &lt;=, &gt;, &gt;= (op is lt, lteq, gt, gteq).</summary>
    public static bool Order(string op, object? a, object? b)
    {
        var c = Compare(a, b, op);
        return op switch
        {
            "lt" => c < 0,
            "lteq" => c <= 0,
            "gt" => c > 0,
            _ => c >= 0,
        };
    }

    private static int Compare(object? a, object? b, string op)
    {
        if (a is Undefined ua) throw ua.Fail();
        if (b is Undefined ub) throw ub.Fail();
        if (IsNumber(a) && IsNumber(b))
        {
            if (a is double || b is double)
            {
                double x = ToDouble(a), y = ToDouble(b);
                // NaN compares false every way, as in Python.
                if (double.IsNaN(x) || double.IsNaN(y)) return op is "lt" or "lteq" ? 1 : -1;
                return x.CompareTo(y);
            }
            return ToLong(a).CompareTo(ToLong(b));
        }
        if (TryString(a, out var sa) && TryString(b, out var sb)) return PyStr.CompareCodePoints(sa, sb);
        if ((a is List<object?> && b is List<object?>) || (a is object?[] && b is object?[]))
        {
            var la = AsList(a);
            var lb = AsList(b);
            for (var i = 0; i < Math.Min(la.Count, lb.Count); i++)
                if (!Eq(la[i], lb[i])) return Compare(la[i], lb[i], op);
            return la.Count.CompareTo(lb.Count);
        }
        var symbol = op switch { "lt" => "<", "lteq" => "<=", "gt" => ">", _ => ">=" };
        throw new TemplateException("TypeError",
            $"'{symbol}' not supported between instances of {Repr(TypeName(a))} and {Repr(TypeName(b))}");
    }

    private static IReadOnlyList<object?> AsList(object? v) => v is object?[] t ? t : (List<object?>)v!;

    public static long ToLong(object? v) => v switch
    {
        bool b => b ? 1 : 0,
        long l => l,
        _ => throw new InvalidOperationException("not an int"),
    };

    public static double ToDouble(object? v) => v switch
    {
        bool b => b ? 1 : 0,
        long l => l,
        double d => d,
        _ => throw new InvalidOperationException("not a number"),
    };

    private static bool IsInt(object? v) => v is bool or long;

    private static TemplateException Unsupported(string symbol, object? a, object? b) =>
        new("TypeError", $"unsupported operand type(s) for {symbol}: {Repr(TypeName(a))} and {Repr(TypeName(b))}");

    private static void FailUndefined(object? a, object? b)
    {
        if (a is Undefined ua) throw ua.Fail();
        if (b is Undefined ub) throw ub.Fail();
    }

    public static object? Add(object? a, object? b)
    {
        FailUndefined(a, b);
        if (IsNumber(a) && IsNumber(b))
            return IsInt(a) && IsInt(b) ? Checked(() => checked(ToLong(a) + ToLong(b))) : ToDouble(a) + ToDouble(b);
        if (a is Markup ma && TryString(b, out var sb2)) return new Markup(ma.Value + (b is Markup ? sb2 : Markup.Escape(sb2)));
        if (b is Markup mb && a is string sa2) return new Markup(Markup.Escape(sa2) + mb.Value);
        if (a is string sa)
            return b is string sb ? sa + sb : throw new TemplateException("TypeError", $"can only concatenate str (not \"{TypeName(b)}\") to str");
        if (a is PyListLike || b is PyListLike) throw Unsupported("+", a, b);
        if (a is List<object?> la)
            return b is List<object?> lb ? (List<object?>)[.. la, .. lb] : throw new TemplateException("TypeError", $"can only concatenate list (not \"{TypeName(b)}\") to list");
        if (a is object?[] ta)
            return b is object?[] tb ? (object?[])[.. ta, .. tb] : throw new TemplateException("TypeError", $"can only concatenate tuple (not \"{TypeName(b)}\") to tuple");
        throw Unsupported("+", a, b);
    }

    public static object? Sub(object? a, object? b)
    {
        FailUndefined(a, b);
        if (IsNumber(a) && IsNumber(b))
            return IsInt(a) && IsInt(b) ? Checked(() => checked(ToLong(a) - ToLong(b))) : ToDouble(a) - ToDouble(b);
        throw Unsupported("-", a, b);
    }

    public static object? Mul(object? a, object? b)
    {
        FailUndefined(a, b);
        if (IsNumber(a) && IsNumber(b))
            return IsInt(a) && IsInt(b) ? Checked(() => checked(ToLong(a) * ToLong(b))) : ToDouble(a) * ToDouble(b);
        if (IsInt(b) && Repeatable(a)) return Repeat(a, ToLong(b));
        if (IsInt(a) && Repeatable(b)) return Repeat(b, ToLong(a));
        // A builtin sequence on the left complains about the right operand; Markup declines (NotImplemented), so
        // a builtin sequence on the right complains about the left one; otherwise the operation is unsupported.
        static bool Builtin(object? v) => v is string or List<object?> or object?[] && v is not PyListLike;
        var message = Builtin(a) ? $"can't multiply sequence by non-int of type {Repr(TypeName(b))}"
            : Builtin(b) ? $"can't multiply sequence by non-int of type {Repr(TypeName(a))}"
            : $"unsupported operand type(s) for *: {Repr(TypeName(a))} and {Repr(TypeName(b))}";
        throw new TemplateException("TypeError", message);
    }

    private static bool Repeatable(object? v) => v is string or Markup or List<object?> or object?[] && v is not PyListLike;

    private static object Repeat(object? seq, long n)
    {
        n = Math.Max(0, n);
        if (n > 10_000_000) throw new TemplateException("OverflowError", "repeated sequence is too long");
        return seq switch
        {
            string s => string.Concat(Enumerable.Repeat(s, (int)n)),
            Markup m => new Markup(string.Concat(Enumerable.Repeat(m.Value, (int)n))),
            List<object?> l => Enumerable.Repeat(l, (int)n).SelectMany(x => x).ToList(),
            _ => Enumerable.Repeat((object?[])seq!, (int)n).SelectMany(x => x).ToArray(),
        };
    }

    public static object? Div(object? a, object? b)
    {
        FailUndefined(a, b);
        if (!IsNumber(a) || !IsNumber(b)) throw Unsupported("/", a, b);
        var y = ToDouble(b);
        if (y == 0) throw new TemplateException("ZeroDivisionError", IsInt(a) && IsInt(b) ? "division by zero" : "float division by zero");
        return ToDouble(a) / y;
    }

    public static object? FloorDiv(object? a, object? b)
    {
        FailUndefined(a, b);
        if (!IsNumber(a) || !IsNumber(b)) throw Unsupported("//", a, b);
        if (IsInt(a) && IsInt(b))
        {
            long x = ToLong(a), y = ToLong(b);
            if (y == 0) throw new TemplateException("ZeroDivisionError", "integer division or modulo by zero");
            var q = x / y;
            if (x % y != 0 && (x < 0) != (y < 0)) q--;
            return q;
        }
        var d = ToDouble(b);
        if (d == 0) throw new TemplateException("ZeroDivisionError", "float floor division by zero");
        return Math.Floor(ToDouble(a) / d);
    }

    public static object? Mod(object? a, object? b)
    {
        // str % x formats before anything else looks at x (an Undefined argument counts as an empty mapping).
        if (a is Markup markup) return new Markup(PyFormat.Percent(markup.Value, b, escape: true));
        if (a is string format) return PyFormat.Percent(format, b);
        FailUndefined(a, b);
        if (!IsNumber(a) || !IsNumber(b)) throw Unsupported("%", a, b);
        if (IsInt(a) && IsInt(b))
        {
            long x = ToLong(a), y = ToLong(b);
            if (y == 0) throw new TemplateException("ZeroDivisionError", "integer modulo by zero");
            var r = x % y;
            if (r != 0 && (r < 0) != (y < 0)) r += y;
            return r;
        }
        double fx = ToDouble(a), fy = ToDouble(b);
        if (fy == 0) throw new TemplateException("ZeroDivisionError", "float modulo");
        var m = fx % fy;
        if (m != 0 && (m < 0) != (fy < 0)) m += fy;
        // A zero remainder takes the divisor's sign, as in CPython.
        return m == 0 ? Math.CopySign(0.0, fy) : m;
    }

    public static object? Pow(object? a, object? b)
    {
        FailUndefined(a, b);
        if (!IsNumber(a) || !IsNumber(b)) throw Unsupported("** or pow()", a, b);
        if (IsInt(a) && IsInt(b) && ToLong(b) >= 0)
        {
            long x = ToLong(a), n = ToLong(b), result = 1;
            return Checked(() =>
            {
                for (var i = 0L; i < n; i++) result = checked(result * x);
                return result;
            });
        }
        if (ToDouble(a) == 0 && ToDouble(b) < 0)
            throw new TemplateException("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        return Math.Pow(ToDouble(a), ToDouble(b));
    }

    private static object Checked(Func<long> f)
    {
        try
        {
            return f();
        }
        catch (OverflowException)
        {
            throw new TemplateException("OverflowError", "integer result does not fit in 64 bits");
        }
    }

    public static object? Neg(object? v) => v switch
    {
        Undefined u => throw u.Fail(),
        bool or long => Checked(() => checked(-ToLong(v))),
        double d => -d,
        _ => throw new TemplateException("TypeError", $"bad operand type for unary -: {Repr(TypeName(v))}"),
    };

    public static object? Pos(object? v) => v switch
    {
        Undefined u => throw u.Fail(),
        bool or long => (object)ToLong(v),
        double d => d,
        _ => throw new TemplateException("TypeError", $"bad operand type for unary +: {Repr(TypeName(v))}"),
    };

    /// <summary>item in container.</summary>
    public static bool Contains(object? container, object? item)
    {
        switch (container)
        {
            case string or Markup:
                if (!TryString(item, out var needle))
                    throw new TemplateException("TypeError", $"'in <string>' requires string as left operand, not {TypeName(item)}");
                return Str(container).Contains(needle, StringComparison.Ordinal);
            case List<object?> list:
                return list.Any(e => Eq(e, item));
            case object?[] tuple:
                return tuple.Any(e => Eq(e, item));
            case JinjaDict dict:
                return dict.ContainsKey(item);
            case Undefined:
                return false;
            case PyIterator it:
                return it.Consume().Any(e => Eq(e, item));
            default:
                throw new TemplateException("TypeError", $"argument of type {Repr(TypeName(container))} is not iterable");
        }
    }

    /// <summary>iter(v): what a for loop walks.</summary>
    public static IEnumerable<object?> Iterate(object? v) => v switch
    {
        Undefined => [],
        string s => PyStr.Chars(s),
        Markup m => PyStr.Chars(m.Value),
        List<object?> list => list.ToList(),
        object?[] tuple => tuple,
        JinjaDict dict => dict.Keys.ToList(),
        PyIterator it => it.Consume(),
        _ => throw new TemplateException("TypeError", $"{Repr(TypeName(v))} object is not iterable"),
    };

    public static bool IsIterable(object? v) => v is Undefined or string or Markup or List<object?> or object?[] or JinjaDict or PyIterator;

    /// <summary>len(v).</summary>
    public static long Len(object? v) => v switch
    {
        string s => PyStr.Length(s),
        Markup m => PyStr.Length(m.Value),
        List<object?> l => l.Count,
        object?[] t => t.Length,
        JinjaDict d => d.Count,
        Undefined => 0,
        _ => throw new TemplateException("TypeError", $"object of type {Repr(TypeName(v))} has no len()"),
    };

    /// <summary>Python's int index into a sequence of length n, or -1 when out of range.</summary>
    public static int NormalizeIndex(long index, int n)
    {
        if (index < 0) index += n;
        return index < 0 || index >= n ? -1 : (int)index;
    }

    /// <summary>The indices a slice selects, as slice.indices(n) would give them.</summary>
    public static IEnumerable<int> SliceIndices(object? start, object? stop, object? step, int n)
    {
        var st = SliceArg(step) ?? 1;
        if (st == 0) throw new TemplateException("ValueError", "slice step cannot be zero");
        long lower = st > 0 ? 0 : -1, upper = st > 0 ? n : n - 1;
        long Clamp(long? v, long dflt)
        {
            if (v is null) return dflt;
            var x = v.Value < 0 ? v.Value + n : v.Value;
            return x < lower ? lower : x > upper ? upper : x;
        }
        var from = Clamp(SliceArg(start), st > 0 ? lower : upper);
        var to = Clamp(SliceArg(stop), st > 0 ? upper : lower);
        for (var i = from; st > 0 ? i < to : i > to; i += st)
            yield return (int)i;
    }

    private static long? SliceArg(object? v) => v switch
    {
        null => null,
        bool or long => ToLong(v),
        _ => throw new TemplateException("TypeError", "slice indices must be integers or None or have an __index__ method"),
    };
}
