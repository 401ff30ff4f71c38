using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using QwenEval.Backends;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Prompting;
using QwenEval.Runs.Agentic;
using QwenEval.Tasks;
using QwenEval.Tasks.Agentic;

namespace QwenEval.Runs;

/// <summary>
/// run.json: what produced a run folder. The run's identity (suite, prompt version, sandbox, timeouts) must match
/// for a rerun to resume into it; each model has an identity of its own (its resolved settings and file hashes),
/// so a model can be added to a finished run, and a model changed under the same name is refused.
/// </summary>
public sealed record RunManifest(
    string RunId,
    string HarnessVersion,
    string HarnessCommit,
    string CreatedUtc,
    string ConfigFile,
    JsonObject RunIdentity,
    JsonNode Config,
    string PromptVersion,
    SuiteInfo Suite,
    IReadOnlyList<ModelInfo> Models,
    string Sandbox,
    string SandboxVersion,
    EnvironmentInfo Environment,
    IReadOnlyList<GenerationLoad>? GenerationLoad = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ShardInfo? Shard = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TimeoutTableInfo? TimeoutTable = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ShardSource>? Shards = null,
    string? AgentPromptVersion = null)
{
    public const string FileName = "run.json";

    public static RunManifest Create(EvalConfig config, Suite suite, string sandboxKind, string sandboxVersion, IReadOnlyList<ModelConfig>? models = null) =>
        Create(config, new SuiteSet(suite, AgenticSuite.Empty, [new SuitePart(suite.Name, suite.Version, SuiteLoader.FunctionKind, suite.Hash, suite.Tasks.Count, suite.Folder)]),
            sandboxKind, sandboxVersion, models);

    /// <param name="models">the models this invocation runs (run --models), described here; default every model of the config</param>
    public static RunManifest Create(EvalConfig config, SuiteSet suites, string sandboxKind, string sandboxVersion, IReadOnlyList<ModelConfig>? models = null)
    {
        var runIdentity = ConfigIdentity.ForRun(config);
        var runId = RunIdOf(config);
        var suite = suites.Functions;
        var prompts = suite.Tasks.Select(PromptBuilder.Build).ToList();
        var described = (models ?? config.Models).Select(m => ModelInfo.Describe(config, m, prompts)).ToList();
        var version = CurrentHarnessVersion();
        var tasks = suite.Tasks.Select(t => new TaskMeta(t.Id, t.Difficulty, t.Tags, suite.ImportedFrom is null ? t.Id : t.Title))
            .Concat(suites.Agentic.Tasks.Select(t => new TaskMeta(t.Id, t.Difficulty, t.Tags, t.Id, SuiteLoader.AgenticKind, t.Category)))
            .ToList();
        return new RunManifest(runId, version, version.Contains('+') ? version[(version.IndexOf('+') + 1)..] : "unknown", DateTime.UtcNow.ToString("o"),
            config.SourceFile, runIdentity, ConfigIdentity.Snapshot(config), PromptBuilder.Version,
            new SuiteInfo(suites.Name, suites.Version, suites.Hash, suites.TaskCount, suites.Parts[0].Folder, tasks, suites.Parts),
            described, sandboxKind, sandboxVersion, EnvironmentInfo.Capture(), [],
            AgentPromptVersion: suites.Agentic.Tasks.Count > 0 ? AgentPrompt.Version : null);
    }

    /// <summary>The config's file name and the hash of its run identity: the folder name of its first run.</summary>
    public static string RunIdOf(EvalConfig config) =>
        $"{Path.GetFileNameWithoutExtension(config.SourceFile)}-{ConfigIdentity.Hash(ConfigIdentity.ForRun(config))[..12]}";

    /// <summary>What differs between the inputs of this run and a folder's manifest that refuses a resume, else null.</summary>
    public string? DescribeDifference(RunManifest recorded)
    {
        if (ConfigIdentity.Hash(RunIdentity) != ConfigIdentity.Hash(recorded.RunIdentity))
            return $"the run settings changed ({FirstDifference(recorded.RunIdentity, RunIdentity, "$")})";
        if (PromptVersion != recorded.PromptVersion) return $"the prompt version changed ({recorded.PromptVersion} → {PromptVersion})";
        if (AgentPromptVersion != recorded.AgentPromptVersion && AgentPromptVersion is not null && recorded.AgentPromptVersion is not null)
            return $"the agent prompt version changed ({recorded.AgentPromptVersion} → {AgentPromptVersion})";
        if (Suite.Hash != recorded.Suite.Hash) return $"suite '{Suite.Name}' changed (hash {recorded.Suite.Hash[..12]} → {Suite.Hash[..12]})";
        if (Sandbox != recorded.Sandbox) return $"the sandbox changed ({recorded.Sandbox} → {Sandbox})";
        if (TimeoutTable?.Sha256 != recorded.TimeoutTable?.Sha256)
            return $"the timeout table changed ({recorded.TimeoutTable?.Sha256[..12] ?? "none"} → {TimeoutTable?.Sha256[..12] ?? "none"})";
        foreach (var m in Models)
        {
            var old = recorded.Models.FirstOrDefault(o => o.Name == m.Name);
            if (old is null) continue; // a new model joins the run
            if (old.Identity is { } was && ConfigIdentity.Hash(was) != ConfigIdentity.Hash(m.Identity!))
                return $"model '{m.Name}': {FirstDifference(was, m.Identity!, "$")} changed";
            var changed = m.Files.Where(f => !old.Files.TryGetValue(f.Key, out var h) || h != f.Value).Select(f => f.Key)
                .Concat(old.Files.Keys.Where(k => !m.Files.ContainsKey(k))).FirstOrDefault();
            if (changed is not null) return $"model '{m.Name}': file {changed} changed";
        }
        return null;
    }

    /// <summary>This run's manifest as it continues a folder: the folder's id and history (load readings included), every model either run has, the current config.</summary>
    public RunManifest Continuing(RunManifest recorded) => this with
    {
        RunId = recorded.RunId,
        CreatedUtc = recorded.CreatedUtc,
        Models = [.. recorded.Models.Where(o => Models.All(m => m.Name != o.Name)), .. Models],
        GenerationLoad = recorded.GenerationLoad ?? [],
    };

    internal static string FirstDifference(JsonNode? was, JsonNode? now, string path)
    {
        if (was is JsonObject a && now is JsonObject b)
        {
            foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
            {
                var d = FirstDifference(a[key], b[key], $"{path}.{key}");
                if (d.Length > 0) return d;
            }
            return "";
        }
        var x = was?.ToJsonString() ?? "null";
        var y = now?.ToJsonString() ?? "null";
        return x == y ? "" : $"{path}: {x} → {y}";
    }

    public static string CurrentHarnessVersion() =>
        typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}

