using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Engine.GenAi;

/// <summary>Whether ONNX Runtime GenAI will run a folder, said before a run starts (and by `doctor --runtime genai`).</summary>
public static class GenAiAcceptance
{
    /// <summary>Providers the native GenAI library of this build has (the CPU package has only the CPU provider).</summary>
    public static bool ProviderInBuild(string provider) => provider == "cpu" || GenAiRuntime.BuildFlavor switch
    {
        "Cuda" => provider == "cuda",
        "DirectML" => provider == "dml",
        _ => false,
    };

    /// <summary>Null when GenAI accepts the folder, else why not. With <paramref name="load"/>, GenAI itself loads it.</summary>
    public static string? Check(string folder, string provider, bool load)
    {
        if (StructuralRefusal(folder) is { } reason) return reason;
        if (!load) return null;
        try
        {
            using var runtime = new GenAiRuntime(folder, provider, intraOpThreads: 1);
            return null;
        }
        catch (UserInputException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// GenAI's qwen3_5 type is its vision-language pipeline: it always creates a vision session, and without a
    /// model.vision section the session's path is the folder itself ("The model path is a directory").
    /// </summary>
    private static string? StructuralRefusal(string folder)
    {
        var file = Path.Combine(folder, "genai_config.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var model = doc.RootElement.GetProperty("model");
        var type = model.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "qwen3_5" && !(model.TryGetProperty("vision", out var v) && v.TryGetProperty("filename", out var f) && f.GetString() is { Length: > 0 }))
            return $"{file}: $.model.type is \"qwen3_5\" but there is no $.model.vision.filename. ONNX Runtime GenAI runs type qwen3_5 as a " +
                "vision-language model and refuses the folder without a vision model. Add a \"vision\" section naming an ONNX file whose output " +
                "image_features has the hidden size as its last dimension (`qweneval models synth` writes one), or run the folder with kind \"onnx\".";
        return null;
    }
}
