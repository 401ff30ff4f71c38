using System.Globalization;
using System.Text;

namespace QwenEval.Engine.Templates;

/// <summary>
/// Python str semantics on .NET strings: Python counts code points where .NET counts UTF-16 units, and its notions
/// of whitespace, line breaks and printable characters differ from .NET's. Fast paths skip the work for BMP text.
/// </summary>
internal static class PyStr
{
    public static bool HasSurrogates(string s)
    {
        foreach (var c in s)
            if (char.IsSurrogate(c)) return true;
        return false;
    }

    /// <summary>len(s).</summary>
    public static int Length(string s)
    {
        if (!HasSurrogates(s)) return s.Length;
        var n = 0;
        for (var i = 0; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    /// <summary>The code points of s, each as a string (what iterating a Python str yields).</summary>
    public static List<string> Chars(string s)
    {
        var list = new List<string>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(s.Substring(i, 2));
                i++;
            }
            else list.Add(s[i].ToString());
        }
        return list;
    }

    /// <summary>Python's str.isspace() for one character.</summary>
    public static bool IsSpace(char c) => c switch
    {
        >= '\t' and <= '\r' or >= '\x1c' and <= ' ' or '\x85' or '\xa0' or '\u1680' => true,
        >= '\u2000' and <= '\u200a' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        _ => false,
    };

    public static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>str.strip / lstrip / rstrip; chars null means whitespace.</summary>
    public static string Strip(string s, string? chars, bool left, bool right)
    {
        Func<int, bool> strip;
        if (chars is null) strip = i => IsSpace(s[i]);
        else if (!HasSurrogates(chars)) strip = i => chars.Contains(s[i]);
        else return StripCodePoints(s, chars, left, right);
        int start = 0, end = s.Length;
        if (left) while (start < end && strip(start)) start++;
        if (right) while (end > start && strip(end - 1)) end--;
        return s[start..end];
    }

    private static string StripCodePoints(string s, string chars, bool left, bool right)
    {
        var set = Chars(chars).ToHashSet(StringComparer.Ordinal);
        var cps = Chars(s);
        int start = 0, end = cps.Count;
        if (left) while (start < end && set.Contains(cps[start])) start++;
        if (right) while (end > start && set.Contains(cps[end - 1])) end--;
        return string.Concat(cps.Skip(start).Take(end - start));
    }

    /// <summary>str.split(sep, maxsplit).</summary>
    public static List<object?> Split(string s, string? sep, long maxsplit)
    {
        var result = new List<object?>();
        if (sep is null)
        {
            var i = 0;
            while (true)
            {
                while (i < s.Length && IsSpace(s[i])) i++;
                if (i >= s.Length) break;
                if (maxsplit >= 0 && result.Count >= maxsplit)
                {
                    result.Add(s[i..]);
                    break;
                }
                var j = i;
                while (j < s.Length && !IsSpace(s[j])) j++;
                result.Add(s[i..j]);
                i = j;
            }
            return result;
        }
        if (sep.Length == 0) throw new TemplateException("ValueError", "empty separator");
        var pos = 0;
        while (maxsplit < 0 || result.Count < maxsplit)
        {
            var k = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (k < 0) break;
            result.Add(s[pos..k]);
            pos = k + sep.Length;
        }
        result.Add(s[pos..]);
        return result;
    }

    /// <summary>str.rsplit(sep, maxsplit).</summary>
    public static List<object?> RSplit(string s, string? sep, long maxsplit)
    {
        if (maxsplit < 0) return Split(s, sep, maxsplit);
        var result = new List<object?>();
        if (sep is null)
        {
            var i = s.Length;
            while (true)
            {
                while (i > 0 && IsSpace(s[i - 1])) i--;
                if (i <= 0) break;
                if (result.Count >= maxsplit)
                {
                    result.Add(s[..i]);
                    break;
                }
                var j = i;
                while (j > 0 && !IsSpace(s[j - 1])) j--;
                result.Add(s[j..i]);
                i = j;
            }
            result.Reverse();
            return result;
        }
        if (sep.Length == 0) throw new TemplateException("ValueError", "empty separator");
        var end = s.Length;
        while (result.Count < maxsplit)
        {
            var k = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
            if (k < 0) break;
            result.Add(s[(k + sep.Length)..end]);
            end = k;
        }
        result.Add(s[..end]);
        result.Reverse();
        return result;
    }

    /// <summary>str.splitlines(keepends).</summary>
    public static List<object?> SplitLines(string s, bool keepEnds)
    {
        var result = new List<object?>();
        var start = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (!IsLineBreak(s[i]))
            {
                i++;
                continue;
            }
            var eol = i;
            i += s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
            result.Add(keepEnds ? s[start..i] : s[start..eol]);
            start = i;
        }
        if (start < s.Length) result.Add(s[start..]);
        return result;
    }

    public static string Upper(string s) => PyCase.Upper(s);

    public static string Lower(string s) => PyCase.Lower(s);

    /// <summary>str.capitalize(): first character title-cased, the rest lower-cased.</summary>
    public static string Capitalize(string s) =>
        s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    /// <summary>str.title(): upper after any non-letter, lower elsewhere.</summary>
    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var prevCased = false;
        foreach (var c in s)
        {
            var cased = char.IsLetter(c) && (char.IsUpper(c) || char.IsLower(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter);
            sb.Append(cased ? (prevCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)) : c);
            prevCased = cased;
        }
        return sb.ToString();
    }

    /// <summary>Python orders strings by code point; UTF-16 order differs only for surrogates against U+E000..U+FFFF.</summary>
    public static int CompareCodePoints(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] == b[i]) continue;
            return Fix(a[i]).CompareTo(Fix(b[i]));
        }
        return a.Length.CompareTo(b.Length);

        static int Fix(char c) => c >= 0xD800 ? (c <= 0xDFFF ? c + 0x2000 : c - 0x800) : c;
    }

    /// <summary>repr(s) as Python writes it.</summary>
    public static string Repr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < ' ' || c == '\x7f') sb.Append($"\\x{(int)c:x2}");
            else if (c < '\x7f') sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsPrintable(CharUnicodeInfo.GetUnicodeCategory(cp))) sb.Append(c).Append(s[i + 1]);
                else sb.Append($"\\U{cp:x8}");
                i++;
            }
            else if (IsPrintable(CharUnicodeInfo.GetUnicodeCategory(c))) sb.Append(c);
            else if (c <= '\xff') sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        return sb.Append(quote).ToString();
    }

    private static bool IsPrintable(UnicodeCategory cat) => cat is not (UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);

    /// <summary>Maps a code-point index to a UTF-16 index (identity for BMP-only strings).</summary>
    public static int Utf16Index(string s, int codePointIndex)
    {
        var i = 0;
        for (var n = 0; n < codePointIndex && i < s.Length; n++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }

    /// <summary>Maps a UTF-16 index to a code-point index.</summary>
    public static int CodePointIndex(string s, int utf16Index) => Length(s[..utf16Index]);
}
