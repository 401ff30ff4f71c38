namespace QwenEval.Harness.Prompting.Templates;

/// <summary>
/// markupsafe.Markup: a string marked safe (|safe, |escape, |tojson|safe). It behaves as a string everywhere except
/// that + escapes a plain-string operand, which is what Python does; string methods on it return plain strings.
/// </summary>
internal sealed class Markup(string value)
{
    public string Value { get; } = value;

    public override string ToString() => Value;

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
