using System.Text;

namespace QwenEval.Engine.Tokenization;

/// <summary>How ids become text again: the tokenizer.json decoder.</summary>
internal enum DecoderKind
{
    /// <summary>No decoder: the reference joins the token strings with spaces.</summary>
    None,

    /// <summary>Byte-level: token characters back to bytes, then UTF-8 (invalid sequences become U+FFFD).</summary>
    ByteLevel,
}

/// <summary>
/// A tokenizer.json tokenizer (byte-level BPE) that reproduces the Hugging Face library's ids and text:
/// added tokens are cut out first, the rest is normalized, pre-tokenized and run through the BPE model.
/// <see cref="Encode"/> is the reference's encode with add_special_tokens=false: the post-processor, truncation
/// and padding of the file are not applied, so nothing is added, cut or padded.
/// </summary>
internal sealed class HuggingFaceTokenizer : ITextTokenizer
{
    private readonly AddedVocabulary added;
    private readonly Func<string, string>? normalize;
    private readonly IPreTokenizer? preTokenizer;
    private readonly BpeModel model;
    private readonly DecoderKind decoder;

    public HuggingFaceTokenizer(AddedVocabulary added, Func<string, string>? normalize, IPreTokenizer? preTokenizer, BpeModel model, DecoderKind decoder)
    {
        this.added = added;
        this.normalize = normalize;
        this.preTokenizer = preTokenizer;
        this.model = model;
        this.decoder = decoder;
        VocabSize = Math.Max(model.MaxId, added.MaxId) + 1;
    }

    /// <summary>One more than the highest id the tokenizer can produce (model vocabulary and added tokens).</summary>
    public int VocabSize { get; }

    public IReadOnlyList<int> Encode(string text)
    {
        // The reference only sees valid Unicode (Rust strings); a lone surrogate reaches it as U+FFFD.
        text = ReplaceLoneSurrogates(text);
        var ids = new List<int>(text.Length / 3 + 4);
        foreach (AddedVocabulary.Segment raw in added.SplitRaw(text))
        {
            if (raw.Id is { } rawId)
            {
                ids.Add(rawId);
                continue;
            }

            string normalized = normalize is null ? raw.Text : normalize(raw.Text);
            foreach (AddedVocabulary.Segment segment in added.SplitNormalized(normalized))
            {
                if (segment.Id is { } id)
                {
                    ids.Add(id);
                    continue;
                }

                List<string> pieces = [segment.Text];
                if (preTokenizer is not null)
                {
                    pieces = preTokenizer.PreTokenize(pieces);
                }

                foreach (string piece in pieces)
                {
                    model.Tokenize(piece, ids);
                }
            }
        }

        return ids;
    }

    public string Decode(IEnumerable<int> ids, bool skipSpecial = false)
    {
        var tokens = new List<string>();
        foreach (int id in ids)
        {
            // Unknown ids are dropped, as the reference does.
            string? token = added.IdToToken(id) ?? model.IdToToken(id);
            if (token is null || (skipSpecial && added.IsSpecial(token)))
            {
                continue;
            }

            tokens.Add(token);
        }

        if (decoder == DecoderKind.None)
        {
            return string.Join(' ', tokens);
        }

        var bytes = new List<byte>();
        foreach (string token in tokens)
        {
            // A token holding a character outside the byte alphabet (e.g. an added "\t\t") is taken as its UTF-8 text.
            if (!ByteLevel.TryAppendBytes(token, bytes))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(token));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    public int? TokenToId(string token) => added.TokenToId(token) ?? model.TokenToId(token);

    private static string ReplaceLoneSurrogates(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return sb.ToString();
    }
}
