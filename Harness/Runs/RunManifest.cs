using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Harness.Config;
using QwenEval.Harness.Models;
using QwenEval.Harness.Prompting;
using QwenEval.Tasks;

namespace QwenEval.Harness.Runs;

/// <summary>run.json: what produced a run folder. The identity part must match for a rerun to resume into it.</summary>
public sealed record RunManifest(
    string RunId,
    string HarnessVersion,
    string HarnessCommit,
    string CreatedUtc,
    string ConfigFile,
    string ConfigHash,
    JsonNode Config,
    string PromptVersion,
    SuiteInfo Suite,
    IReadOnlyList<ModelInfo> Models,
    string Sandbox,
    string SandboxVersion,
    EnvironmentInfo Environment)
{
    public const string FileName = "run.json";

    public static RunManifest Create(EvalConfig config, Suite suite, string sandboxKind, string sandboxVersion)
    {
        var resolved = ConfigIdentity(config);
        var hash = Sha256(resolved.ToJsonString());
        var runId = $"{Path.GetFileNameWithoutExtension(config.SourceFile)}-{hash[..12]}";
        var models = config.Models.Select(m =>
        {
            var files = ModelFiles.Of(m);
            return new ModelInfo(m.Name, m.Kind.ToWire(), m.Path, files.DiskBytes, files.Sha256ByRelativePath,
                Measurement.Footprint.RunFootprint.Predict(m, config, suite),
                m.Kind switch
                {
                    ModelKind.Onnx => Harness.Models.Onnx.ExecutionProviders.Describe(m.Path!),
                    ModelKind.OpenAi => $"remote: {m.Endpoint}",
                    _ => "none (pseudo-model)",
                });
        }).ToList();
        var version = CurrentHarnessVersion();
        return new RunManifest(runId, version, version.Contains('+') ? version[(version.IndexOf('+') + 1)..] : "unknown", DateTime.UtcNow.ToString("o"), config.SourceFile, hash, resolved,
            PromptBuilder.Version,
            new SuiteInfo(suite.Name, suite.Version, suite.Hash, suite.Tasks.Count, suite.Folder,
                suite.Tasks.Select(t => new TaskMeta(t.Id, t.Difficulty, t.Tags, suite.ImportedFrom is null ? t.Id : t.Title)).ToList()),
            models, sandboxKind, sandboxVersion, EnvironmentInfo.Capture());
    }

    /// <summary>Inputs that decide results. A difference between a folder's manifest and this run is described, else null.</summary>
    public string? DescribeDifference(RunManifest other)
    {
        if (ConfigHash != other.ConfigHash) return "the config changed";
        if (PromptVersion != other.PromptVersion) return $"the prompt version changed ({other.PromptVersion} → {PromptVersion})";
        if (Suite.Hash != other.Suite.Hash) return $"suite '{Suite.Name}' changed (hash {other.Suite.Hash[..12]} → {Suite.Hash[..12]})";
        if (Sandbox != other.Sandbox) return $"the sandbox changed ({other.Sandbox} → {Sandbox})";
        foreach (var m in Models)
        {
            var old = other.Models.FirstOrDefault(o => o.Name == m.Name);
            if (old is null) return $"model '{m.Name}' is new";
            var changed = m.Files.Where(f => !old.Files.TryGetValue(f.Key, out var h) || h != f.Value).Select(f => f.Key)
                .Concat(old.Files.Keys.Where(k => !m.Files.ContainsKey(k))).FirstOrDefault();
            if (changed is not null) return $"model '{m.Name}': file {changed} changed";
        }
        return null;
    }

    /// <summary>The resolved config with paths relative to the config's folder, so a moved checkout keeps its run id.</summary>
    private static JsonObject ConfigIdentity(EvalConfig c)
    {
        var baseDir = Path.GetDirectoryName(c.SourceFile)!;
        string Rel(string p) => Path.GetRelativePath(baseDir, p).Replace('\\', '/');
        return new JsonObject
        {
            ["suite"] = Rel(c.Suite),
            ["samples_per_task"] = c.SamplesPerTask,
            ["decoding"] = new JsonObject
            {
                ["mode"] = c.Decoding.Mode.ToString().ToLowerInvariant(),
                ["temperature"] = c.Decoding.Temperature,
                ["top_p"] = c.Decoding.TopP,
                ["top_k"] = c.Decoding.TopK,
                ["seed"] = c.Decoding.Seed,
                ["stop"] = new JsonArray(c.Decoding.StopStrings.Select(s => (JsonNode)s).ToArray()),
            },
            ["max_new_tokens"] = c.MaxNewTokens,
            ["timeouts"] = new JsonObject
            {
                ["test_floor_seconds"] = c.Timeouts.TestFloorSeconds,
                ["test_multiplier"] = c.Timeouts.TestMultiplier,
                ["calibrate"] = c.Timeouts.Calibrate,
                ["generation_seconds"] = c.Timeouts.GenerationSeconds,
            },
            ["memory_budgets_gb"] = new JsonArray(c.MemoryBudgetsGb.Select(b => (JsonNode)b).ToArray()),
            ["models"] = new JsonArray(c.Models.Select(m => (JsonNode)new JsonObject
            {
                ["name"] = m.Name,
                ["kind"] = m.Kind.ToWire(),
                ["path"] = m.Path is null ? null : Rel(m.Path),
                ["endpoint"] = m.Endpoint,
                ["model"] = m.RemoteModel,
                ["enable_thinking"] = m.EnableThinking,
            }).ToArray()),
        };
    }

    public static string CurrentHarnessVersion() =>
        typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static string Sha256(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
}

public sealed record SuiteInfo(string Name, string Version, string Hash, int Tasks, string Path, IReadOnlyList<TaskMeta> TaskList);

/// <summary>Task metadata kept in run.json so reports can group by difficulty and tag without the suite folder.</summary>
/// <param name="SourceId">the id in the benchmark the task came from ("HumanEval/0" for an import), for exports</param>
public sealed record TaskMeta(string Id, string Difficulty, IReadOnlyList<string> Tags, string? SourceId = null);

/// <param name="PredictedBytes">predicted peak memory of the model's worker (Measurement/Footprint); null for non-ONNX models and older runs</param>
public sealed record ModelInfo(string Name, string Kind, string? Path, long DiskBytes, IReadOnlyDictionary<string, string> Files, long? PredictedBytes = null, string? ExecutionProvider = null);

public sealed record EnvironmentInfo(string Os, string Architecture, string CpuModel, int ProcessorCount, long TotalMemoryBytes, string DotnetVersion, string OnnxRuntimeVersion)
{
    public static EnvironmentInfo Capture() => new(
        RuntimeInformation.OSDescription,
        RuntimeInformation.OSArchitecture.ToString(),
        ReadCpuModel(),
        System.Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.FrameworkDescription,
        typeof(Microsoft.ML.OnnxRuntime.InferenceSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

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
