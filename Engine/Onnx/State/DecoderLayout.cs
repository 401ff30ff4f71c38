using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using QwenEval.Core;
using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// One past→present tensor pair of the decoder. SeqAxis is the growing axis of an attention cache, or -1 for a
/// fixed-size state (conv, recurrent). Dims holds -1 at the batch and sequence axes.
/// </summary>
internal sealed record CacheTensor(string Input, string Output, TensorElementType Type, long[] Dims, int BatchAxis, int SeqAxis, bool InPlace)
{
    public long[] ShapeFor(int batch, int seq) => FillShape(new long[Dims.Length], batch, seq);

    /// <summary>Writes the shape into a reused array (ORT copies it), keeping decode steps free of allocation.</summary>
    public long[] FillShape(long[] shape, int batch, int seq)
    {
        Dims.CopyTo(shape, 0);
        shape[BatchAxis] = batch;
        if (SeqAxis >= 0) shape[SeqAxis] = seq;
        return shape;
    }
}

/// <summary>
/// What the decoder graph takes and gives, resolved from genai_config.json's name templates against the session's
/// real inputs and outputs (their element types and shapes come from the session, never from the config).
/// </summary>
internal sealed record DecoderLayout(
    string? IdsInput,
    TensorElementType IdsType,
    string? EmbedsInput,
    TensorElementType EmbedsType,
    int HiddenSize,
    PositionRules Rules,
    string? MaskInput,
    TensorElementType MaskType,
    string? PositionInput,
    TensorElementType PositionType,
    int PositionRank,
    string LogitsOutput,
    TensorElementType LogitsType,
    int VocabSize,
    IReadOnlyList<CacheTensor> Attention,
    IReadOnlyList<CacheTensor> States)
{
    /// <summary>Decoder-only types ONNX Runtime GenAI runs as plain LLMs (src/models/model_type.h).</summary>
    public static readonly IReadOnlySet<string> SupportedTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "chatglm", "decoder", "ernie4_5", "gemma", "gemma2", "gemma3_text", "gemma4_text", "gpt2", "gptoss", "granite",
        "granitemoehybrid", "hunyuandensev1", "internlm2", "lfm2", "llama", "mistral", "nemotron", "olmo", "phi", "phimoe",
        "phi3", "phi3small", "qwen2", "qwen3", "qwen3_5_moe_text", "qwen3_5_text", "smollm3",
        // Vision-language types run text-only: embedding model + decoder, mRoPE positions, no vision model.
        "qwen3_5", "qwen3_5_moe",
    };

    /// <summary>Types whose positions follow GenAI's Qwen2VLPositionInputs (3D mRoPE) rather than the default rules.</summary>
    private static readonly IReadOnlySet<string> QwenVlFamily = new HashSet<string>(StringComparer.Ordinal)
    {
        "fara", "qwen2_5_vl", "qwen3_vl", "qwen3_5", "qwen3_5_moe",
    };

    public static DecoderLayout Resolve(GenAiConfig config, InferenceSession session)
    {
        CheckType(config);
        return new Resolver(config, session).Resolve();
    }

    /// <summary>Rejects model types this engine cannot run, before any session is created.</summary>
    public static void CheckType(GenAiConfig config)
    {
        var model = config.Model;
        if (!SupportedTypes.Contains(model.Type))
            throw new UserInputException(
                $"{config.File}: $.model.type: \"{model.Type}\" is not supported by this engine yet " +
                $"(supported: {string.Join(", ", SupportedTypes.Order(StringComparer.Ordinal))}). " +
                (model.Type.StartsWith("qwen3_5", StringComparison.Ordinal)
                    ? "Use a qwen3_5, qwen3_5_moe or text-only qwen3_5_text folder."
                    : "Use a decoder-only model folder."));
    }

    private sealed class Resolver(GenAiConfig config, InferenceSession session)
    {
        private readonly DecoderInputNames _in = config.Model.Decoder.Inputs;
        private readonly DecoderOutputNames _out = config.Model.Decoder.Outputs;
        private readonly HashSet<string> _unclaimed = new(session.InputMetadata.Keys, StringComparer.Ordinal);
        private readonly string _decoderFile = config.PathOf(config.Model.Decoder.Filename);

        public DecoderLayout Resolve()
        {
            string? ids = null, embeds = null;
            var idsType = TensorElementType.Int64;
            var embedsType = TensorElementType.Float;
            var hidden = config.Model.Decoder.HiddenSize;
            if (Claim(_in.InputIds))
            {
                ids = _in.InputIds;
                idsType = ElementType(ids, TensorTypes.IsInteger, "int32 or int64");
            }
            else if (Claim(_in.InputsEmbeds))
            {
                embeds = _in.InputsEmbeds;
                if (config.Model.Embedding is null)
                    throw new UserInputException(
                        $"{config.File}: $.model.embedding is missing, but the decoder takes \"{embeds}\" (embeddings from a separate model). " +
                        "Add the embedding section the model builder writes (filename, inputs, outputs).");
                var meta = session.InputMetadata[embeds];
                embedsType = meta.ElementDataType;
                if (meta.Dimensions is [_, _, > 0 and var h]) hidden = h;
                if (hidden <= 0)
                    throw new UserInputException($"{config.File}: $.model.decoder.hidden_size is missing and \"{embeds}\" does not fix it. Add the field.");
            }
            else throw Mismatch("$.model.decoder.inputs.input_ids", _in.InputIds, "input");

            string? mask = Claim(_in.AttentionMask) ? _in.AttentionMask : null;
            string? position = Claim(_in.PositionIds) ? _in.PositionIds : null;
            var maskType = mask is null ? TensorElementType.Int64 : ElementType(mask, TensorTypes.IsInteger, "int32 or int64");
            var positionType = position is null ? maskType : ElementType(position, TensorTypes.IsInteger, "int32 or int64");
            var positionRank = position is null ? 2 : session.InputMetadata[position].Dimensions.Length;
            if (positionRank is not (2 or 3))
                throw new UserInputException($"{_decoderFile}: input \"{position}\" has rank {positionRank}; expected [batch, seq] or [3, batch, seq].");

            if (!session.OutputMetadata.TryGetValue(_out.Logits, out var logitsMeta))
                throw Mismatch("$.model.decoder.outputs.logits", _out.Logits, "output");
            var logitsType = logitsMeta.ElementDataType;
            if (logitsType is not (TensorElementType.Float or TensorElementType.Float16 or TensorElementType.BFloat16))
                throw new UserInputException($"{_decoderFile}: output \"{_out.Logits}\" is {logitsType}; expected float, float16 or bfloat16 logits.");
            var vocab = logitsMeta.Dimensions is [_, _, > 0 and var v] ? (int)v : config.Model.VocabSize;
            if (vocab != config.Model.VocabSize)
                throw new UserInputException(
                    $"{config.File}: $.model.vocab_size is {config.Model.VocabSize} but the decoder's logits have {vocab} entries. Set vocab_size to {vocab}.");

            var attention = AttentionCaches();
            var states = ConvStates().Concat(RecurrentStates()).ToList();

            if (_unclaimed.Count > 0)
            {
                var name = _unclaimed.Order(StringComparer.Ordinal).First();
                throw new UserInputException(
                    $"{_decoderFile}: decoder input \"{name}\" matches none of the names {config.File} gives under $.model.decoder.inputs " +
                    $"(input_ids \"{_in.InputIds}\", attention_mask \"{_in.AttentionMask}\", position_ids \"{_in.PositionIds}\", " +
                    $"past_key_names \"{_in.PastKeyNames}\", past_value_names \"{_in.PastValueNames}\"" +
                    (_in.PastNames is null ? "" : $", past_names \"{_in.PastNames}\"") + $", past_conv_names \"{_in.PastConvNames}\"). " +
                    "Fix the name templates there to match the graph (e.g. \"past_names\": \"past_%d\" for stacked key/value caches).");
            }
            var rules = QwenVlFamily.Contains(config.Model.Type) ? PositionRules.QwenVl : PositionRules.Default;
            return new DecoderLayout(ids, idsType, embeds, embedsType, hidden, rules, mask, maskType, position, positionType, positionRank,
                _out.Logits, logitsType, vocab, attention, states);
        }

        private List<CacheTensor> AttentionCaches()
        {
            var result = new List<CacheTensor>();
            if (_in.PastNames is { } combined)
            {
                var present = _out.PresentNames ?? throw new UserInputException(
                    $"{config.File}: $.model.decoder.inputs.past_names is set but $.model.decoder.outputs.present_names is missing. Add it, e.g. \"present_%d\".");
                foreach (var layer in Layers(combined))
                    result.Add(Attention(ConfigNames.ForLayer(combined, layer), ConfigNames.ForLayer(present, layer), "$.model.decoder.outputs.present_names", stacked: true));
                return result;
            }
            foreach (var layer in Layers(_in.PastKeyNames))
            {
                result.Add(Attention(ConfigNames.ForLayer(_in.PastKeyNames, layer), ConfigNames.ForLayer(_out.PresentKeyNames, layer), "$.model.decoder.outputs.present_key_names", stacked: false));
                var value = ConfigNames.ForLayer(_in.PastValueNames, layer);
                if (!Claim(value)) throw Mismatch("$.model.decoder.inputs.past_value_names", value, "input");
                result.Add(Attention(value, ConfigNames.ForLayer(_out.PresentValueNames, layer), "$.model.decoder.outputs.present_value_names", stacked: false));
            }
            return result;
        }

        private CacheTensor Attention(string input, string output, string outputField, bool stacked)
        {
            _unclaimed.Remove(input);
            if (!session.OutputMetadata.ContainsKey(output)) throw Mismatch(outputField, output, "output");
            var meta = session.InputMetadata[input];
            var dims = meta.Dimensions.Select(d => (long)d).ToArray();
            var expected = stacked ? 5 : 4;
            if (dims.Length != expected)
                throw new UserInputException(
                    $"{_decoderFile}: cache input \"{input}\" has rank {dims.Length}; expected " +
                    (stacked ? "[2, batch, heads, seq, head_size] for past_names." : "[batch, heads, seq, head_size]."));
            var batchAxis = stacked ? 1 : 0;
            var seqAxis = stacked ? 3 : 2;
            var decoder = config.Model.Decoder;
            if (stacked) dims[0] = 2;
            dims[batchAxis] = -1;
            dims[seqAxis] = -1;
            dims[seqAxis - 1] = Static(dims[seqAxis - 1], decoder.NumKeyValueHeads, input, "$.model.decoder.num_key_value_heads");
            dims[seqAxis + 1] = Static(dims[seqAxis + 1], decoder.HeadSize, input, "$.model.decoder.head_size");
            return new CacheTensor(input, output, meta.ElementDataType, dims, batchAxis, seqAxis, InPlace: false);
        }

        private long Static(long fromGraph, int fromConfig, string input, string field)
        {
            if (fromGraph > 0) return fromGraph;
            if (fromConfig > 0) return fromConfig;
            throw new UserInputException($"{config.File}: {field} is missing and the decoder's \"{input}\" does not fix that dimension. Add the field.");
        }

        // LFM2: conv layers carry past_conv.{i} -> present_conv.{i}; copied back each step like GenAI moves present to past.
        private IEnumerable<CacheTensor> ConvStates()
        {
            foreach (var layer in Layers(_in.PastConvNames))
                yield return Fixed(ConfigNames.ForLayer(_in.PastConvNames, layer), ConfigNames.ForLayer(_out.PresentConvNames, layer),
                    "$.model.decoder.outputs.present_conv_names", inPlace: false);
        }

        // Qwen3.5 linear-attention layers: names derived from the KV templates as GenAI's recurrent_state.cpp does
        // (text after the last '.' replaced). GenAI binds them in place on CPU; so does this engine.
        private IEnumerable<CacheTensor> RecurrentStates()
        {
            foreach (var kind in new[] { "conv_state", "recurrent_state" })
            {
                var pastTemplate = Replace(_in.PastKeyNames, kind);
                var presentTemplate = Replace(_out.PresentKeyNames, kind);
                if (pastTemplate is null || presentTemplate is null) continue;
                foreach (var layer in Layers(pastTemplate))
                    yield return Fixed(ConfigNames.ForLayer(pastTemplate, layer), ConfigNames.ForLayer(presentTemplate, layer),
                        "$.model.decoder.outputs.present_key_names", inPlace: true);
            }
        }

        private static string? Replace(string template, string suffix)
        {
            var dot = template.LastIndexOf('.');
            return dot > template.IndexOf("%d", StringComparison.Ordinal) ? template[..(dot + 1)] + suffix : null;
        }

        private CacheTensor Fixed(string input, string output, string outputField, bool inPlace)
        {
            _unclaimed.Remove(input);
            if (!session.OutputMetadata.ContainsKey(output)) throw Mismatch(outputField, output, "output");
            var meta = session.InputMetadata[input];
            var dims = meta.Dimensions.Select(d => (long)d).ToArray();
            for (var i = 1; i < dims.Length; i++)
                if (dims[i] <= 0)
                    throw new UserInputException($"{_decoderFile}: state input \"{input}\" has a dynamic dimension {i}; only the batch dimension may vary.");
            dims[0] = -1;
            return new CacheTensor(input, output, meta.ElementDataType, dims, 0, -1, inPlace);
        }

        private IEnumerable<int> Layers(string template) =>
            session.InputMetadata.Keys.Select(n => ConfigNames.LayerOf(template, n)).OfType<int>().Order().ToList();

        private bool Claim(string name) => _unclaimed.Remove(name);

        private TensorElementType ElementType(string input, Func<TensorElementType, bool> ok, string expected)
        {
            var type = session.InputMetadata[input].ElementDataType;
            return ok(type) ? type : throw new UserInputException($"{_decoderFile}: input \"{input}\" is {type}; expected {expected}.");
        }

        private UserInputException Mismatch(string field, string name, string kind)
        {
            var names = kind == "input" ? session.InputMetadata.Keys : session.OutputMetadata.Keys;
            return new UserInputException(
                $"{config.File}: {field}: the decoder has no {kind} named \"{name}\" (its {kind}s: {string.Join(", ", names)}). " +
                "Fix the name in genai_config.json to match the graph.");
        }
    }
}

/// <summary>Which of GenAI's position-input classes a model type uses.</summary>
internal enum PositionRules
{
    /// <summary>DefaultPositionInputs: only trailing pads are masked; positions are absolute indices.</summary>
    Default,

    /// <summary>Qwen2VLPositionInputs (text only): every pad is masked in the prompt and gets position 0; other tokens count up.</summary>
    QwenVl,
}
