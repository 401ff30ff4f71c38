using System.Globalization;
using System.Text;

namespace QwenEval.Engine.Templates;

/// <summary>Python's printf-style "fmt % args" and str.format(...), for the conversions templates use.</summary>
internal static class PyFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="escape">Markup % args: every argument is escaped as it is converted.</param>
    public static string Percent(string format, object? args, bool escape = false)
    {
        var positional = args is object?[] tuple ? tuple : null;
        var mapping = args as JinjaDict;
        // Python treats any non-tuple, non-str argument with __getitem__ (a list too) as a mapping: then unused
        // arguments are not an error.
        var mappingLike = mapping is not null || args is List<object?> or Undefined;
        var next = 0;
        var usedSingle = false;
        var sb = new StringBuilder();
        object? NextArg()
        {
            if (positional is not null)
            {
                if (next >= positional.Length) throw new TemplateException("TypeError", "not enough arguments for format string");
                return positional[next++];
            }
            if (usedSingle) throw new TemplateException("TypeError", "not enough arguments for format string");
            usedSingle = true;
            return args;
        }
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            if (i >= format.Length) throw new TemplateException("ValueError", "incomplete format");
            object? value = null;
            var hasValue = false;
            if (format[i] == '(')
            {
                var close = format.IndexOf(')', i);
                if (close < 0) throw new TemplateException("ValueError", "incomplete format key");
                if (mapping is null) throw new TemplateException("TypeError", "format requires a mapping");
                var key = format[(i + 1)..close];
                if (!mapping.TryGetValue(key, out value)) throw new TemplateException("KeyError", PyOps.Repr(key));
                hasValue = true;
                usedSingle = true;
                i = close + 1;
            }
            var spec = new Spec();
            while (i < format.Length && "-+ #0".Contains(format[i]))
            {
                switch (format[i])
                {
                    case '-': spec.Align = '<'; break;
                    case '+': spec.Sign = '+'; break;
                    case ' ': if (spec.Sign != '+') spec.Sign = ' '; break;
                    case '#': spec.Alternate = true; break;
                    case '0': spec.ZeroPad = true; break;
                }
                i++;
            }
            if (i < format.Length && format[i] == '*')
            {
                spec.Width = (int)PyOps.ToLong(NextArg());
                i++;
            }
            else spec.Width = ReadInt(format, ref i);
            if (i < format.Length && format[i] == '.')
            {
                i++;
                if (i < format.Length && format[i] == '*')
                {
                    spec.Precision = (int)PyOps.ToLong(NextArg());
                    i++;
                }
                else spec.Precision = ReadInt(format, ref i) ?? 0;
            }
            while (i < format.Length && format[i] is 'h' or 'l' or 'L') i++;
            if (i >= format.Length) throw new TemplateException("ValueError", "incomplete format");
            var conv = format[i++];
            if (conv == '%')
            {
                sb.Append('%');
                continue;
            }
            if (!hasValue) value = NextArg();
            if (spec.Align == '\0') spec.Align = '>';
            if (spec.ZeroPad && spec.Align == '>' && conv is not ('s' or 'r' or 'a' or 'c')) spec.Align = '=';
            spec.Fill = spec.Align == '=' ? '0' : ' ';
            sb.Append(conv switch
            {
                's' => Pad(Truncate(escape ? Markup.EscapeValue(value) : PyOps.Str(value), spec.Precision), spec),
                'r' or 'a' => Pad(Truncate(escape ? Markup.Escape(PyOps.Repr(value)) : PyOps.Repr(value), spec.Precision), spec),
                'c' => Pad(value is string ch ? ch : char.ConvertFromUtf32((int)PyOps.ToLong(value)), spec),
                'd' or 'i' or 'u' => FormatNumber(ToIntForPercent(value, conv), 'd', spec),
                'x' or 'X' or 'o' => FormatNumber(ToIntForPercent(value, conv), conv, spec),
                'f' or 'F' or 'e' or 'E' or 'g' or 'G' => FormatNumber(ToFloat(value, conv), conv, spec with { Precision = spec.Precision ?? 6 }),
                _ => throw new TemplateException("ValueError", $"unsupported format character {PyOps.Repr(conv.ToString())} (0x{(int)conv:x}) at index {i - 1}"),
            });
        }
        if (positional is not null && next < positional.Length || positional is null && !mappingLike && !usedSingle)
            throw new TemplateException("TypeError", "not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static int? ReadInt(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return i > start ? int.Parse(s[start..i], Inv) : null;
    }

    private static string Truncate(string s, int? precision) => precision is { } p && p < s.Length ? s[..p] : s;

    private static object ToIntForPercent(object? v, char conv) => v switch
    {
        bool or long => (object)PyOps.ToLong(v),
        double d when conv is 'd' or 'i' or 'u' => d,
        _ => throw new TemplateException("TypeError", $"%{conv} format: {(conv is 'd' or 'i' or 'u' ? "a real number" : "an integer")} is required, not {PyOps.TypeName(v)}"),
    };

    private static double ToFloat(object? v, char conv) => PyOps.IsNumber(v)
        ? PyOps.ToDouble(v)
        : throw new TemplateException("TypeError", $"must be real number, not {PyOps.TypeName(v)}");

    private record struct Spec(char Fill, char Align, char Sign, bool Alternate, bool ZeroPad, int? Width, int? Precision, bool Grouping);

    private static string Pad(string body, Spec spec) => PadSigned("", body, spec);

    private static string PadSigned(string sign, string body, Spec spec)
    {
        var width = spec.Width ?? 0;
        var len = PyStr.Length(sign) + PyStr.Length(body);
        if (len >= width) return sign + body;
        var fill = new string(spec.Fill == '\0' ? ' ' : spec.Fill, width - len);
        return spec.Align switch
        {
            '<' => sign + body + fill,
            '^' => fill[..(fill.Length / 2)] + sign + body + fill[(fill.Length / 2)..],
            '=' => sign + fill + body,
            _ => fill + sign + body,
        };
    }

    /// <summary>A number under a spec; conv is d, x, X, o, b, f, F, e, E, g, G, % or n.</summary>
    private static string FormatNumber(object value, char conv, Spec spec)
    {
        string sign, body;
        if (value is long l)
        {
            if (conv is 'f' or 'F' or 'e' or 'E' or 'g' or 'G' or '%') return FormatNumber((double)l, conv, spec);
            sign = l < 0 ? "-" : spec.Sign is '+' or ' ' ? spec.Sign.ToString() : "";
            var magnitude = l == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(l);
            body = conv switch
            {
                'x' => magnitude.ToString("x", Inv),
                'X' => magnitude.ToString("X", Inv),
                'o' => Convert.ToString((long)magnitude, 8),
                'b' => Convert.ToString((long)magnitude, 2),
                _ => spec.Grouping ? magnitude.ToString("#,0", Inv) : magnitude.ToString(Inv),
            };
            if (spec.Alternate && conv is 'x' or 'X' or 'o' or 'b') body = "0" + (conv == 'X' ? 'X' : conv) + body;
        }
        else
        {
            var d = (double)value;
            if (conv is 'd') d = Math.Truncate(d);
            sign = double.IsNegative(d) && !double.IsNaN(d) ? "-" : spec.Sign is '+' or ' ' ? spec.Sign.ToString() : "";
            var a = Math.Abs(d);
            var p = spec.Precision ?? 6;
            body = double.IsNaN(a) ? "nan" : double.IsInfinity(a) ? "inf" : conv switch
            {
                'd' => ((long)a).ToString(Inv),
                'f' or 'F' => a.ToString("F" + p, Inv),
                'e' or 'E' => Exponent(a, p),
                '%' => (a * 100).ToString("F" + p, Inv) + "%",
                _ => General(a, p, spec.Alternate),
            };
            if (spec.Grouping && conv is 'f' or 'F' or 'd')
            {
                var dot = body.IndexOf('.');
                var intPart = dot >= 0 ? body[..dot] : body;
                body = long.Parse(intPart, Inv).ToString("#,0", Inv) + (dot >= 0 ? body[dot..] : "");
            }
            if (conv is 'F' or 'E' or 'G') body = body.ToUpperInvariant();
        }
        return PadSigned(sign, body, spec);
    }

    private static string Exponent(double a, int p)
    {
        var s = a.ToString((p == 0 ? "0" : "0." + new string('0', p)) + "e+00", Inv);
        return s;
    }

    private static string General(double a, int p, bool alternate)
    {
        if (p == 0) p = 1;
        if (a == 0) return "0";
        var exp = (int)Math.Floor(Math.Log10(a));
        var rounded = double.Parse(a.ToString("E" + (p - 1), Inv), Inv);
        if (rounded != 0) exp = (int)Math.Floor(Math.Log10(rounded));
        string s;
        if (exp < -4 || exp >= p)
        {
            s = Exponent(a, p - 1);
            if (!alternate)
            {
                var e = s.IndexOf('e');
                var mant = s[..e];
                if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
                s = mant + s[e..];
            }
        }
        else
        {
            s = a.ToString("F" + Math.Max(0, p - 1 - exp), Inv);
            if (!alternate && s.Contains('.')) s = s.TrimEnd('0').TrimEnd('.');
        }
        return s;
    }

    /// <summary>str.format(*args, **kwargs): auto and explicit field numbers, names, .attr and [key], !r/!s/!a, format specs.</summary>
    /// <param name="escapeField">Markup.format's EscapeFormatter: applied to each formatted field.</param>
    public static string Format(string format, Arguments args, Func<object?, string>? escapeField = null)
    {
        var sb = new StringBuilder();
        var auto = 0;
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}')
                {
                    sb.Append('}');
                    i += 2;
                    continue;
                }
                throw new TemplateException("ValueError", "Single '}' encountered in format string");
            }
            if (c != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                sb.Append('{');
                i += 2;
                continue;
            }
            var depth = 1;
            var j = i + 1;
            while (j < format.Length && depth > 0)
            {
                if (format[j] == '{') depth++;
                else if (format[j] == '}') depth--;
                if (depth > 0) j++;
            }
            if (j >= format.Length) throw new TemplateException("ValueError", "expected '}' before end of string");
            var field = format[(i + 1)..j];
            i = j + 1;
            string? conversion = null, spec = "";
            var colon = field.IndexOf(':');
            if (colon >= 0)
            {
                spec = field[(colon + 1)..];
                field = field[..colon];
            }
            var bang = field.IndexOf('!');
            if (bang >= 0)
            {
                conversion = field[(bang + 1)..];
                field = field[..bang];
            }
            var nameEnd = field.IndexOfAny(['.', '[']);
            var first = nameEnd >= 0 ? field[..nameEnd] : field;
            object? value;
            if (first.Length == 0)
            {
                if (auto >= args.Positional.Count) throw new TemplateException("IndexError", $"Replacement index {auto} out of range for positional args tuple");
                value = args.Positional[auto++];
            }
            else if (int.TryParse(first, NumberStyles.None, Inv, out var index))
            {
                if (index >= args.Positional.Count) throw new TemplateException("IndexError", $"Replacement index {index} out of range for positional args tuple");
                value = args.Positional[index];
            }
            else
            {
                var kw = args.Keywords.FindIndex(k => k.Key == first);
                if (kw < 0) throw new TemplateException("KeyError", PyOps.Repr(first));
                value = args.Keywords[kw].Value;
            }
            var rest = nameEnd >= 0 ? field[nameEnd..] : "";
            while (rest.Length > 0)
            {
                if (rest[0] == '.')
                {
                    var end = rest.IndexOfAny(['.', '['], 1);
                    var attr = end >= 0 ? rest[1..end] : rest[1..];
                    value = Access.GetAttr(value, attr);
                    rest = end >= 0 ? rest[end..] : "";
                }
                else
                {
                    var close = rest.IndexOf(']');
                    if (close < 0) throw new TemplateException("ValueError", "Missing ']' in format string");
                    var key = rest[1..close];
                    value = Access.GetItem(value, int.TryParse(key, NumberStyles.None, Inv, out var k) ? (long)k : key);
                    rest = rest[(close + 1)..];
                }
            }
            if (spec.Contains('{')) spec = Format(spec, args);
            value = conversion switch
            {
                null => value,
                "r" or "a" => PyOps.Repr(value),
                "s" => PyOps.Str(value),
                _ => throw new TemplateException("ValueError", $"Unknown conversion specifier {conversion}"),
            };
            if (escapeField is not null && value is Markup safe)
            {
                if (spec.Length > 0) throw new TemplateException("ValueError", "Unsupported format specification for Markup.");
                sb.Append(safe.Value);
            }
            else
            {
                var formatted = ApplySpec(value, spec);
                sb.Append(escapeField is null ? formatted : escapeField(formatted));
            }
        }
        return sb.ToString();
    }

    /// <summary>format(value, spec): [[fill]align][sign][#][0][width][,][.precision][type].</summary>
    public static string ApplySpec(object? value, string spec)
    {
        if (spec.Length == 0) return PyOps.Str(value);
        var s = new Spec();
        var i = 0;
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=')
        {
            s.Fill = spec[0];
            s.Align = spec[1];
            i = 2;
        }
        else if (spec[0] is '<' or '>' or '^' or '=')
        {
            s.Align = spec[0];
            i = 1;
        }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') s.Sign = spec[i++];
        if (i < spec.Length && spec[i] == '#')
        {
            s.Alternate = true;
            i++;
        }
        if (i < spec.Length && spec[i] == '0')
        {
            if (s.Align == '\0')
            {
                s.Fill = '0';
                s.Align = '=';
            }
            i++;
        }
        s.Width = ReadInt(spec, ref i);
        if (i < spec.Length && spec[i] is ',' or '_')
        {
            s.Grouping = true;
            i++;
        }
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            s.Precision = ReadInt(spec, ref i);
        }
        var type = i < spec.Length ? spec[i++] : '\0';
        if (i < spec.Length) throw new TemplateException("ValueError", "Invalid format specifier");
        if (s.Fill == '\0') s.Fill = ' ';
        if (PyOps.TryString(value, out var str))
        {
            if (type is not ('\0' or 's')) throw new TemplateException("ValueError", $"Unknown format code '{type}' for object of type 'str'");
            if (s.Align == '\0') s.Align = '<';
            return Pad(Truncate(str, s.Precision), s);
        }
        if (PyOps.IsNumber(value))
        {
            if (s.Align == '\0') s.Align = '>';
            if (value is double d)
            {
                if (type == '\0')
                    return s.Precision is null ? PadSigned(d < 0 ? "-" : s.Sign is '+' or ' ' ? s.Sign.ToString() : "", PyOps.FloatRepr(Math.Abs(d)), s)
                        : FormatNumber(d, 'g', s);
                return FormatNumber(d, type is 'n' ? 'g' : type, s);
            }
            var l = PyOps.ToLong(value);
            if (type is '\0' or 'n') type = 'd';
            if (type == 'c') return Pad(char.ConvertFromUtf32((int)l), s);
            return FormatNumber(l, type, s);
        }
        if (value is null or Undefined && spec.Length > 0)
            throw new TemplateException("TypeError", $"unsupported format string passed to {PyOps.TypeName(value)}.__format__");
        return Pad(PyOps.Str(value), s with { Align = s.Align == '\0' ? '<' : s.Align });
    }
}
