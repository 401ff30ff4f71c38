using QwenEval.Core.Config;

namespace QwenEval.Core.Generation;

/// <summary>
/// Everything a backend needs to load and run one model, resolved from the typed config: what a worker process is
/// told in its start message, so it never reads eval.config.json or the suite.
/// </summary>
public sealed record ModelSpec(string Name, string Kind, IKindSettings Settings, GenerationSettings Generation)
{
    public static ModelSpec From(EvalConfig config, ModelConfig model) =>
        new(model.Name, model.Kind, model.Settings, GenerationSettings.From(config, model));
}

/// <summary>How every generation of one model decodes, when it must stop, and how a remote backend retries transient faults.</summary>
public sealed record GenerationSettings(
    DecodingConfig Decoding,
    int MaxNewTokens,
    double GenerationSeconds,
    bool EnableThinking,
    int? ThinkingBudget,
    RetryConfig? Retry = null)
{
    public RetryConfig RetryPolicy => Retry ?? RetryConfig.Default;

    public static GenerationSettings From(EvalConfig config, ModelConfig model) =>
        new(config.Decoding, config.MaxNewTokens, config.Timeouts.GenerationSeconds, model.EnableThinking, model.ThinkingBudget, config.Retry);
}
