namespace QwenEval.Core.Config;

/// <summary>
/// The resolved eval.config.json: every path absolute, every default filled in. Each field says which identity it
/// belongs to (<see cref="IdentityAttribute"/>): the run folder's, each model's, or none.
/// </summary>
[ConfigRecord]
public sealed record EvalConfig(
    [property: Identity(IdentityScope.None, "where the config file is; the run folder is named after it")] string SourceFile,
    [property: Identity(IdentityScope.Run), ConfigPath] IReadOnlyList<string> Suites,
    [property: Identity(IdentityScope.None, "where run folders are written")] string Output,
    [property: Identity(IdentityScope.None, "more draws extend a run: each draw's seed depends on its own index only")] int SamplesPerTask,
    DecodingConfig Decoding,
    [property: Identity(IdentityScope.Model)] int MaxNewTokens,
    TimeoutConfig Timeouts,
    RetryConfig Retry,
    AgenticConfig Agentic,
    [property: Identity(IdentityScope.None, "budget lines on the chart only")] IReadOnlyList<double> MemoryBudgetsGb,
    [property: Identity(IdentityScope.None, "each model has an identity of its own, keyed by its name")] IReadOnlyList<ModelConfig> Models)
{
    public ModelConfig? Model(string name) => Models.FirstOrDefault(m => m.Name == name);
}

public enum DecodingMode { Greedy, Sample }

/// <summary>How tokens are chosen. Sampling fields are only meaningful in Sample mode.</summary>
[ConfigRecord]
public sealed record DecodingConfig(
    [property: Identity(IdentityScope.Model)] DecodingMode Mode,
    [property: Identity(IdentityScope.Model)] double Temperature,
    [property: Identity(IdentityScope.Model)] double TopP,
    [property: Identity(IdentityScope.Model)] int TopK,
    [property: Identity(IdentityScope.Model)] ulong Seed,
    [property: Identity(IdentityScope.Model)] IReadOnlyList<string> Stop)
{
    public static readonly DecodingConfig Greedy = new(DecodingMode.Greedy, 1.0, 1.0, 0, 0, []);
}

/// <summary>
/// Time limits. A test run gets max(floor, multiplier × the task's reference time), where the reference time is
/// the canonical solution's measured time on this machine (calibrated, cached) or, with Calibrate off or when the
/// canonical could not be measured, the task's declared time_budget_s. A run that times out is rerun once before
/// the timeout counts. Generation has its own cap, for every backend.
/// </summary>
[ConfigRecord]
public sealed record TimeoutConfig(
    [property: Identity(IdentityScope.Run)] double TestFloorSeconds,
    [property: Identity(IdentityScope.Run)] double TestMultiplier,
    [property: Identity(IdentityScope.Model)] double GenerationSeconds,
    [property: Identity(IdentityScope.Run)] bool Calibrate = true)
{
    public static readonly TimeoutConfig Default = new(2.0, 4.0, 600.0, Calibrate: true);

    /// <summary>What `tasks validate` uses: the task's declared budget itself (never below the floor).</summary>
    public static readonly TimeoutConfig DeclaredBudgets = new(2.0, 1.0, 600.0, Calibrate: false);

    public TimeSpan ForTask(double referenceSeconds) =>
        TimeSpan.FromSeconds(Math.Max(TestFloorSeconds, referenceSeconds * TestMultiplier));
}

/// <summary>
/// Caps on every agentic task's own budgets (task.json "budgets"): an episode gets the smaller of the two. Null
/// leaves the task's budget. They change what an agent may do, so they are part of each model's identity.
/// </summary>
[ConfigRecord]
public sealed record AgenticConfig(
    [property: Identity(IdentityScope.Model)] int? MaxTurns,
    [property: Identity(IdentityScope.Model)] int? MaxTokens,
    [property: Identity(IdentityScope.Model)] double? WallSeconds)
{
    public static readonly AgenticConfig Default = new(null, null, null);
}

/// <summary>How often a transient infrastructure fault (a server's 429/5xx, a dropped connection) is retried.</summary>
[ConfigRecord]
public sealed record RetryConfig(
    [property: Identity(IdentityScope.None, "a retried request asks the same question again")] int Attempts,
    [property: Identity(IdentityScope.None, "waiting changes no answer")] double InitialDelaySeconds,
    [property: Identity(IdentityScope.None, "waiting changes no answer")] double MaxDelaySeconds)
{
    public static readonly RetryConfig Default = new(4, 1.0, 30.0);
}

/// <summary>One model entry: a name for the reports, a kind, thinking options, and the kind's own settings.</summary>
[ConfigRecord]
public sealed record ModelConfig(
    [property: Identity(IdentityScope.None, "the key the model's identity is stored under, not part of it")] string Name,
    [property: Identity(IdentityScope.Model)] string Kind,
    [property: Identity(IdentityScope.Model)] bool EnableThinking,
    [property: Identity(IdentityScope.Model)] int? ThinkingBudget,
    IKindSettings Settings);

/// <summary>
/// A kind's own settings (path, provider, endpoint …): a record marked <see cref="ConfigRecordAttribute"/> whose
/// properties carry <see cref="IdentityAttribute"/>s like every other config field.
/// </summary>
public interface IKindSettings
{
    /// <summary>The model's folder, where the kind has one (its files are hashed into the model's identity).</summary>
    string? Folder => null;
}

/// <summary>Kinds without settings of their own (pseudo-models).</summary>
[ConfigRecord]
public sealed record NoSettings : IKindSettings
{
    public static readonly NoSettings Instance = new();
}

/// <summary>One model kind: its name in eval.config.json and the parser of its own fields.</summary>
public interface IModelKind
{
    string Name { get; }

    /// <summary>Reads the kind's own fields of a models[] entry; unknown fields are left for the loader to reject.</summary>
    IKindSettings Parse(JsonFields fields, string baseDir);
}
