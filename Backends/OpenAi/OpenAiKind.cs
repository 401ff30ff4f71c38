using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;

namespace QwenEval.Backends.OpenAi;

/// <summary>Kind "openai": a model served by an OpenAI-compatible server (llama.cpp, Ollama, LM Studio, mlx-lm, vLLM, `qweneval serve`).</summary>
public sealed class OpenAiKind : IBackendKind
{
    public const int MaxConcurrency = 16;

    public string Name => "openai";

    public Type SettingsType => typeof(OpenAiSettings);

    public IKindSettings Parse(JsonFields m, string baseDir)
    {
        var endpoint = m.String("endpoint", "http://localhost:8080/v1");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw m.Error(m.PathOf("endpoint"), $"is \"{endpoint}\", not an http(s) URL.", "Use e.g. \"http://localhost:8080/v1\".");
        int? pid = m.Has("server_pid") ? m.Int("server_pid", 0, 1, int.MaxValue) : null;
        var process = m.OptionalString("server_process");
        if (pid is not null && process is not null)
            throw m.Error(m.PathOf("server_process"), "is given together with server_pid.", "Keep one: server_pid for one process, server_process for a name to find.");
        return new OpenAiSettings(endpoint, m.String("model", "qwen3.5-27b"), m.OptionalString("api_key_env"), pid, process,
            m.Int("concurrency", 1, 1, MaxConcurrency));
    }

    public void Preflight(ModelSpec spec)
    {
        ApiKey(spec);
        ServerPid(spec);
    }

    public IModelBackend Create(ModelSpec spec) => new OpenAiChatBackend(spec, Settings(spec), ApiKey(spec), serverPid: ServerPid(spec));

    public int Concurrency(ModelSpec spec) => Settings(spec).Concurrency;

    /// <summary>Where it runs, and what the server says it is (one-token probe; absent when the server is not up yet).</summary>
    public BackendFacts Describe(ModelSpec spec)
    {
        var s = Settings(spec);
        using var client = new OpenAiChatBackend(spec, s, s.ApiKeyEnv is { } env && Environment.GetEnvironmentVariable(env) is { Length: > 0 } key ? key : null);
        var served = client.Probe(TimeSpan.FromSeconds(Math.Min(60, spec.Generation.GenerationSeconds)));
        return new BackendFacts($"remote: {s.Endpoint}", "OpenAI-compatible server", ModelFiles.None, served?.Model, served?.Fingerprint);
    }

    public long? PredictFootprint(ModelSpec spec, IEnumerable<IReadOnlyList<ChatMessage>> prompts) => null;

    private static OpenAiSettings Settings(ModelSpec spec) => (OpenAiSettings)spec.Settings;

    /// <summary>The key named by api_key_env; an unset variable is an input error before any sample.</summary>
    private static string? ApiKey(ModelSpec spec)
    {
        if (Settings(spec).ApiKeyEnv is not { } env) return null;
        return Environment.GetEnvironmentVariable(env) is { Length: > 0 } key
            ? key
            : throw new UserInputException($"model \"{spec.Name}\": api_key_env names {env}, which is not set. Export it or remove api_key_env.");
    }

    /// <summary>The server process to measure: server_pid, or the one process tree server_process names; null when neither is set.</summary>
    public static int? ServerPid(ModelSpec spec)
    {
        var s = Settings(spec);
        if (s.ServerPid is { } pid)
            return ProcessTreeMemory.Alive(pid)
                ? pid
                : throw new UserInputException($"model \"{spec.Name}\": server_pid {pid} is not a running process. Give the server's current pid (e.g. from pgrep) or use server_process.");
        if (s.ServerProcess is not { } name) return null;
        var roots = ProcessNames.Roots(name);
        return roots.Count switch
        {
            1 => roots[0],
            0 => throw new UserInputException($"model \"{spec.Name}\": server_process \"{name}\" matches no running process. Start the server first, or check the name (ps -e)."),
            _ => throw new UserInputException($"model \"{spec.Name}\": server_process \"{name}\" matches {roots.Count} separate processes ({string.Join(", ", roots)}). Name one with server_pid."),
        };
    }
}
