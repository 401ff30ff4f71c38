using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Engine.Tokenization;

/// <summary>
/// Reads a Hugging Face tokenizer.json into an <see cref="ITextTokenizer"/>. Supported: BPE models with the
/// byte-level pieces Qwen and GPT-2 use (NFC/NFD/NFKC/NFKD normalizers, Split and ByteLevel pre-tokenizers,
/// the ByteLevel decoder). Anything else is refused with a message that names the file and field, rather
/// than tokenized differently from the model's training.
/// </summary>
public static class TokenizerLoader
{
    public const string FileName = "tokenizer.json";

    /// <summary>Loads modelFolder/tokenizer.json.</summary>
    public static ITextTokenizer Load(string modelFolder)
    {
        if (!Directory.Exists(modelFolder))
        {
            throw new UserInputException($"{modelFolder}: model folder not found. Check the model path in the config.");
        }

        string path = Path.Combine(modelFolder, FileName);
        if (!File.Exists(path))
        {
            // Model repositories often keep tokenizer.json in Git LFS, so a clone can have the small config files without it.
            string configHint = File.Exists(Path.Combine(modelFolder, "tokenizer_config.json"))
                ? " tokenizer_config.json is there, but the vocabulary and merges live only in tokenizer.json (often a Git LFS file: run git lfs pull)."
                : "";
            throw new UserInputException(
                $"{path}: not found. The model folder needs the tokenizer.json that belongs to the model; copy it from the " +
                "original model repository (Hugging Face) next to genai_config.json." + configHint);
        }

        return FromFile(path);
    }

