using System.Text.Json;
using QwenEval.Synthetic.Tokenizer;

namespace QwenEval.Synthetic;

/// <summary>
/// The Hugging Face config.json the GenAI builder saves beside a Qwen3.5 decoder: the VL wrapper config with
/// text_config (including layer_types) and the token ids copied up from text_config.
/// </summary>
public static class HfConfigWriter
{
    public static byte[] WriteQwen35(TinyModelSpec spec, SyntheticTokenizer tokenizer)
    {
        bool moe = spec.Arch == SyntheticArch.Qwen35Moe;
        int endOfText = tokenizer.Id(SyntheticTokenizer.EndOfText), imEnd = tokenizer.Id(SyntheticTokenizer.ImEnd);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2 }))
        {
            w.WriteStartObject();
            w.WriteStartArray("architectures");
            w.WriteStringValue(moe ? "Qwen3_5MoeForConditionalGeneration" : "Qwen3_5ForConditionalGeneration");
            w.WriteEndArray();
            w.WriteNumber("bos_token_id", endOfText);
            w.WriteNumber("eos_token_id", imEnd);
            w.WriteNumber("image_token_id", tokenizer.VocabSize);
            w.WriteString("model_type", moe ? "qwen3_5_moe" : "qwen3_5");
            w.WriteNumber("pad_token_id", endOfText);
            w.WriteStartObject("text_config");
            w.WriteBoolean("attn_output_gate", true);
            w.WriteNumber("bos_token_id", endOfText);
            w.WriteString("dtype", "float32");
            w.WriteNumber("eos_token_id", imEnd);
            w.WriteNumber("full_attention_interval", spec.FullAttentionInterval);
            w.WriteNumber("head_dim", spec.HeadSize);
            w.WriteString("hidden_act", "silu");
            w.WriteNumber("hidden_size", spec.HiddenSize);
            if (!moe) w.WriteNumber("intermediate_size", spec.IntermediateSize);
            w.WriteStartArray("layer_types");
            foreach (var t in spec.LayerTypes) w.WriteStringValue(t);
            w.WriteEndArray();
            w.WriteNumber("linear_conv_kernel_dim", spec.LinearConvKernel);
            w.WriteNumber("linear_key_head_dim", spec.LinearKeyHeadDim);
            w.WriteNumber("linear_num_key_heads", spec.LinearNumKeyHeads);
            w.WriteNumber("linear_num_value_heads", spec.LinearNumValueHeads);
            w.WriteNumber("linear_value_head_dim", spec.LinearValueHeadDim);
            w.WriteString("mamba_ssm_dtype", "float32");
            w.WriteNumber("max_position_embeddings", spec.ContextLength);
            w.WriteString("model_type", moe ? "qwen3_5_moe_text" : "qwen3_5_text");
            if (moe)
            {
                w.WriteNumber("moe_intermediate_size", spec.MoeIntermediateSize);
                w.WriteNumber("num_experts", spec.NumExperts);
                w.WriteNumber("num_experts_per_tok", spec.NumExpertsPerToken);
            }
            w.WriteNumber("num_attention_heads", spec.NumHeads);
            w.WriteNumber("num_hidden_layers", spec.NumLayers);
            w.WriteNumber("num_key_value_heads", spec.NumKvHeads);
            w.WriteNumber("pad_token_id", endOfText);
            GenAiConfigWriter.PythonFloat(w, "rms_norm_eps", 1e-6);
            w.WriteStartObject("rope_parameters");
            w.WriteBoolean("mrope_interleaved", true);
            w.WriteStartArray("mrope_section");
            // Sections of the rotary half-dimension for temporal/height/width, in HF's 11:11:10 proportion.
            int half = spec.RotaryDim / 2, hw = half * 11 / 32;
            w.WriteNumberValue(half - 2 * hw);
            w.WriteNumberValue(hw);
            w.WriteNumberValue(hw);
            w.WriteEndArray();
            GenAiConfigWriter.PythonFloat(w, "partial_rotary_factor", spec.PartialRotaryFactor);
            GenAiConfigWriter.PythonFloat(w, "rope_theta", spec.RopeTheta);
            w.WriteString("rope_type", "default");
            w.WriteEndObject();
            if (moe) w.WriteNumber("shared_expert_intermediate_size", spec.SharedExpertIntermediateSize);
            w.WriteBoolean("tie_word_embeddings", false);
            w.WriteNumber("vocab_size", tokenizer.VocabSize);
            w.WriteEndObject();
            w.WriteBoolean("tie_word_embeddings", false);
            w.WriteString("transformers_version", "4.57.0");
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
