using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QwenEval.Engine.Tokenization;

/// <summary>
/// A tokenizer.json split pattern, written for Oniguruma (the engine the Hugging Face library compiles it
/// with), run on .NET's Regex so that it finds the same matches.
/// Two differences matter for the patterns tokenizers use:
/// <list type="bullet">
/// <item>.NET matches UTF-16 code units, so \p{L}, \p{N} and [^...] see the two halves of a surrogate pair,
/// not the letter, digit or emoji they encode. Each supplementary character is therefore replaced, before
/// matching, by one BMP stand-in of the same general category (.NET's categories are the reference's), and
/// match positions are mapped back.</item>
/// <item>Oniguruma's (?i) follows Unicode case folding, so 's matches 'ſ (U+017F) and k matches the Kelvin sign;
/// .NET's case table leaves those out, so they are added to the pattern explicitly.</item>
/// </list>
/// </summary>
internal sealed class OnigurumaRegex
{
    /// <summary>Stand-ins for supplementary characters, one per general category, from blocks patterns do not name.</summary>
    private static readonly char[] StandIns = BuildStandIns();

    private readonly Regex regex;

    public OnigurumaRegex(string pattern)
    {
        Pattern = pattern;
        regex = new Regex(Translate(pattern), RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    /// <summary>The .NET pattern this one was translated to.</summary>
    public string DotNetPattern => regex.ToString();

    /// <summary>Non-overlapping matches, leftmost first, as (start, end) UTF-16 offsets into text.</summary>
    public List<(int Start, int End)> Matches(string text)
    {
        var result = new List<(int Start, int End)>();
        int firstSurrogate = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (firstSurrogate < 0)
        {
            for (Match m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                result.Add((m.Index, m.Index + m.Length));
            }

            return result;
        }

        // Fold: every surrogate pair becomes one stand-in; offsets[i] is where folded[i] starts in text.
        var folded = new char[text.Length];
        var offsets = new int[text.Length + 1];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            offsets[n] = i;
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, text[i + 1]);
                folded[n++] = StandIns[(int)CharUnicodeInfo.GetUnicodeCategory(cp)];
                i++;
            }
            else
            {
                folded[n++] = c;
            }
        }

        offsets[n] = text.Length;
        string foldedText = new(folded, 0, n);
        for (Match m = regex.Match(foldedText); m.Success; m = m.NextMatch())
        {
            result.Add((offsets[m.Index], offsets[m.Index + m.Length]));
        }

