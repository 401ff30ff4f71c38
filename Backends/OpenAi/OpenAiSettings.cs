using QwenEval.Core.Config;

namespace QwenEval.Backends.OpenAi;

/// <summary>The fields of a models[] entry of kind "openai": any OpenAI-compatible chat-completions server.</summary>
[ConfigRecord]
public sealed record OpenAiSettings(
    [property: Identity(IdentityScope.Model)] string Endpoint,
    [property: Identity(IdentityScope.Model)] string Model,
    [property: Identity(IdentityScope.None, "a credential, not a setting: the same server answers alike for any key")] string? ApiKeyEnv,
    [property: Identity(IdentityScope.None, "which process to measure, not what answers: a restarted server has another pid")] int? ServerPid = null,
    [property: Identity(IdentityScope.None, "which process to measure, not what answers")] string? ServerProcess = null,
    [property: Identity(IdentityScope.None, "requests at once: greedy answers are the same in any order, and the samples are written in the same order")] int Concurrency = 1) : IKindSettings;
