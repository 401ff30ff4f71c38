using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;

namespace QwenEval.Backends.OpenAi;

/// <summary>Kind "openai": a model served by an OpenAI-compatible server (llama.cpp, Ollama, LM Studio, mlx-lm, vLLM, `qweneval serve`).</summary>
public sealed class OpenAiKind : IBackendKind
{
    public string Name => "openai";

    public Type SettingsType => typeof(OpenAiSettings);

    public IKindSettings Parse(JsonFields m, string baseDir)
    {
        var endpoint = m.String("endpoint", "http://localhost:8080/v1");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw m.Error(m.PathOf("endpoint"), $"is \"{endpoint}\", not an http(s) URL.", "Use e.g. \"http://localhost:8080/v1\".");
        return new OpenAiSettings(endpoint, m.String("model", "qwen3.5-27b"), m.OptionalString("api_key_env"));
    }

    public void Preflight(ModelSpec spec) => ApiKey(spec);

    public IModelBackend Create(ModelSpec spec) => new OpenAiChatBackend(spec, (OpenAiSettings)spec.Settings, ApiKey(spec));

    public BackendFacts Describe(ModelSpec spec) =>
        new($"remote: {((OpenAiSettings)spec.Settings).Endpoint}", "OpenAI-compatible server", ModelFiles.None);

    public long? PredictFootprint(ModelSpec spec, IEnumerable<IReadOnlyList<ChatMessage>> prompts) => null;

    /// <summary>The key named by api_key_env; an unset variable is an input error before any sample.</summary>
    private static string? ApiKey(ModelSpec spec)
    {
        if (((OpenAiSettings)spec.Settings).ApiKeyEnv is not { } env) return null;
        return Environment.GetEnvironmentVariable(env) is { Length: > 0 } key
            ? key
            : throw new UserInputException($"model \"{spec.Name}\": api_key_env names {env}, which is not set. Export it or remove api_key_env.");
    }
}
