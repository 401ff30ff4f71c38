using System.Security.Cryptography;
using System.Text;
using QwenEval.Backends;
using QwenEval.Backends.GenAi;
using QwenEval.Backends.Onnx;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Templates;

namespace QwenEval.Serve;

/// <summary>
/// The one model a server holds: a model folder loaded by a backend kind ("onnx", the built-in engine, or "genai"),
/// through the same chat pipeline a run uses, so a served answer equals the direct run's. Its id is the folder's name.
/// </summary>
public sealed class ServedModel : IDisposable
{
    private readonly IChatTemplate _template;

    private ServedModel(string id, string kind, IModelBackend backend, IChatTemplate template, string fingerprint)
    {
        Id = id;
        Kind = kind;
        Backend = backend;
        _template = template;
        Fingerprint = fingerprint;
    }

    public string Id { get; }

    public string Kind { get; }

    public IModelBackend Backend { get; }

    /// <summary>system_fingerprint: this build, the runtime and the folder's files (names and sizes), so a changed model or harness shows.</summary>
    public string Fingerprint { get; }

    public long Created { get; } = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static ServedModel Load(string folder, string kind, int? threads, double generationSeconds)
    {
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder)) throw new UserInputException($"--model {folder}: no such folder. Give a model folder (genai_config.json + ONNX files).");
        var backendKind = BackendKinds.Find(kind) ?? throw new UserInputException($"--runtime: no backend kind \"{kind}\".");
        IKindSettings settings = kind == "genai" ? new GenAiSettings(folder, "cpu", threads) : new OnnxSettings(folder, threads);
        var id = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
        // Per-request fields (max_tokens, sampling, stop, enable_thinking) override these defaults.
        var spec = new ModelSpec(id, kind, settings, new GenerationSettings(DecodingConfig.Greedy, 512, generationSeconds, false, null));
        backendKind.Preflight(spec);
        return new ServedModel(id, kind, backendKind.Create(spec), ChatTemplateLoader.Load(folder), FingerprintOf(folder, kind));
    }

    /// <summary>Whether the rendered prompt leaves the model inside a reasoning block (its answer then starts with reasoning).</summary>
    public bool PromptOpensThinking(IReadOnlyList<ChatMessage> messages, bool enableThinking) =>
        enableThinking && ThinkingTracker.PromptOpensThinking(_template.Render(messages, addGenerationPrompt: true, enableThinking: true));

    private static string FingerprintOf(string folder, string kind)
    {
        var text = new StringBuilder($"{typeof(ServedModel).Assembly.GetName().Version}\n{kind}\n");
        foreach (var f in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            text.Append(Path.GetRelativePath(folder, f)).Append('\t').Append(new FileInfo(f).Length).Append('\n');
        return "fp_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }

    public void Dispose() => Backend.Dispose();
}
