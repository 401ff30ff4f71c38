using System.Text.Json;
using QwenEval.Core;
using QwenEval.Core.Config;

namespace QwenEval.Engine.Onnx.Config;

/// <summary>
/// Reads genai_config.json. Fields this engine does not use are ignored (GenAI configs carry many), but every
/// field it uses is type- and range-checked, and a bad one names the file, its JSON path and the fix.
/// </summary>
public static class GenAiConfigLoader
{
    public const string FileName = "genai_config.json";

    public static GenAiConfig Load(string modelDirectory)
    {
        if (!Directory.Exists(modelDirectory))
            throw new UserInputException($"{modelDirectory}: model folder not found. Pass the folder that holds {FileName} and the decoder .onnx file.");
        var dir = Path.GetFullPath(modelDirectory);
        var file = Path.Combine(dir, FileName);
        if (!File.Exists(file))
            throw new UserInputException($"{file}: not found. The folder must be written by the ONNX Runtime GenAI model builder (genai_config.json + decoder .onnx).");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigException(file, $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}", "is not valid JSON.",
                "Fix the syntax there, or re-run the model builder to write the file again.");
        }
        using (doc)
            return Parse(file, dir, doc.RootElement);
    }

    public static GenAiConfig Parse(string file, string dir, JsonElement root)
    {
        var r = new JsonFields(file, "$", root);
        var model = ParseModel(r.Object("model"));
        var search = ParseSearch(r.OptionalObject("search"), model.ContextLength);
        return new GenAiConfig(file, dir, model, search);
    }

    private static ModelSection ParseModel(JsonFields m)
    {
        var type = m.String("type", "qwen2");
        var pad = RequiredInt(m, "pad_token_id", 0);
        var vocab = RequiredInt(m, "vocab_size", 1, "151936");
        var context = RequiredInt(m, "context_length", 1, "4096");
        var eos = ParseEos(m, pad, vocab);
        var bos = m.Int("bos_token_id", 0, 0, int.MaxValue);
        var decoder = ParseDecoder(m.Object("decoder"));
        return new ModelSection(type, pad, eos, bos, vocab, context, decoder,
            ParseSubModel(m.OptionalObject("embedding")), ParseSubModel(m.OptionalObject("vision")));
    }

    private static int RequiredInt(JsonFields f, string field, int min, string example = "0")
    {
        if (!f.Has(field))
            throw f.Error(f.PathOf(field), "is missing.", $"Add \"{field}\": {example} (see the model's config.json).");
        return f.Int(field, 0, min, int.MaxValue);
    }

    // GenAI accepts one id or a list, and falls back to the pad id when absent (config.cpp).
    private static IReadOnlyList<int> ParseEos(JsonFields m, int pad, int vocab)
    {
        var path = m.PathOf("eos_token_id");
        List<int> ids;
        if (m.Element("eos_token_id") is not { } e) ids = [pad];
        else if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var one)) ids = [one];
        else if (e.ValueKind == JsonValueKind.Array)
            ids = e.EnumerateArray().Select((x, i) => x.ValueKind == JsonValueKind.Number && x.TryGetInt32(out var v)
                ? v
                : throw m.Error($"{path}[{i}]", $"is {JsonFields.Describe(x)}, expected a token id.", "Use whole numbers, e.g. [151645, 151643].")).ToList();
        else throw m.Error(path, $"is {JsonFields.Describe(e)}, expected a token id or a list of them.", "Write e.g. 2 or [151645, 151643].");
        if (ids.Count == 0) throw m.Error(path, "is an empty list.", "List at least one end-of-sequence token id.");
        foreach (var id in ids)
            if (id < 0 || id >= vocab)
                throw m.Error(path, $"holds {id}, outside the vocabulary [0, {vocab}).", "Use the tokenizer's end-of-sequence ids, or fix vocab_size.");
        return ids;
    }

    private static DecoderSection ParseDecoder(JsonFields d)
    {
        var filename = d.String("filename", "model.onnx");
        var session = ParseSession(d.OptionalObject("session_options"), d.Element("session_options"));
        var heads = d.Int("num_attention_heads", 0, 0, 1 << 20);
        var kvHeads = d.Int("num_key_value_heads", heads, 0, 1 << 20);
        var layers = d.Int("num_hidden_layers", 0, 0, 1 << 20);
        var layerTypes = d.Array("layer_types", required: false)
            .Select((e, i) => e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : throw d.Error($"{d.PathOf("layer_types")}[{i}]", $"is {JsonFields.Describe(e)}, expected a string.", "Use \"conv\" or \"full_attention\"."))
            .ToList();
        if (layerTypes.Count > 0 && layerTypes.Count != layers)
            throw d.Error(d.PathOf("layer_types"), $"has {layerTypes.Count} entries but num_hidden_layers is {layers}.",
                "Give one type per layer, or fix num_hidden_layers.");
        var inputs = d.OptionalObject("inputs");
        var outputs = d.OptionalObject("outputs");
        return new DecoderSection(
            filename,
            session,
            d.Int("head_size", 0, 0, 1 << 20),
            d.Int("hidden_size", 0, 0, 1 << 24),
            heads,
            kvHeads,
            layers,
            layerTypes,
            d.Int("conv_cache_size", 0, 0, 1 << 20),
            new DecoderInputNames(
                Name(inputs, "input_ids", "input_ids"),
                Name(inputs, "inputs_embeds", "inputs_embeds"),
                Name(inputs, "attention_mask", "attention_mask"),
                Name(inputs, "position_ids", "position_ids"),
                Template(inputs, "past_key_names", "past_key_values.%d.key"),
                Template(inputs, "past_value_names", "past_key_values.%d.value"),
                OptionalTemplate(inputs, "past_names"),
                Template(inputs, "past_conv_names", "past_conv.%d")),
            new DecoderOutputNames(
                Name(outputs, "logits", "logits"),
                Template(outputs, "present_key_names", "present.%d.key"),
                Template(outputs, "present_value_names", "present.%d.value"),
                OptionalTemplate(outputs, "present_names"),
                Template(outputs, "present_conv_names", "present_conv.%d")));
    }

    private static string Name(JsonFields? f, string field, string fallback) => f?.OptionalString(field) ?? fallback;

    private static string Template(JsonFields? f, string field, string fallback) => OptionalTemplate(f, field) ?? fallback;

    private static string? OptionalTemplate(JsonFields? f, string field)
    {
        if (f?.OptionalString(field) is not { } s) return null;
        if (!s.Contains("%d", StringComparison.Ordinal))
            throw f.Error(f.PathOf(field), $"is \"{s}\", which has no %d for the layer index.", "Write a template such as \"past_key_values.%d.key\".");
        return s;
    }

    private static SessionSection ParseSession(JsonFields? s, JsonElement? raw)
    {
        if (s is null) return new SessionSection([], new Dictionary<string, string>(), null, null);
        var providers = new List<ProviderOptions>();
        var list = s.Array("provider_options", required: false);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"{s.PathOf("provider_options")}[{i}]";
            var e = list[i];
            if (e.ValueKind != JsonValueKind.Object)
                throw s.Error(path, $"is {JsonFields.Describe(e)}, expected an object.", "Write it as { \"cuda\": { ... } }.");
            foreach (var p in e.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.Object)
                    throw s.Error($"{path}.{p.Name}", $"is {JsonFields.Describe(p.Value)}, expected an object of options.", "Write it as { } or { \"option\": \"value\" }.");
                var options = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var o in p.Value.EnumerateObject())
                    options[o.Name] = o.Value.ValueKind == JsonValueKind.String ? o.Value.GetString()! : o.Value.GetRawText();
                providers.Add(new ProviderOptions(p.Name, options));
            }
        }
        int? intra = s.Has("intra_op_num_threads") ? s.Int("intra_op_num_threads", 0, 0, 4096) : null;
        int? inter = s.Has("inter_op_num_threads") ? s.Int("inter_op_num_threads", 0, 0, 4096) : null;
        // GenAI passes every other string-valued key to AddSessionConfigEntry (e.g. "session.use_device_allocator_for_initializers").
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in raw!.Value.EnumerateObject())
            if (p.Name.Contains('.', StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.String)
                entries[p.Name] = p.Value.GetString()!;
        return new SessionSection(providers, entries, intra, inter);
    }

    private static SubModelSection? ParseSubModel(JsonFields? f)
    {
        if (f is null) return null;
        return new SubModelSection(f.String("filename", "embedding.onnx"), StringMap(f.Element("inputs")), StringMap(f.Element("outputs")));
    }

    private static IReadOnlyDictionary<string, string> StringMap(JsonElement? e)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (e is not { ValueKind: JsonValueKind.Object } obj) return map;
        foreach (var p in obj.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.String) map[p.Name] = p.Value.GetString()!;
        return map;
    }

    private static SearchDefaults ParseSearch(JsonFields? s, int contextLength)
    {
        // Defaults are GenAI's (config.h Search): note top_k 50 and top_p 0, and max_length 0 meaning context_length.
        if (s is null) return new SearchDefaults(contextLength, 0, false, 50, 0f, 1f, 1, 1f, true, 1, 1f, false, -1, null);
        var maxLength = s.Int("max_length", 0, 0, int.MaxValue);
        var numBeams = s.Int("num_beams", 1, 1, 32);
        var returns = s.Int("num_return_sequences", 1, 1, 32);
        if (returns > numBeams)
            throw s.Error(s.PathOf("num_return_sequences"), $"is {returns}, more than num_beams ({numBeams}).", "Use at most num_beams.");
        return new SearchDefaults(
            maxLength == 0 ? contextLength : maxLength,
            s.Int("min_length", 0, 0, int.MaxValue),
            s.Bool("do_sample", false),
            s.Int("top_k", 50, 0, int.MaxValue),
            (float)s.Double("top_p", 0, 0, 1),
            (float)s.Double("temperature", 1, 0, 1e6),
            numBeams,
            (float)s.Double("length_penalty", 1, -1e6, 1e6),
            s.Bool("early_stopping", true),
            returns,
            (float)s.Double("repetition_penalty", 1, 1e-6, 1e6),
            s.Bool("past_present_share_buffer", false),
            s.Int("random_seed", -1, -1, int.MaxValue),
            // GenAI treats 0 or less as "no chunking".
            s.Int("chunk_size", 0, int.MinValue, int.MaxValue) is > 0 and var chunk ? chunk : null);
    }
}
