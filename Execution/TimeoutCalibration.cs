using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core.Config;
using QwenEval.Tasks;
using QwenEval.Core;

namespace QwenEval.Execution;

/// <summary>Per-task wall-clock limits: max(floor, multiplier × reference time), the reference being measured or declared.</summary>
public sealed record TaskTimeouts(TimeoutConfig Config, IReadOnlyDictionary<string, double> MeasuredSeconds, string Source)
{
    /// <summary>The task's reference time: its canonical's measured time when calibrating and measured, else its declared budget.</summary>
    public double ReferenceSeconds(CodingTask task) =>
        Config.Calibrate && MeasuredSeconds.TryGetValue(task.Id, out var s) ? s : task.TimeBudgetSeconds;

    public TimeSpan For(CodingTask task) => Config.ForTask(ReferenceSeconds(task));
}

/// <summary>
/// Measures how long each task's canonical solution takes in the sandbox on this machine, and keeps the result:
/// in a cache per suite hash and machine (<c>$XDG_CACHE_HOME/qweneval/timeouts/</c>, else <c>~/.cache/…</c>), so a
/// run does not measure again, and in the run folder's execution.json, so a resumed run judges with exactly the
/// limits it started with. Also records there which isolation and limits the sandbox applied.
/// </summary>
public static class TimeoutCalibration
{
    public const string FileName = "execution.json";

