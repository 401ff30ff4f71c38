namespace QwenEval.Harness.Config;

/// <summary>The resolved eval.config.json: every path absolute, every default filled in.</summary>
public sealed record EvalConfig(
    string SourceFile,
    string Suite,
    string Output,
    int SamplesPerTask,
    DecodingConfig Decoding,
    int MaxNewTokens,
    TimeoutConfig Timeouts,
    IReadOnlyList<double> MemoryBudgetsGb,
    IReadOnlyList<ModelConfig> Models);

public enum DecodingMode { Greedy, Sample }

/// <summary>How tokens are chosen. Sampling fields are only meaningful in Sample mode.</summary>
public sealed record DecodingConfig(DecodingMode Mode, double Temperature, double TopP, int TopK, ulong Seed)
{
    public static readonly DecodingConfig Greedy = new(DecodingMode.Greedy, 1.0, 1.0, 0, 0);
}

/// <summary>Time limits: a test run gets max(floor, task budget × multiplier); generation has its own cap.</summary>
public sealed record TimeoutConfig(double TestFloorSeconds, double TestMultiplier, double GenerationSeconds)
{
    public static readonly TimeoutConfig Default = new(2.0, 1.0, 600.0);

    public TimeSpan ForTask(double taskBudgetSeconds) =>
        TimeSpan.FromSeconds(Math.Max(TestFloorSeconds, taskBudgetSeconds * TestMultiplier));
}

/// <summary>One model entry: a name for the reports, a backend kind, and the kind's own settings.</summary>
public sealed record ModelConfig(
    string Name,
    ModelKind Kind,
    string? Path,
    string? Endpoint,
    string? RemoteModel,
    string? ApiKeyEnv,
    bool EnableThinking,
    int? ThinkingBudget = null);

public enum ModelKind { Reference, Decoy, Onnx, OpenAi }

public static class ModelKindNames
{
    public static readonly IReadOnlyDictionary<string, ModelKind> ByName = new Dictionary<string, ModelKind>
    {
        ["reference"] = ModelKind.Reference,
        ["decoy"] = ModelKind.Decoy,
        ["onnx"] = ModelKind.Onnx,
        ["openai"] = ModelKind.OpenAi,
    };

    public static string ToWire(this ModelKind kind) => ByName.First(p => p.Value == kind).Key;
}