/// <summary>Which slice of the run's plan a shard's folder holds (<see cref="Sharding.ShardPlan"/>), and the run it is a shard of.</summary>
public sealed record ShardInfo(int Index, int Count, string RunId);

/// <summary>The precomputed timeout table a run was judged with (`run --timeouts FILE`).</summary>
public sealed record TimeoutTableInfo(string File, string Sha256, string MeasuredOn, string MeasuredUtc)
{
    public static TimeoutTableInfo Of(string file, QwenEval.Execution.TimeoutTable table) =>
        new(file, table.Sha256, (string?)table.Machine["host"] ?? "unknown", table.MeasuredUtc);
}

/// <summary>One shard a merged run folder was made of, with the facts of the machine it ran on and its models' peaks.</summary>
public sealed record ShardSource(int Index, int Count, string RunId, string Path, string HarnessVersion, string CreatedUtc,
    EnvironmentInfo Environment, IReadOnlyDictionary<string, long> PeakRssBytes);


/// <summary>The run's suites: their joined name and version, one hash over them all, every task; <see cref="Parts"/> lists each suite.</summary>
public sealed record SuiteInfo(string Name, string Version, string Hash, int Tasks, string Path, IReadOnlyList<TaskMeta> TaskList,
    IReadOnlyList<SuitePart>? Parts = null);

/// <summary>Task metadata kept in run.json so reports can group by difficulty and tag without the suite folder.</summary>
/// <param name="SourceId">the id in the benchmark the task came from ("HumanEval/0" for an import), for exports</param>
/// <param name="Kind">"agentic" for an agentic task; null for a function-level one</param>
/// <param name="Category">the task's declared category (agentic tasks); null: the id's prefix</param>
public sealed record TaskMeta(string Id, string Difficulty, IReadOnlyList<string> Tags, string? SourceId = null, string? Kind = null, string? Category = null);

/// <param name="PredictedBytes">predicted peak memory of the model's worker (Engine/Footprint); null where it cannot be predicted</param>
/// <param name="Identity">the model's resolved settings that can change its answers (<see cref="ConfigIdentity.ForModel"/>)</param>
/// <param name="ServedModel">a server's own id for the model, as its response names it (openai kind)</param>
/// <param name="SystemFingerprint">a server's system_fingerprint: its build and configuration, where it reports one</param>
public sealed record ModelInfo(string Name, string Kind, string? Path, long DiskBytes, IReadOnlyDictionary<string, string> Files,
    long? PredictedBytes = null, string? ExecutionProvider = null, JsonObject? Identity = null, string? Runtime = null,
    string? ServedModel = null, string? SystemFingerprint = null)
{
    public static ModelInfo Describe(EvalConfig config, ModelConfig model, IReadOnlyList<IReadOnlyList<ChatMessage>> prompts)
    {
        var identity = ConfigIdentity.ForModel(config, model);
        if (BackendKinds.Find(model.Kind) is not { } kind)
            return new ModelInfo(model.Name, model.Kind, null, 0, new Dictionary<string, string>(), null, "none (pseudo-model)", identity, "none");
        var spec = ModelSpec.From(config, model);
        var facts = kind.Describe(spec);
        return new ModelInfo(model.Name, model.Kind, model.Settings.Folder, facts.Files.DiskBytes, facts.Files.Sha256ByRelativePath,
            kind.PredictFootprint(spec, prompts), facts.ExecutionProvider, identity, facts.Runtime, facts.ServedModel, facts.SystemFingerprint);
    }
}

public sealed record EnvironmentInfo(string Os, string Architecture, string CpuModel, int ProcessorCount, long TotalMemoryBytes, string DotnetVersion, string OnnxRuntimeVersion)
{
    public static EnvironmentInfo Capture() => new(
        RuntimeInformation.OSDescription,
        RuntimeInformation.OSArchitecture.ToString(),
        ReadCpuModel(),
        System.Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.FrameworkDescription,
        QwenEval.Engine.Onnx.OnnxRuntimeInfo.Version);

    private static string ReadCpuModel()
    {
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        }
        catch (IOException)
        {
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