    /// <summary>Loads a tokenizer.json file.</summary>
    public static ITextTokenizer FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"{path}: not found. Give the path of a Hugging Face tokenizer.json.");
        }

        JsonDocument document;
        try
        {
            using FileStream stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new UserInputException($"{path}: not valid JSON ({e.Message}). Replace it with an intact copy of the model's tokenizer.json.");
        }

        using (document)
        {
            return Build(document.RootElement, path);
        }
    }

    /// <summary>Builds a tokenizer from tokenizer.json text (for tests and callers that hold the text).</summary>
    internal static ITextTokenizer FromJson(string json, string sourceName)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return Build(document.RootElement, sourceName);
        }
        catch (JsonException e)
        {
            throw new UserInputException($"{sourceName}: not valid JSON ({e.Message}). Replace it with an intact copy of the model's tokenizer.json.");
        }
    }

    private static HuggingFaceTokenizer Build(JsonElement root, string path)
    {
        var reader = new Reader(path);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw reader.Error("(root)", "is not a JSON object", "replace the file with the model's tokenizer.json");
        }

        Func<string, string>? normalize = ReadNormalizer(reader, Property(root, "normalizer"), "normalizer");
        IPreTokenizer? preTokenizer = ReadPreTokenizer(reader, Property(root, "pre_tokenizer"), "pre_tokenizer");
        BpeModel model = ReadModel(reader, root);
        DecoderKind decoder = ReadDecoder(reader, root);
        var added = new AddedVocabulary(ReadAddedTokens(reader, root), model, normalize);
        return new HuggingFaceTokenizer(added, normalize, preTokenizer, model, decoder);
    }

    private static BpeModel ReadModel(Reader reader, JsonElement root)
    {
        if (!root.TryGetProperty("model", out JsonElement model) || model.ValueKind != JsonValueKind.Object)
        {
            throw reader.Error("model", "is missing", "replace the file with the model's complete tokenizer.json");
        }

        // Files written by older versions of the library leave out model.type for BPE.
        string type = reader.OptionalString(model, "type", "model.type") ?? "BPE";
        if (type != "BPE")
        {
            throw reader.Error("model.type", $"is \"{type}\"; only \"BPE\" (byte-level BPE as in Qwen and GPT-2) is supported",
                "use a model whose tokenizer is byte-level BPE, or add support for this model type to Harness/Tokenization");
        }

        if (model.TryGetProperty("dropout", out JsonElement dropout) && dropout.ValueKind == JsonValueKind.Number && dropout.GetDouble() != 0)
        {
            throw reader.Error("model.dropout", $"is {dropout.GetRawText()}, which makes tokenization random",
                "set it to null for evaluation");
        }

        if (!model.TryGetProperty("vocab", out JsonElement vocabElement) || vocabElement.ValueKind != JsonValueKind.Object)
        {
            throw reader.Error("model.vocab", "is missing or not an object of token: id", "replace the file with the model's complete tokenizer.json");
        }

        var vocab = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonProperty entry in vocabElement.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Number || !entry.Value.TryGetInt32(out int id) || id < 0)
            {
                throw reader.Error($"model.vocab[\"{entry.Name}\"]", "is not a non-negative integer id", "replace the file with the model's complete tokenizer.json");
            }

            vocab[entry.Name] = id;
        }

        var merges = new List<(string, string)>();
        if (model.TryGetProperty("merges", out JsonElement mergesElement) && mergesElement.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (JsonElement merge in mergesElement.EnumerateArray())
            {
                string field = $"model.merges[{index}]";
                if (merge.ValueKind == JsonValueKind.String)
                {
                    string line = merge.GetString()!;
                    if (line.StartsWith("#version", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    string[] parts = line.Split(' ');
                    if (parts.Length != 2)
                    {
                        throw reader.Error(field, $"is \"{line}\", not two tokens separated by one space", "replace the file with the model's complete tokenizer.json");
                    }

                    merges.Add((parts[0], parts[1]));
                }
                else if (merge.ValueKind == JsonValueKind.Array && merge.GetArrayLength() == 2 &&
                         merge[0].ValueKind == JsonValueKind.String && merge[1].ValueKind == JsonValueKind.String)
                {
                    merges.Add((merge[0].GetString()!, merge[1].GetString()!));
                }
                else
                {
                    throw reader.Error(field, "is neither \"left right\" nor [\"left\", \"right\"]", "replace the file with the model's complete tokenizer.json");
                }

                index++;
            }
        }
        else
        {
            throw reader.Error("model.merges", "is missing or not an array", "replace the file with the model's complete tokenizer.json");
        }

        var options = new BpeOptions(
            UnkToken: reader.OptionalString(model, "unk_token", "model.unk_token"),
            ContinuingSubwordPrefix: NullIfEmpty(reader.OptionalString(model, "continuing_subword_prefix", "model.continuing_subword_prefix")),
            EndOfWordSuffix: NullIfEmpty(reader.OptionalString(model, "end_of_word_suffix", "model.end_of_word_suffix")),
            FuseUnk: reader.OptionalBool(model, "fuse_unk", "model.fuse_unk"),
            ByteFallback: reader.OptionalBool(model, "byte_fallback", "model.byte_fallback"),
            IgnoreMerges: reader.OptionalBool(model, "ignore_merges", "model.ignore_merges"));
        try
        {
            return new BpeModel(vocab, merges, options);
        }
        catch (ArgumentException e)
        {
            throw reader.Error("model.merges", e.Message, "replace the file with the model's complete tokenizer.json");
        }

        // An empty prefix or suffix changes nothing; treating it as absent keeps the fast lookups.
        static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
    }

    private static List<AddedToken> ReadAddedTokens(Reader reader, JsonElement root)
    {
        var tokens = new List<AddedToken>();
        if (!root.TryGetProperty("added_tokens", out JsonElement array) || array.ValueKind == JsonValueKind.Null)
        {
            return tokens;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw reader.Error("added_tokens", "is not an array", "replace the file with the model's complete tokenizer.json");
        }

        int index = 0;
        foreach (JsonElement t in array.EnumerateArray())
        {
            string field = $"added_tokens[{index++}]";
            string content = reader.OptionalString(t, "content", field + ".content")
                ?? throw reader.Error(field + ".content", "is missing", "replace the file with the model's complete tokenizer.json");
            bool special = reader.OptionalBool(t, "special", field + ".special");
            tokens.Add(new AddedToken(
                content,
                SingleWord: reader.OptionalBool(t, "single_word", field + ".single_word"),
                LStrip: reader.OptionalBool(t, "lstrip", field + ".lstrip"),
                RStrip: reader.OptionalBool(t, "rstrip", field + ".rstrip"),
                Normalized: reader.OptionalBool(t, "normalized", field + ".normalized", defaultValue: !special),
                Special: special));
        }

        return tokens;
    }

    private static Func<string, string>? ReadNormalizer(Reader reader, JsonElement n, string field)
    {
        if (n.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        string type = reader.RequiredType(n, field);
        switch (type)
        {
            case "NFC":
                return s => UnicodeNormalizer.Normalize(s, NormalizationKind.Nfc);
            case "NFD":
                return s => UnicodeNormalizer.Normalize(s, NormalizationKind.Nfd);
            case "NFKC":
                return s => UnicodeNormalizer.Normalize(s, NormalizationKind.Nfkc);
            case "NFKD":
                return s => UnicodeNormalizer.Normalize(s, NormalizationKind.Nfkd);
            case "Sequence":
                if (!n.TryGetProperty("normalizers", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
                {
                    throw reader.Error(field + ".normalizers", "is missing or not an array", "replace the file with the model's complete tokenizer.json");
                }

                var steps = new List<Func<string, string>>();
                int i = 0;
                foreach (JsonElement item in list.EnumerateArray())
                {
                    if (ReadNormalizer(reader, item, $"{field}.normalizers[{i++}]") is { } step)
                    {
                        steps.Add(step);
                    }
                }

                return s => steps.Aggregate(s, (current, step) => step(current));
            default:
                throw reader.Error(field + ".type", $"is \"{type}\"; supported normalizers are NFC, NFD, NFKC, NFKD and Sequence",
                    "use a byte-level BPE model (Qwen, GPT-2 family), or add this normalizer to Harness/Tokenization");
        }
    }

    private static IPreTokenizer? ReadPreTokenizer(Reader reader, JsonElement p, string field)
    {
        if (p.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        string type = reader.RequiredType(p, field);
        switch (type)
        {
            case "ByteLevel":
                return new ByteLevelPreTokenizer(
                    addPrefixSpace: reader.OptionalBool(p, "add_prefix_space", field + ".add_prefix_space", defaultValue: true),
                    useRegex: reader.OptionalBool(p, "use_regex", field + ".use_regex", defaultValue: true));
            case "Split":
                return ReadSplit(reader, p, field);
            case "Sequence":
                if (!p.TryGetProperty("pretokenizers", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
                {
                    throw reader.Error(field + ".pretokenizers", "is missing or not an array", "replace the file with the model's complete tokenizer.json");
                }

                var steps = new List<IPreTokenizer>();
                int i = 0;
                foreach (JsonElement item in list.EnumerateArray())
                {
                    if (ReadPreTokenizer(reader, item, $"{field}.pretokenizers[{i++}]") is { } step)
                    {
                        steps.Add(step);
                    }
                }

                return new SequencePreTokenizer(steps);
            default:
                throw reader.Error(field + ".type", $"is \"{type}\"; supported pre-tokenizers are ByteLevel, Split and Sequence",
                    "use a byte-level BPE model (Qwen, GPT-2 family), or add this pre-tokenizer to Harness/Tokenization");
        }
    }

    private static SplitPreTokenizer ReadSplit(Reader reader, JsonElement p, string field)
    {
        string behaviorName = reader.OptionalString(p, "behavior", field + ".behavior")
            ?? throw reader.Error(field + ".behavior", "is missing", "set it to Isolated, Removed, MergedWithPrevious, MergedWithNext or Contiguous");
        if (!Enum.TryParse(behaviorName, ignoreCase: true, out SplitBehavior behavior) || !Enum.IsDefined(behavior) || int.TryParse(behaviorName, out _))
        {
            throw reader.Error(field + ".behavior", $"is \"{behaviorName}\"", "set it to Isolated, Removed, MergedWithPrevious, MergedWithNext or Contiguous");
        }

        bool invert = reader.OptionalBool(p, "invert", field + ".invert");
        if (!p.TryGetProperty("pattern", out JsonElement pattern) || pattern.ValueKind != JsonValueKind.Object)
        {
            throw reader.Error(field + ".pattern", "is missing or not {\"Regex\": ...} / {\"String\": ...}", "replace the file with the model's complete tokenizer.json");
        }

        if (pattern.TryGetProperty("String", out JsonElement literal) && literal.ValueKind == JsonValueKind.String)
        {
            return new SplitPreTokenizer(literal.GetString()!, behavior, invert);
        }

        if (pattern.TryGetProperty("Regex", out JsonElement regex) && regex.ValueKind == JsonValueKind.String)
        {
            try
            {
                return new SplitPreTokenizer(new OnigurumaRegex(regex.GetString()!), behavior, invert);
            }
            catch (ArgumentException e)
            {
                throw reader.Error(field + ".pattern.Regex", $"cannot be used: {e.Message}",
                    "use a tokenizer whose split pattern .NET can run, or extend OnigurumaRegex.Translate in Harness/Tokenization");
            }
        }

        throw reader.Error(field + ".pattern", "has neither a \"Regex\" nor a \"String\" entry", "replace the file with the model's complete tokenizer.json");
    }

    private static DecoderKind ReadDecoder(Reader reader, JsonElement root)
    {
        JsonElement d = Property(root, "decoder");
        if (d.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return DecoderKind.None;
        }

        string type = reader.RequiredType(d, "decoder");
        return type == "ByteLevel"
            ? DecoderKind.ByteLevel
            : throw reader.Error("decoder.type", $"is \"{type}\"; only the ByteLevel decoder is supported",
                "use a byte-level BPE model (Qwen, GPT-2 family), or add this decoder to Harness/Tokenization");
    }

    private static JsonElement Property(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out JsonElement value) ? value : default;

    /// <summary>Field access that turns a wrong shape into a UserInputException naming file and field.</summary>
    private sealed class Reader(string path)
    {
        public UserInputException Error(string field, string problem, string fix) => new($"{path}: field {field} {problem}; {fix}.");

        public string RequiredType(JsonElement element, string field)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Error(field, "is not an object", "replace the file with the model's complete tokenizer.json");
            }

            return OptionalString(element, "type", field + ".type")
                ?? throw Error(field + ".type", "is missing", "replace the file with the model's complete tokenizer.json");
        }

        public string? OptionalString(JsonElement element, string name, string field)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw Error(field, $"is {value.ValueKind.ToString().ToLowerInvariant()}, not a string", "replace the file with the model's complete tokenizer.json");
        }

        public bool OptionalBool(JsonElement element, string name, string field, bool defaultValue = false)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return defaultValue;
            }

            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error(field, $"is {value.ValueKind.ToString().ToLowerInvariant()}, not true or false", "replace the file with the model's complete tokenizer.json"),
            };
        }
    }
}
