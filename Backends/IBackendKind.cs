using QwenEval.Core.Config;
using QwenEval.Core.Generation;

namespace QwenEval.Backends;

/// <summary>
/// A model kind that generates through a backend, in its own worker process. One kind is one folder: it parses its
/// config fields (<see cref="IModelKind.Parse"/>), checks a model before the run, creates the backend, describes it
/// for run.json and predicts its footprint. Adding a kind is that folder and one line in <see cref="BackendKinds"/>.
/// </summary>
public interface IBackendKind : IModelKind
{
    /// <summary>The record <see cref="IModelKind.Parse"/> returns, for the worker's start message.</summary>
    Type SettingsType { get; }

    /// <summary>Checks, before the first sample, what would make every generation fail; throws <see cref="Core.UserInputException"/>.</summary>
    void Preflight(ModelSpec spec);

    /// <summary>Loads the model; called in the worker process.</summary>
    IModelBackend Create(ModelSpec spec);

    /// <summary>Provenance for run.json: where it runs and what files it is.</summary>
    BackendFacts Describe(ModelSpec spec);

    /// <summary>Requests this model may have in flight at once (a server's parallel slots); local folders run one at a time.</summary>
    int Concurrency(ModelSpec spec) => 1;

    /// <summary>Predicted peak memory for the longest of these prompts plus max_new_tokens; null where it cannot be predicted.</summary>
    long? PredictFootprint(ModelSpec spec, IEnumerable<IReadOnlyList<ChatMessage>> prompts);
}

/// <summary>What run.json records of a model's backend; a server's own model id and system_fingerprint where it reports them.</summary>
public sealed record BackendFacts(string ExecutionProvider, string Runtime, ModelFiles Files, string? ServedModel = null, string? SystemFingerprint = null);

/// <summary>The backend kinds of this build.</summary>
public static class BackendKinds
{
    public static readonly IReadOnlyList<IBackendKind> All =
    [
        new Onnx.OnnxKind(),
        new GenAi.GenAiKind(),
        new OpenAi.OpenAiKind(),
    ];

    public static IBackendKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
