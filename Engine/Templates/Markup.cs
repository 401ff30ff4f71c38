namespace QwenEval.Engine.Templates;

/// <summary>
/// markupsafe.Markup: a string marked safe (|safe, |escape, |tojson|safe). It behaves as a string everywhere except
/// that + escapes a plain-string operand, which is what Python does; string methods on it return plain strings.
/// </summary>
internal sealed class Markup(string value)
{
    public string Value { get; } = value;

    public override string ToString() => Value;

    /// <summary>markupsafe.escape(v): Markup stays as it is, anything else is str()-ed and escaped.</summary>
    public static string EscapeValue(object? v) => v is Markup m ? m.Value : Escape(PyOps.Str(v));

    // Methods markupsafe 2.1 overrides to escape their string arguments and return Markup.
    private static readonly HashSet<string> Wrapped =
    [
        "capitalize", "title", "lower", "upper", "replace", "ljust", "rjust", "lstrip", "rstrip", "center", "strip",
        "expandtabs", "swapcase", "zfill",
    ];

    /// <summary>A str method called on Markup: markupsafe's override where it has one, else the plain str method.</summary>
    public object? CallMethod(string name, Arguments args)
    {
        switch (name)
        {
            case var _ when Wrapped.Contains(name):
                var escaped = new Arguments(
                    args.Positional.Select(EscapeArg).ToList(),
                    args.Keywords.Select(k => new KeyValuePair<string, object?>(k.Key, EscapeArg(k.Value))).ToList());
                return new Markup(PyOps.Str(StringMethods.Call(Value, name, escaped)));
            case "split" or "rsplit" or "splitlines":
                return ((List<object?>)StringMethods.Call(Value, name, args)!).Select(p => (object?)new Markup(PyOps.Str(p))).ToList();
            case "partition" or "rpartition":
                {
                    var sep = args.Positional.Count > 0 ? Arguments.Of(EscapeArg(args.Positional[0])) : args;
                    return ((object?[])StringMethods.Call(Value, name, sep)!).Select(p => (object?)new Markup(PyOps.Str(p))).ToArray();
                }
            case "join":
                {
                    var items = args.Bind("join", ("seq", Arguments.Required))[0];
                    return new Markup(string.Join(Value, PyOps.Iterate(items).Select(EscapeValue)));
                }
            case "format":
                return new Markup(PyFormat.Format(Value, args, EscapeValue));
            default:
                return StringMethods.Call(Value, name, args);
        }
    }

    private static object? EscapeArg(object? v) => v is string or Markup ? new Markup(EscapeValue(v)) : v;

    public static string Escape(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0) return s;
        var sb = new System.Text.StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&#34;",
                '\'' => "&#39;",
                _ => null,
            });
            if (c is not ('&' or '<' or '>' or '"' or '\'')) sb.Append(c);
        }
        return sb.ToString();
    }
}
