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
public sealed record DecodingConfig(DecodingMode Mode, double Temperature, double TopP, int TopK, ulong Seed, IReadOnlyList<string>? Stop = null)
{
    /// <summary>Stop strings: generation ends when the answer contains one, and the answer is cut before it.</summary>
    public IReadOnlyList<string> StopStrings => Stop ?? [];

    public static readonly DecodingConfig Greedy = new(DecodingMode.Greedy, 1.0, 1.0, 0, 0);
}

/// <summary>
/// Time limits. A test run gets max(floor, multiplier × the task's reference time), where the reference time is
/// the canonical solution's measured time on this machine (calibrated, cached) or, with Calibrate off or when the
/// canonical could not be measured, the task's declared time_budget_s. A run that times out is rerun once before
/// the timeout counts. Generation has its own cap.
/// </summary>
public sealed record TimeoutConfig(double TestFloorSeconds, double TestMultiplier, double GenerationSeconds, bool Calibrate = true)
{
    public static readonly TimeoutConfig Default = new(2.0, 4.0, 600.0, Calibrate: true);

    /// <summary>What `tasks validate` uses: the task's declared budget itself (never below the floor).</summary>
    public static readonly TimeoutConfig DeclaredBudgets = new(2.0, 1.0, 600.0, Calibrate: false);

    public TimeSpan ForTask(double referenceSeconds) =>
        TimeSpan.FromSeconds(Math.Max(TestFloorSeconds, referenceSeconds * TestMultiplier));
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
