using QwenEval.Synthetic.Graph;
using QwenEval.Synthetic.Tokenizer;

namespace QwenEval.Synthetic;

/// <summary>A generated model held in memory: what was asked for, its tokenizer and its (effective) weights.</summary>
public sealed record GeneratedModel(TinyModelSpec Spec, SyntheticTokenizer Tokenizer, TinyModelWeights Weights);

/// <summary>
/// Writes complete ONNX Runtime GenAI model folders with seeded random weights: decoder ONNX (plus the embedding
/// model for the qwen3_5 layout), genai_config.json, tokenizer.json, tokenizer_config.json and, for Qwen3.5,
/// the patched Hugging Face config.json. The same spec always gives byte-identical files.
/// </summary>
public static class TinyModelGenerator
{
    public static GeneratedModel Create(TinyModelSpec spec)
    {
        spec.Validate();
        var tokenizer = new SyntheticTokenizer();
        return new GeneratedModel(spec, tokenizer, TinyModelWeights.Generate(spec, tokenizer.VocabSize));
    }

    /// <summary>Creates the model and writes its folder; returns the model so callers can check it against the reference.</summary>
    public static GeneratedModel Generate(TinyModelSpec spec, string folder)
    {
        var model = Create(spec);
        Write(model, folder);
        return model;
    }

    /// <returns>The files written, in a fixed order.</returns>
    public static IReadOnlyList<string> Write(GeneratedModel model, string folder)
    {
        Directory.CreateDirectory(folder);
        var spec = model.Spec;
        var files = new List<string>();
        var decoder = spec.IsQwen35 ? Qwen35DecoderGraph.Build(spec, model.Weights) : Qwen2DecoderGraph.Build(spec, model.Weights);
        files.AddRange(OnnxModelFile.Save(decoder, Path.Combine(folder, GenAiConfigWriter.DecoderFileName), spec.ExternalDataThresholdBytes));
        if (spec.SeparateEmbedding)
        {
            var embedding = EmbeddingGraph.Build(spec, model.Weights);
            files.AddRange(OnnxModelFile.Save(embedding, Path.Combine(folder, GenAiConfigWriter.EmbeddingFileName), spec.ExternalDataThresholdBytes));
            files.AddRange(OnnxModelFile.Save(VisionStubGraph.Build(spec), Path.Combine(folder, GenAiConfigWriter.VisionFileName), spec.ExternalDataThresholdBytes));
        }
        files.Add(WriteFile(folder, "genai_config.json", GenAiConfigWriter.Write(spec, model.Tokenizer)));
        if (spec.IsQwen35) files.Add(WriteFile(folder, "config.json", HfConfigWriter.WriteQwen35(spec, model.Tokenizer)));
        files.Add(WriteFile(folder, "tokenizer.json", model.Tokenizer.TokenizerJson()));
        files.Add(WriteFile(folder, "tokenizer_config.json", model.Tokenizer.TokenizerConfigJson(spec.ContextLength)));
        return files;
    }

    private static string WriteFile(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
