using System.Text;

namespace QwenEval.Engine.Tokenization;

/// <summary>A tokenizer.json pre_tokenizer: splits each piece of text into smaller pieces (and may rewrite them).</summary>
internal interface IPreTokenizer
{
    List<string> PreTokenize(List<string> pieces);
}

/// <summary>How a Split pre-tokenizer treats the matched delimiters (the reference's SplitDelimiterBehavior).</summary>
internal enum SplitBehavior
{
    Removed,
    Isolated,
    MergedWithPrevious,
    MergedWithNext,
    Contiguous,
}

/// <summary>Runs the pre-tokenizers of a Sequence in order.</summary>
internal sealed class SequencePreTokenizer(IReadOnlyList<IPreTokenizer> steps) : IPreTokenizer
{
    public List<string> PreTokenize(List<string> pieces)
    {
        foreach (IPreTokenizer step in steps)
        {
            pieces = step.PreTokenize(pieces);
        }

        return pieces;
    }
}

/// <summary>The "Split" pre-tokenizer: a regex or a literal string, with a delimiter behavior and optional inversion.</summary>
internal sealed class SplitPreTokenizer : IPreTokenizer
{
    private readonly OnigurumaRegex? regex;
    private readonly string? literal;
    private readonly SplitBehavior behavior;
    private readonly bool invert;

    public SplitPreTokenizer(OnigurumaRegex regex, SplitBehavior behavior, bool invert)
    {
        this.regex = regex;
        this.behavior = behavior;
        this.invert = invert;
    }

    public SplitPreTokenizer(string literal, SplitBehavior behavior, bool invert)
    {
        this.literal = literal;
        this.behavior = behavior;
        this.invert = invert;
    }

    public List<string> PreTokenize(List<string> pieces)
    {
        var result = new List<string>(pieces.Count * 4);
        foreach (string piece in pieces)
        {
            Split(piece, regex is not null ? regex.Matches(piece) : LiteralMatches(piece), behavior, invert, result);
        }

        return result;
    }

    /// <summary>The reference's NormalizedString::split: covers the text with (span, is-match) runs, then applies the behavior.</summary>
    internal static void Split(string text, List<(int Start, int End)> matches, SplitBehavior behavior, bool invert, List<string> output)
    {
        if (text.Length == 0)
        {
            return;
        }

        var runs = new List<(int Start, int End, bool IsMatch)>(matches.Count * 2 + 1);
        int prev = 0;
        foreach ((int start, int end) in matches)
        {
            if (prev != start)
            {
                runs.Add((prev, start, invert));
            }

            runs.Add((start, end, !invert));
            prev = end;
        }

        if (prev != text.Length)
        {
            runs.Add((prev, text.Length, invert));
        }

        var kept = new List<(int Start, int End, bool Remove)>(runs.Count);
        switch (behavior)
        {
            case SplitBehavior.Isolated:
                kept.AddRange(runs.Select(r => (r.Start, r.End, false)));
                break;
            case SplitBehavior.Removed:
                kept.AddRange(runs.Select(r => (r.Start, r.End, r.IsMatch)));
                break;
            case SplitBehavior.Contiguous:
            {
                bool previousMatch = false;
                foreach ((int start, int end, bool isMatch) in runs)
                {
                    if (isMatch == previousMatch && kept.Count > 0)
                    {
                        kept[^1] = (kept[^1].Start, end, false);
                    }
                    else
                    {
                        kept.Add((start, end, false));
                    }

                    previousMatch = isMatch;
                }

                break;
            }

            case SplitBehavior.MergedWithPrevious:
            {
                bool previousMatch = false;
                foreach ((int start, int end, bool isMatch) in runs)
                {
                    if (isMatch && !previousMatch && kept.Count > 0)
                    {
                        kept[^1] = (kept[^1].Start, end, false);
                    }
                    else
                    {
                        kept.Add((start, end, false));
                    }

                    previousMatch = isMatch;
                }

                break;
            }

            case SplitBehavior.MergedWithNext:
            {
                bool previousMatch = false;
                for (int i = runs.Count - 1; i >= 0; i--)
                {
                    (int start, int end, bool isMatch) = runs[i];
                    if (isMatch && !previousMatch && kept.Count > 0)
                    {
                        kept[^1] = (start, kept[^1].End, false);
                    }
                    else
                    {
                        kept.Add((start, end, false));
                    }

                    previousMatch = isMatch;
                }

                kept.Reverse();
                break;
            }
        }

        foreach ((int start, int end, bool remove) in kept)
        {
            if (!remove && end > start)
            {
                output.Add(text[start..end]);
            }
        }
    }

