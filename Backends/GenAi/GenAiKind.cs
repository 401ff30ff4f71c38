using QwenEval.Backends.Onnx;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Doctor;
using QwenEval.Engine.Footprint;
using QwenEval.Engine.GenAi;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Templates;

namespace QwenEval.Backends.GenAi;

/// <summary>
/// Kind "genai": a model folder run by ONNX Runtime GenAI (Config/Model/Generator). Prompts go through the project's
/// chat template and tokenizer, so GenAI and the built-in engine receive the same ids.
/// </summary>
public sealed class GenAiKind : IBackendKind
{
    /// <summary>Folders up to this size are loaded by GenAI before a run to prove it accepts them; larger ones are checked by structure only.</summary>
    public const long PreflightLoadBytes = 2L << 30;

    public string Name => "genai";

    public Type SettingsType => typeof(GenAiSettings);

    public IKindSettings Parse(JsonFields fields, string baseDir)
    {
        var (path, threads) = OnnxSettings.ParseFolder(fields, baseDir);
        var provider = fields.OptionalString("provider") ?? "cpu";
        if (!GenAiRuntime.Providers.ContainsKey(provider))
            throw fields.Error(fields.PathOf("provider"), $"is \"{provider}\", not a provider GenAI knows.", $"Use one of: {string.Join(", ", GenAiRuntime.Providers.Keys)}.");
        return new GenAiSettings(path, provider, threads);
    }

    public void Preflight(ModelSpec spec)
    {
        var s = Settings(spec);
        FolderPreflight.Check(spec.Name, s.Path);
        if (!GenAiAcceptance.ProviderInBuild(s.Provider))
            throw new UserInputException($"model \"{spec.Name}\": provider \"{s.Provider}\" is not in the ONNX Runtime GenAI library of this build " +
                $"({GenAiRuntime.BuildFlavor}); it comes with {GenAiRuntime.Providers[s.Provider].Flavor}. Build with -p:GenAIFlavor=…, or use \"provider\": \"cpu\".");
        if (GenAiAcceptance.Check(s.Path, s.Provider, ModelFiles.Of(s.Path).DiskBytes <= PreflightLoadBytes) is { } refusal)
            throw new UserInputException($"model \"{spec.Name}\": {refusal}");
    }

    public IModelBackend Create(ModelSpec spec)
    {
        var s = Settings(spec);
        var tokenizer = FolderTokenizer.Load(s.Path);
        var runtime = new GenAiRuntime(s.Path, s.Provider, s.Threads);
        try
        {
            ChatPipeline.CheckVocabulary(tokenizer, runtime.VocabSize, Path.Combine(s.Path, "tokenizer.json"), Path.Combine(s.Path, "genai_config.json"));
            return new ChatBackend(runtime, new ChatPipeline(runtime, tokenizer, ChatTemplateLoader.Load(s.Path), spec.Generation));
        }
        catch
        {
            runtime.Dispose();
            throw;
        }
    }

    public BackendFacts Describe(ModelSpec spec)
    {
        var s = Settings(spec);
        return new BackendFacts(s.Provider == "cpu" ? ExecutionProviders.Cpu : s.Provider,
            $"ONNX Runtime GenAI {GenAiRuntime.Version} ({GenAiRuntime.BuildFlavor}) on ONNX Runtime {OnnxRuntimeInfo.Version}, " +
            $"{s.Threads ?? Engine.Onnx.State.CpuCores.Physical()} intra-op threads", ModelFiles.Of(s.Path));
    }

    public long? PredictFootprint(ModelSpec spec, IEnumerable<IReadOnlyList<ChatMessage>> prompts) =>
        FolderFootprint.Predict(Settings(spec).Path, prompts, spec.Generation);

    private static GenAiSettings Settings(ModelSpec spec) => (GenAiSettings)spec.Settings;
}