    /// <param name="table">a table measured once for every shard of a run (`run --timeouts`): used instead of this machine's measurements</param>
    public static TaskTimeouts Resolve(TestExecutor executor, Suite suite, TimeoutConfig config, string? runFolder, TextWriter log,
        CancellationToken cancellation, string? cacheDirectory = null, TimeoutTable? table = null)
    {
        var machine = MachineKey(executor.Sandbox);
        var recordFile = runFolder is null ? null : Path.Combine(runFolder, FileName);
        // A run of some tasks (run --tasks/--limit: suite.Tasks is then that part) records those; a later run of the
        // same folder keeps their limits and adds the others'.
        var recorded = ReadRecord(recordFile, suite, config);
        if (!config.Calibrate || suite.Tasks.Count == 0)
        {
            var declared = new TaskTimeouts(config, new Dictionary<string, double>(), "declared time_budget_s (calibration off)");
            WriteRecord(recordFile, executor.Sandbox, suite, config, declared, machine, recorded);
            return declared;
        }
        if (recorded is not null && suite.Tasks.All(t => recorded.Tasks.ContainsKey(t.Id)))
        {
            log.WriteLine($"timeouts: as recorded in {recordFile}");
            return new TaskTimeouts(config, recorded.Measured, $"run folder {recordFile}");
        }
        if (table is not null)
        {
            var given = new TaskTimeouts(config, table.MeasuredSeconds.Where(p => suite.Find(p.Key) is not null).ToDictionary(),
                $"timeout table {table.Sha256[..12]} measured on {table.Machine["host"]} at {table.MeasuredUtc} (--timeouts)");
            WriteRecord(recordFile, executor.Sandbox, suite, config, given, (table.MachineKey, table.Machine), recorded);
            return given;
        }
        var cacheFile = Path.Combine(cacheDirectory ?? DefaultCacheDirectory(), $"{suite.Hash[..16]}-{machine.Key[..16]}.json");
        var measured = ReadCache(cacheFile, suite, machine.Key) ?? new Dictionary<string, double>();
        var missing = suite.Tasks.Where(t => recorded?.Tasks.ContainsKey(t.Id) != true && !measured.ContainsKey(t.Id)).ToList();
        string source;
        if (missing.Count == 0) source = $"calibration cache {cacheFile}";
        else
        {
            log.WriteLine($"timeouts: measuring {missing.Count} canonical solutions in the sandbox (kept in {cacheFile})");
            var found = new ConcurrentDictionary<string, double>();
            Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation }, task =>
            {
                var v = executor.RunOnce(task, task.Solution, TimeoutConfig.DeclaredBudgets.ForTask(task.TimeBudgetSeconds), cancellation);
                if (v.Status == SampleStatus.Pass) found[task.Id] = Math.Round(v.DurationMs / 1000, 4);
                else log.WriteLine($"timeouts: {task.Id}: canonical did not pass ({v.Status.ToWire()}), its declared time_budget_s stands in");
            });
            foreach (var (id, s) in found) measured[id] = s;
            WriteCache(cacheFile, suite, machine, measured, log);
            source = $"measured on this machine ({found.Count} now), cached in {cacheFile}";
        }
        // What the run folder recorded stands: every task is judged with the limit its run first used.
        foreach (var (id, entry) in recorded?.Tasks ?? [])
        {
            if ((string?)entry!["from"] == "measured") measured[id] = (double)entry["reference_seconds"]!;
            else measured.Remove(id);
        }
        var result = new TaskTimeouts(config, measured, source);
        WriteRecord(recordFile, executor.Sandbox, suite, config, result, machine, recorded);
        return result;
    }

    public static string DefaultCacheDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "qweneval", "timeouts");
    }

    /// <summary>What makes a measurement comparable: the sandbox and interpreter, this machine's CPU and OS, and the driver.</summary>
    public static (string Key, JsonObject Description) MachineKey(ISandbox sandbox)
    {
        var description = new JsonObject
        {
            ["host"] = Environment.MachineName,
            ["os"] = RuntimeInformation.OSDescription,
            ["architecture"] = RuntimeInformation.OSArchitecture.ToString(),
            ["cpu"] = CpuModel(),
            ["cores"] = Environment.ProcessorCount,
            ["sandbox"] = sandbox.Description.Kind,
            ["python"] = sandbox.Description.PythonPath,
            ["driver_sha256"] = Sha256(TestExecutor.DriverSource),
        };
        return (Sha256(description.ToJsonString()), description);
    }

    private static string CpuModel()
    {
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?
                    .Split(':', 2)[1].Trim() ?? "unknown";
        }
        catch (IOException)
        {
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    // Every task of the suite (the table is per suite hash), also those outside a run's --tasks.
    private static Dictionary<string, double>? ReadCache(string file, Suite suite, string machineKey) =>
        TimeoutTable.TryRead(file) is { } t && t.SuiteHash == suite.Hash && t.MachineKey == machineKey
            ? t.MeasuredSeconds.ToDictionary()
            : null;

    private static void WriteCache(string file, Suite suite, (string Key, JsonObject Description) machine, IReadOnlyDictionary<string, double> measured,
        TextWriter log)
    {
        try
        {
            TimeoutTable.Measured(suite, machine, measured).Write(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"timeouts: could not write the calibration cache {file} ({e.Message}); the next run measures again");
        }
    }

    /// <summary>A run folder's execution.json timeouts: every task it lists, and the measured reference times among them.</summary>
    private sealed record Recorded(JsonObject Tasks, Dictionary<string, double> Measured);

    private static Recorded? ReadRecord(string? file, Suite suite, TimeoutConfig config)
    {
        if (file is null || !File.Exists(file)) return null;
        try
        {
            var t = JsonNode.Parse(File.ReadAllText(file))?["timeouts"]?.AsObject();
            if (t is null || (string?)t["suite_hash"] != suite.Hash || (bool?)t["calibrate"] != config.Calibrate
                || (double?)t["floor_seconds"] != config.TestFloorSeconds || (double?)t["multiplier"] != config.TestMultiplier)
                return null;
            var tasks = t["tasks"]!.AsObject();
            var measured = tasks
                .Where(p => (string?)p.Value!["from"] == "measured")
                .ToDictionary(p => p.Key, p => (double)p.Value!["reference_seconds"]!);
            return new Recorded((JsonObject)tasks.DeepClone(), measured);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or NullReferenceException)
        {
            return null;
        }
    }

    private static void WriteRecord(string? file, ISandbox sandbox, Suite suite, TimeoutConfig config, TaskTimeouts timeouts,
        (string Key, JsonObject Description) machine, Recorded? earlier)
    {
        if (file is null) return;
        var entries = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (id, entry) in earlier?.Tasks ?? []) entries[id] = entry?.DeepClone();
        foreach (var task in suite.Tasks)
        {
            var measured = config.Calibrate && timeouts.MeasuredSeconds.ContainsKey(task.Id);
            entries[task.Id] = new JsonObject
            {
                ["reference_seconds"] = timeouts.ReferenceSeconds(task),
                ["from"] = measured ? "measured" : "declared",
                ["timeout_seconds"] = Math.Round(timeouts.For(task).TotalSeconds, 4),
            };
        }
        var tasks = new JsonObject(entries.OrderBy(e => e.Key, StringComparer.Ordinal));
        var limits = sandbox.Description.Limits;
        var root = new JsonObject
        {
            ["sandbox"] = sandbox.Description.Kind,
            ["isolation"] = new JsonArray(sandbox.Description.Isolation.Select(l => (JsonNode?)l).ToArray()),
            ["limits"] = new JsonObject
            {
                ["address_space_bytes"] = limits.AddressSpaceBytes,
                ["memory_bytes"] = limits.MemoryBytes,
                ["processes"] = limits.Processes,
                ["file_size_bytes"] = limits.FileSizeBytes,
                ["open_files"] = limits.OpenFiles,
                ["tmpfs_bytes"] = limits.TmpfsBytes,
                ["output_kept_bytes_per_stream"] = TestExecutor.OutputCapBytes,
                ["output_kill_bytes"] = limits.OutputKillBytes,
                ["rlimits_for_a_2s_timeout"] = new JsonObject(sandbox.Description.RlimitsFor(TimeSpan.FromSeconds(2))
                    .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            },
            ["timeouts"] = new JsonObject
            {
                ["floor_seconds"] = config.TestFloorSeconds,
                ["multiplier"] = config.TestMultiplier,
                ["calibrate"] = config.Calibrate,
                ["rerun_timeouts_once"] = true,
                ["source"] = timeouts.Source,
                ["suite_hash"] = suite.Hash,
                ["machine_key"] = machine.Key,
                ["machine"] = machine.Description.DeepClone(),
                ["tasks"] = tasks,
            },
        };
        WriteAtomically(file, root);
    }

    private static void WriteAtomically(string file, JsonNode content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var tmp = $"{file}.{Environment.ProcessId}.tmp";
        File.WriteAllText(tmp, content.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n");
        File.Move(tmp, file, overwrite: true);
    }

    private static string Sha256(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
}
