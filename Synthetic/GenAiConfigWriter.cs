using System.Globalization;
using System.Text.Json;
using QwenEval.Synthetic.Tokenizer;

namespace QwenEval.Synthetic;

/// <summary>
/// Writes genai_config.json with the keys, key order and number formatting of the GenAI builder's
/// make_genai_config (Python json.dump, indent 4, floats always with a decimal point), for a CPU build.
/// </summary>
public static class GenAiConfigWriter
{
    public const string DecoderFileName = "model.onnx";
    public const string EmbeddingFileName = "embedding.onnx";

    /// <summary>The stand-in vision model GenAI needs to load the qwen3_5 layout (see <see cref="VisionStubGraph"/>).</summary>
    public const string VisionFileName = "vision.onnx";

    public static byte[] Write(TinyModelSpec spec, SyntheticTokenizer tokenizer)
    {
        int endOfText = tokenizer.Id(SyntheticTokenizer.EndOfText), imEnd = tokenizer.Id(SyntheticTokenizer.ImEnd);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 4 }))
        {
            w.WriteStartObject();
            w.WriteStartObject("model");
            w.WriteNumber("bos_token_id", endOfText);
            w.WriteNumber("context_length", spec.ContextLength);
            w.WriteStartObject("decoder");
            w.WriteStartObject("session_options");
            w.WriteString("log_id", "onnxruntime-genai");
            w.WriteStartArray("provider_options");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteString("filename", DecoderFileName);
            w.WriteNumber("head_size", spec.HeadSize);
            w.WriteNumber("hidden_size", spec.HiddenSize);
            w.WriteStartObject("inputs");
            if (spec.SeparateEmbedding) w.WriteString("inputs_embeds", "inputs_embeds");
            else w.WriteString("input_ids", "input_ids");
            w.WriteString("attention_mask", "attention_mask");
            // qwen2 runs rotary inside GroupQueryAttention and has no position_ids; Qwen3.5 applies (m)RoPE itself.
            if (spec.IsQwen35) w.WriteString("position_ids", "position_ids");
            w.WriteString("past_key_names", "past_key_values.%d.key");
            w.WriteString("past_value_names", "past_key_values.%d.value");
            w.WriteEndObject();
            w.WriteStartObject("outputs");
            w.WriteString("logits", "logits");
            w.WriteString("present_key_names", "present.%d.key");
            w.WriteString("present_value_names", "present.%d.value");
            w.WriteEndObject();
            w.WriteNumber("num_attention_heads", spec.NumHeads);
            w.WriteNumber("num_hidden_layers", spec.NumLayers);
            w.WriteNumber("num_key_value_heads", spec.NumKvHeads);
            w.WriteEndObject();
            if (spec.SeparateEmbedding)
            {
                // The layout of ONNX Runtime GenAI's qwen3-5 test folder (the builder itself writes only the decoder).
                w.WriteStartObject("embedding");
                w.WriteString("filename", EmbeddingFileName);
                w.WriteStartObject("inputs");
                w.WriteString("input_ids", "input_ids");
                w.WriteString("image_features", "image_features");
                w.WriteEndObject();
                w.WriteStartObject("outputs");
                w.WriteString("inputs_embeds", "inputs_embeds");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteStartObject("vision");
                w.WriteString("filename", VisionFileName);
                w.WriteEndObject();
            }
            w.WriteStartArray("eos_token_id");
            w.WriteNumberValue(imEnd);
            w.WriteNumberValue(endOfText);
            w.WriteEndArray();
            w.WriteNumber("pad_token_id", endOfText);
            w.WriteString("type", spec.GenAiType);
            w.WriteNumber("vocab_size", tokenizer.VocabSize);
            w.WriteEndObject();

            w.WriteStartObject("search");
            PythonFloat(w, "diversity_penalty", 0);
            w.WriteBoolean("do_sample", false);
            w.WriteBoolean("early_stopping", true);
            PythonFloat(w, "length_penalty", 1);
            w.WriteNumber("max_length", spec.ContextLength);
            w.WriteNumber("min_length", 0);
            w.WriteNumber("no_repeat_ngram_size", 0);
            w.WriteNumber("num_beams", 1);
            w.WriteNumber("num_return_sequences", 1);
            w.WriteBoolean("past_present_share_buffer", spec.PastPresentShareBuffer);
            PythonFloat(w, "repetition_penalty", 1);
            PythonFloat(w, "temperature", 1);
            w.WriteNumber("top_k", 50);
            PythonFloat(w, "top_p", 1);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Python's json writes 1.0 where System.Text.Json writes 1.</summary>
    internal static void PythonFloat(Utf8JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(PythonFloatText(value));
    }

    internal static string PythonFloatText(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E')) return text.Replace('E', 'e'); // 1E-06 -> 1e-06, as repr() writes it
        return text.Contains('.') ? text : text + ".0";
    }
}
