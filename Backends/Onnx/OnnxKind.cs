using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Doctor;
using QwenEval.Engine.Footprint;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Templates;

namespace QwenEval.Backends.Onnx;

/// <summary>Kind "onnx": a model folder run by the built-in ONNX engine.</summary>
public sealed class OnnxKind : IBackendKind
{
    public string Name => "onnx";

    public Type SettingsType => typeof(OnnxSettings);

    public IKindSettings Parse(JsonFields fields, string baseDir)
    {
        var (path, threads) = OnnxSettings.ParseFolder(fields, baseDir);
        return new OnnxSettings(path, threads, fields.Bool("reuse_turns", true));
    }

    public void Preflight(ModelSpec spec) => FolderPreflight.Check(spec.Name, Settings(spec).Path);

    public IModelBackend Create(ModelSpec spec)
    {
        var s = Settings(spec);
        var model = OnnxModel.Load(s.Path, new EngineOptions { IntraOpThreads = s.Threads });
        return OnnxBackend.Create(model, FolderTokenizer.Load(s.Path), ChatTemplateLoader.Load(s.Path), spec.Generation,
            s.ReuseTurns ? StateReuse.DrawsAndTurns : StateReuse.Draws);
    }

    public BackendFacts Describe(ModelSpec spec)
    {
        var s = Settings(spec);
        return new BackendFacts(ExecutionProviders.Describe(s.Path),
            $"built-in engine on ONNX Runtime {OnnxRuntimeInfo.Version}, {s.Threads ?? Engine.Onnx.State.CpuCores.Physical()} intra-op threads", ModelFiles.Of(s.Path));
    }

    public long? PredictFootprint(ModelSpec spec, IEnumerable<IReadOnlyList<ChatMessage>> prompts) =>
        FolderFootprint.Predict(Settings(spec).Path, prompts, spec.Generation);

    private static OnnxSettings Settings(ModelSpec spec) => (OnnxSettings)spec.Settings;
}
