using System.Buffers;
using System.Globalization;
using System.Text;

namespace QwenEval.Engine.Tokenization;

/// <summary>One entry of tokenizer.json's added_tokens.</summary>
internal sealed record AddedToken(string Content, bool SingleWord, bool LStrip, bool RStrip, bool Normalized, bool Special);

/// <summary>
/// Tokens added on top of the model vocabulary (special tokens such as &lt;|im_start|&gt; and ordinary ones such as
/// &lt;think&gt;), found in the text before normalization and pre-tokenization exactly as the Hugging Face
/// library's AddedVocabulary does: leftmost-longest matching, first on the raw text for tokens with
/// normalized=false, then on the normalized remainder for tokens with normalized=true.
/// </summary>
internal sealed class AddedVocabulary
{
    private readonly Dictionary<string, int> idByContent = new(StringComparer.Ordinal);
    private readonly Dictionary<int, AddedToken> tokenById = [];

    /// <summary>The string decoding gives an id: the normalized form for normalized tokens whose normalization changes them.</summary>
    private readonly Dictionary<int, string> decodedById = [];
    private readonly HashSet<string> specialContents = new(StringComparer.Ordinal);
    private readonly Trie rawTrie = new();
    private readonly Trie normalizedTrie = new();

    /// <summary>
    /// Ids follow the reference: a token already in the model vocabulary (or added before) keeps that id,
    /// any other takes the next free id after the model vocabulary; the "id" written in the file is not consulted.
    /// </summary>
    public AddedVocabulary(IEnumerable<AddedToken> tokens, BpeModel model, Func<string, string>? normalize)
    {
        int nextId = model.VocabCount;
        foreach (AddedToken token in tokens)
        {
            if (token.Content.Length == 0)
            {
                continue;
            }

            int id;
            if (idByContent.TryGetValue(token.Content, out int existing))
            {
                id = existing;
            }
            else if (model.TokenToId(token.Content) is { } modelId)
            {
                id = modelId;
            }
            else
            {
                id = nextId++;
            }

            idByContent[token.Content] = id;
            tokenById[id] = token;
            if (token.Special)
            {
                specialContents.Add(token.Content);
            }

            decodedById.Remove(id);
            if (token.Normalized && normalize is not null)
            {
                string normalized = normalize(token.Content);
                if (normalized != token.Content)
                {
                    decodedById[id] = normalized;
                }
            }
        }

        foreach ((int id, AddedToken token) in tokenById)
        {
            if (token.Normalized)
            {
                normalizedTrie.Add(decodedById.GetValueOrDefault(id, token.Content), id);
            }
            else
            {
                rawTrie.Add(token.Content, id);
            }
        }
    }

    public int Count => tokenById.Count;

    public int MaxId => tokenById.Count == 0 ? -1 : tokenById.Keys.Max();

    public int? TokenToId(string content) => idByContent.TryGetValue(content, out int id) ? id : null;

    /// <summary>The string the decoder receives for an added token's id, or null when the id is not an added token.</summary>
    public string? IdToToken(int id) =>
        decodedById.TryGetValue(id, out string? normalized) ? normalized : tokenById.TryGetValue(id, out AddedToken? t) ? t.Content : null;

    public bool IsSpecial(string token) => specialContents.Contains(token);

    /// <summary>Splits raw text on the tokens with normalized=false.</summary>
    public List<Segment> SplitRaw(string text) => Split(text, rawTrie);

    /// <summary>Splits normalized text on the tokens with normalized=true.</summary>
    public List<Segment> SplitNormalized(string text) => Split(text, normalizedTrie);

    /// <summary>The reference's find_matches: leftmost-longest matches, then single_word / lstrip / rstrip.</summary>
    private List<Segment> Split(string text, Trie trie)
    {
        var segments = new List<Segment>();
        if (text.Length == 0)
        {
            return segments;
        }

        int startOffset = 0;
        foreach ((int matchStart, int matchEnd, int id) in trie.LeftmostLongest(text))
        {
            int start = matchStart, stop = matchEnd;
            AddedToken token = tokenById[id];
            if (token.SingleWord)
            {
                bool startSpace = start == 0 || !EndsWithWordChar(text, start);
                bool stopSpace = stop == text.Length || !StartsWithWordChar(text, stop);
                if (!startSpace || !stopSpace)
                {
                    continue;
                }
            }

            if (token.LStrip)
            {
                int newStart = start;
                while (newStart > 0 && char.IsWhiteSpace(text[newStart - 1]))
                {
                    newStart--;
                }

                start = Math.Max(newStart, startOffset);
            }

            if (token.RStrip)
            {
                while (stop < text.Length && char.IsWhiteSpace(text[stop]))
                {
                    stop++;
                }
            }

            if (startOffset < start)
            {
                segments.Add(new Segment(text[startOffset..start], null));
            }

            segments.Add(new Segment(text[start..stop], id));
            startOffset = stop;
        }

        if (startOffset < text.Length)
        {
            segments.Add(new Segment(text[startOffset..], null));
        }

        return segments;
    }

    // The reference tests \w with Rust's regex crate: Alphabetic, marks, decimal digits, connector punctuation, joiners.
    private static bool EndsWithWordChar(string text, int end) =>
        Rune.DecodeLastFromUtf16(text.AsSpan(0, end), out Rune r, out _) == OperationStatus.Done && IsWordChar(r);

    private static bool StartsWithWordChar(string text, int start) =>
        Rune.DecodeFromUtf16(text.AsSpan(start), out Rune r, out _) == OperationStatus.Done && IsWordChar(r);

    private static bool IsWordChar(Rune r)
    {
        int v = r.Value;
        if (v is 0x200C or 0x200D || (v >= 0x24B6 && v <= 0x24E9) || (v >= 0x1F130 && v <= 0x1F149) ||
            (v >= 0x1F150 && v <= 0x1F169) || (v >= 0x1F170 && v <= 0x1F189))
        {
            return true;
        }

        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber or
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }

    /// <summary>A piece of the input: an added token (Id set) or text still to be tokenized.</summary>
    internal readonly record struct Segment(string Text, int? Id);

    /// <summary>A character trie over the token contents.</summary>
    private sealed class Trie
    {
        private readonly Node root = new();

        public void Add(string content, int id)
        {
            Node node = root;
            foreach (char c in content)
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out Node? child))
                {
                    child = new Node();
                    node.Children[c] = child;
                }

                node = child;
            }

            node.Id = id;
        }

        public IEnumerable<(int Start, int End, int Id)> LeftmostLongest(string text)
        {
            if (root.Children is null)
            {
                yield break;
            }

            int i = 0;
            while (i < text.Length)
            {
                Node node = root;
                int bestEnd = -1, bestId = -1;
                for (int j = i; j < text.Length && node.Children is not null && node.Children.TryGetValue(text[j], out Node? next); j++)
                {
                    node = next;
                    if (node.Id is { } id)
                    {
                        bestEnd = j + 1;
                        bestId = id;
                    }
                }

                if (bestEnd < 0)
                {
                    i++;
                    continue;
                }

                yield return (i, bestEnd, bestId);
                i = bestEnd;
            }
        }

        private sealed class Node
        {
            public Dictionary<char, Node>? Children;
            public int? Id;
        }
    }
}