        return result;
    }

    /// <summary>
    /// Oniguruma syntax to .NET syntax, for what differs in practice: \x{HHHH} escapes and case-insensitive
    /// s and k. Throws ArgumentException naming what cannot be translated.
    /// </summary>
    internal static string Translate(string pattern)
    {
        var sb = new StringBuilder(pattern.Length + 16);

        // Ignore-case state per open group; the top is the current scope.
        var scopes = new Stack<bool>();
        bool ignoreCase = false;
        bool inClass = false;
        bool classHasS = false, classHasK = false;
        char? lastClassChar = null;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (char.IsSurrogate(c))
            {
                throw new ArgumentException("it contains a character outside the Basic Multilingual Plane, which this engine cannot match literally");
            }

            if (c == '\\')
            {
                if (i + 1 >= pattern.Length)
                {
                    throw new ArgumentException("it ends with a lone backslash");
                }

                char e = pattern[i + 1];
                if (e == 'x' && i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    int close = pattern.IndexOf('}', i + 3);
                    if (close < 0 || !int.TryParse(pattern.AsSpan(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int cp))
                    {
                        throw new ArgumentException($"the escape at offset {i} is not \\x{{HEX}}");
                    }

                    if (cp > 0xFFFF)
                    {
                        throw new ArgumentException($"\\x{{{cp:X}}} is outside the Basic Multilingual Plane, which this engine cannot match literally");
                    }

                    sb.Append(CultureInfo.InvariantCulture, $"\\u{cp:X4}");
                    NoteClassChar((char)cp);
                    i = close;
                    continue;
                }

                sb.Append(c).Append(e);
                if (e is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    int close = pattern.IndexOf('}', i + 3);
                    if (close > 0)
                    {
                        sb.Append(pattern, i + 2, close - i - 1);
                        i = close;
                        lastClassChar = null;
                        continue;
                    }
                }

                // An escaped letter is a class (\s, \d, ...); an escaped symbol is that symbol.
                NoteClassChar(char.IsAsciiLetterOrDigit(e) ? null : e);
                i++;
                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    if (ignoreCase && classHasS)
                    {
                        sb.Append('\u017F');
                    }

                    if (ignoreCase && classHasK)
                    {
                        sb.Append('\u212A');
                    }

                    inClass = false;
                    sb.Append(c);
                    continue;
                }

                if (c == '[' || (c == '&' && i + 1 < pattern.Length && pattern[i + 1] == '&'))
                {
                    throw new ArgumentException("it nests character classes or uses &&, which differ between Oniguruma and .NET");
                }

                if (c == '-' && lastClassChar is { } low && i + 1 < pattern.Length && pattern[i + 1] is not ']' and not '\\')
                {
                    // A range low-high: note s or k anywhere inside it.
                    char high = pattern[i + 1];
                    for (char x = low; x <= high && x != char.MaxValue; x++)
                    {
                        NoteClassChar(x);
                    }

                    sb.Append(c).Append(high);
                    i++;
                    lastClassChar = null;
                    continue;
                }

                sb.Append(c);
                NoteClassChar(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    classHasS = classHasK = false;
                    lastClassChar = null;
                    sb.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        sb.Append('^');
                        i++;
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        // A leading ] is a literal member.
                        sb.Append("\\]");
                        i++;
                    }

                    continue;
                case '(':
                    scopes.Push(ignoreCase);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        int j = i + 2;
                        bool? flag = null;
                        bool on = true;
                        while (j < pattern.Length && (char.IsAsciiLetter(pattern[j]) || pattern[j] == '-'))
                        {
                            if (pattern[j] == '-')
                            {
                                on = false;
                            }
                            else if (pattern[j] == 'i')
                            {
                                flag = on;
                            }

                            j++;
                        }

                        if (flag is { } f && j < pattern.Length)
                        {
                            if (pattern[j] == ')')
                            {
                                // (?i) applies to the rest of the enclosing group.
                                scopes.Pop();
                                ignoreCase = f;
                            }
                            else if (pattern[j] == ':')
                            {
                                ignoreCase = f;
                            }
                        }

                        if (j < pattern.Length && (pattern[j] == ')' || pattern[j] == ':'))
                        {
                            sb.Append(pattern, i, j - i + 1);
                            i = j;
                            continue;
                        }
                    }

                    sb.Append(c);
                    continue;
                case ')':
                    if (scopes.Count > 0)
                    {
                        ignoreCase = scopes.Pop();
                    }

                    sb.Append(c);
                    continue;
                case '+' or '*' or '?' or '}' when i + 1 < pattern.Length && pattern[i + 1] == '+':
                    throw new ArgumentException($"it uses a possessive or nested quantifier ({c}+) at offset {i}, which .NET does not support");
                case 's' or 'S' when ignoreCase:
                    sb.Append("[sS\u017F]");
                    continue;
                case 'k' or 'K' when ignoreCase:
                    sb.Append("[kK\u212A]");
                    continue;
                default:
                    sb.Append(c);
                    continue;
            }
        }

        return sb.ToString();

        void NoteClassChar(char? ch)
        {
            lastClassChar = ch;
            classHasS |= ch is 's' or 'S';
            classHasK |= ch is 'k' or 'K';
        }
    }

    private static char[] BuildStandIns()
    {
        var standIns = new char[(int)UnicodeCategory.OtherNotAssigned + 1];
        (UnicodeCategory Category, char StandIn)[] table =
        [
            (UnicodeCategory.UppercaseLetter, '\u2C00'), // Glagolitic capital letter azu
            (UnicodeCategory.LowercaseLetter, '\u2C30'), // Glagolitic small letter azu
            (UnicodeCategory.TitlecaseLetter, '\u01C5'),
            (UnicodeCategory.ModifierLetter, '\uA67F'),
            (UnicodeCategory.OtherLetter, '\uA000'), // Yi syllable
            (UnicodeCategory.NonSpacingMark, '\uA8E0'),
            (UnicodeCategory.SpacingCombiningMark, '\uA823'),
            (UnicodeCategory.EnclosingMark, '\uA670'),
            (UnicodeCategory.DecimalDigitNumber, '\uA620'), // Vai digit zero
            (UnicodeCategory.LetterNumber, '\uA6E6'),
            (UnicodeCategory.OtherNumber, '\uA830'),
            (UnicodeCategory.SpaceSeparator, '\u2001'),
            (UnicodeCategory.LineSeparator, '\u2028'),
            (UnicodeCategory.ParagraphSeparator, '\u2029'),
            (UnicodeCategory.Control, '\u0080'),
            (UnicodeCategory.Format, '\uFFF9'),
            (UnicodeCategory.Surrogate, '\uFFFD'), // never used: a surrogate pair is one code point
            (UnicodeCategory.PrivateUse, '\uE000'),
            (UnicodeCategory.ConnectorPunctuation, '\u2040'),
            (UnicodeCategory.DashPunctuation, '\u2E1A'),
            (UnicodeCategory.OpenPunctuation, '\u2E22'),
            (UnicodeCategory.ClosePunctuation, '\u2E23'),
            (UnicodeCategory.InitialQuotePunctuation, '\u2E1C'),
            (UnicodeCategory.FinalQuotePunctuation, '\u2E1D'),
            (UnicodeCategory.OtherPunctuation, '\uA60D'),
            (UnicodeCategory.MathSymbol, '\u2A00'),
            (UnicodeCategory.CurrencySymbol, '\u20B0'),
            (UnicodeCategory.ModifierSymbol, '\uA700'),
            (UnicodeCategory.OtherSymbol, '\uA490'),
            (UnicodeCategory.OtherNotAssigned, '\uFDD0'), // a noncharacter: unassigned in every Unicode version
        ];
        foreach ((UnicodeCategory category, char standIn) in table)
        {
            UnicodeCategory actual = CharUnicodeInfo.GetUnicodeCategory(standIn);
            if (actual != category && category != UnicodeCategory.Surrogate)
            {
                throw new InvalidOperationException($"Stand-in U+{(int)standIn:X4} for {category} has category {actual} in this .NET runtime.");
            }

            standIns[(int)category] = standIn;
        }

        return standIns;
    }
}