    private List<(int Start, int End)> LiteralMatches(string text)
    {
        var matches = new List<(int Start, int End)>();
        if (literal!.Length == 0)
        {
            return matches;
        }

        for (int i = text.IndexOf(literal, StringComparison.Ordinal); i >= 0; i = text.IndexOf(literal, i + literal.Length, StringComparison.Ordinal))
        {
            matches.Add((i, i + literal.Length));
        }

        return matches;
    }
}

/// <summary>
/// The "ByteLevel" pre-tokenizer: optionally a leading space and the GPT-2 split regex, then every piece
/// rewritten as its UTF-8 bytes, each byte shown as one printable character (GPT-2's bytes_to_unicode).
/// </summary>
internal sealed class ByteLevelPreTokenizer(bool addPrefixSpace, bool useRegex) : IPreTokenizer
{
    /// <summary>GPT-2's split regex, used when use_regex is true.</summary>
    internal const string Gpt2Pattern = @"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";

    private static readonly Lazy<OnigurumaRegex> Gpt2Regex = new(() => new OnigurumaRegex(Gpt2Pattern));

    public List<string> PreTokenize(List<string> pieces)
    {
        var split = new List<string>(pieces.Count * 4);
        foreach (string original in pieces)
        {
            // The reference prepends the space to every piece it is given, not only the first of the text.
            string piece = addPrefixSpace && !original.StartsWith(' ') ? " " + original : original;
            if (useRegex)
            {
                SplitPreTokenizer.Split(piece, Gpt2Regex.Value.Matches(piece), SplitBehavior.Isolated, invert: false, split);
            }
            else if (piece.Length > 0)
            {
                split.Add(piece);
            }
        }

        for (int i = 0; i < split.Count; i++)
        {
            split[i] = ByteLevel.Encode(split[i]);
        }

        return split;
    }
}

/// <summary>GPT-2's reversible map between bytes and printable characters.</summary>
internal static class ByteLevel
{
    private static readonly char[] CharByByte = BuildCharByByte();
    private static readonly Dictionary<char, byte> ByteByChar = Enumerable.Range(0, 256).ToDictionary(b => CharByByte[b], b => (byte)b);

    public static string Encode(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        return string.Create(bytes.Length, bytes, static (span, b) =>
        {
            for (int i = 0; i < b.Length; i++)
            {
                span[i] = CharByByte[b[i]];
            }
        });
    }

    /// <summary>Appends the bytes a token stands for; false (and nothing appended) when a character is not a byte character.</summary>
    public static bool TryAppendBytes(string token, List<byte> bytes)
    {
        foreach (char c in token)
        {
            if (!ByteByChar.ContainsKey(c))
            {
                return false;
            }
        }

        foreach (char c in token)
        {
            bytes.Add(ByteByChar[c]);
        }

        return true;
    }

    private static char[] BuildCharByByte()
    {
        var map = new char[256];
        var printable = new bool[256];
        for (int b = '!'; b <= '~'; b++)
        {
            printable[b] = true;
        }

        for (int b = 0xA1; b <= 0xAC; b++)
        {
            printable[b] = true;
        }

        for (int b = 0xAE; b <= 0xFF; b++)
        {
            printable[b] = true;
        }

        int n = 0;
        for (int b = 0; b < 256; b++)
        {
            map[b] = printable[b] ? (char)b : (char)(256 + n++);
        }

        return map;
    }
}
