using QwenEval.Core.Config;

namespace QwenEval.Backends.OpenAi;

/// <summary>The fields of a models[] entry of kind "openai": any OpenAI-compatible chat-completions server.</summary>
[ConfigRecord]
public sealed record OpenAiSettings(
    [property: Identity(IdentityScope.Model)] string Endpoint,
    [property: Identity(IdentityScope.Model)] string Model,
    [property: Identity(IdentityScope.None, "a credential, not a setting: the same server answers alike for any key")] string? ApiKeyEnv) : IKindSettings;
