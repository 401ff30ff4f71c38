using System.Text.Encodings.Web;
using System.Text.Json;

namespace QwenEval.Synthetic.Tokenizer;

/// <summary>An added token as tokenizer.json lists it.</summary>
public sealed record AddedToken(int Id, string Content, bool Special);

/// <summary>
/// A small Qwen-style tokenizer: byte-level BPE learned from <see cref="TrainingCorpus"/> plus the ChatML special
/// tokens, written as Hugging Face tokenizer.json and tokenizer_config.json.
/// </summary>
public sealed class SyntheticTokenizer
{
    public const string EndOfText = "<|endoftext|>";
    public const string ImStart = "<|im_start|>";
    public const string ImEnd = "<|im_end|>";
    public const string ThinkStart = "<think>";
    public const string ThinkEnd = "</think>";

    /// <summary>Merges learned by default: gives a vocabulary of a few hundred tokens, enough to look like code.</summary>
    public const int DefaultMerges = 400;

    public BpeVocabulary Bpe { get; }
    public IReadOnlyList<AddedToken> AddedTokens { get; }
    public int VocabSize => Bpe.Tokens.Count + AddedTokens.Count;

    public int Id(string added) => AddedTokens.Single(t => t.Content == added).Id;

    public SyntheticTokenizer(int maxMerges = DefaultMerges)
    {
        Bpe = BpeTrainer.Train(TrainingCorpus.PythonCode, maxMerges);
        int next = Bpe.Tokens.Count;
        // Qwen marks the ChatML tokens special; <think> and </think> are added but not special (they stay in decoded text).
        AddedTokens =
        [
            new(next, EndOfText, true),
            new(next + 1, ImStart, true),
            new(next + 2, ImEnd, true),
            new(next + 3, ThinkStart, false),
            new(next + 4, ThinkEnd, false),
        ];
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Keep byte-level characters such as 'Ġ' readable, as Hugging Face writes them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public byte[] TokenizerJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("version", "1.0");
            w.WriteNull("truncation");
            w.WriteNull("padding");
            w.WriteStartArray("added_tokens");
            foreach (var t in AddedTokens)
            {
                w.WriteStartObject();
                w.WriteNumber("id", t.Id);
                w.WriteString("content", t.Content);
                w.WriteBoolean("single_word", false);
                w.WriteBoolean("lstrip", false);
                w.WriteBoolean("rstrip", false);
                w.WriteBoolean("normalized", false);
                w.WriteBoolean("special", t.Special);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("normalizer");
            w.WriteString("type", "NFC");
            w.WriteEndObject();
            w.WriteStartObject("pre_tokenizer");
            w.WriteString("type", "Sequence");
            w.WriteStartArray("pretokenizers");
            w.WriteStartObject();
            w.WriteString("type", "Split");
            w.WriteStartObject("pattern");
            w.WriteString("Regex", BpeTrainer.QwenSplitPattern);
            w.WriteEndObject();
            w.WriteString("behavior", "Isolated");
            w.WriteBoolean("invert", false);
            w.WriteEndObject();
            WriteByteLevel(w, null);
            w.WriteEndArray();
            w.WriteEndObject();
            WriteByteLevel(w, "post_processor");
            WriteByteLevel(w, "decoder");
            w.WriteStartObject("model");
            w.WriteString("type", "BPE");
            w.WriteNull("dropout");
            w.WriteNull("unk_token");
            w.WriteString("continuing_subword_prefix", "");
            w.WriteString("end_of_word_suffix", "");
            w.WriteBoolean("fuse_unk", false);
            w.WriteBoolean("byte_fallback", false);
            w.WriteBoolean("ignore_merges", false);
            w.WriteStartObject("vocab");
            for (int i = 0; i < Bpe.Tokens.Count; i++) w.WriteNumber(Bpe.Tokens[i], i);
            w.WriteEndObject();
            w.WriteStartArray("merges");
            foreach (var (left, right) in Bpe.Merges)
            {
                w.WriteStartArray();
                w.WriteStringValue(left);
                w.WriteStringValue(right);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public byte[] TokenizerConfigJson(int modelMaxLength)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteBoolean("add_bos_token", false);
            w.WriteBoolean("add_prefix_space", false);
            w.WriteStartObject("added_tokens_decoder");
            foreach (var t in AddedTokens)
            {
                w.WriteStartObject(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("content", t.Content);
                w.WriteBoolean("lstrip", false);
                w.WriteBoolean("normalized", false);
                w.WriteBoolean("rstrip", false);
                w.WriteBoolean("single_word", false);
                w.WriteBoolean("special", t.Special);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartArray("additional_special_tokens");
            w.WriteStringValue(ImStart);
            w.WriteStringValue(ImEnd);
            w.WriteEndArray();
            w.WriteNull("bos_token");
            w.WriteString("chat_template", QwenChatTemplate.Jinja);
            w.WriteBoolean("clean_up_tokenization_spaces", false);
            w.WriteString("eos_token", ImEnd);
            w.WriteString("errors", "replace");
            w.WriteNumber("model_max_length", modelMaxLength);
            w.WriteString("pad_token", EndOfText);
            w.WriteBoolean("split_special_tokens", false);
            w.WriteString("tokenizer_class", "Qwen2Tokenizer");
            w.WriteNull("unk_token");
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteByteLevel(Utf8JsonWriter w, string? property)
    {
        if (property is null) w.WriteStartObject();
        else w.WriteStartObject(property);
        w.WriteString("type", "ByteLevel");
        w.WriteBoolean("add_prefix_space", false);
        w.WriteBoolean("trim_offsets", false);
        w.WriteBoolean("use_regex", false);
        w.WriteEndObject();
    }
}
