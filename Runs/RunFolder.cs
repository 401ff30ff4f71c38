using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Runs;

/// <summary>
/// runs/&lt;id&gt;/: run.json, samples.jsonl, results.jsonl and the reports. Opening an existing folder resumes it,
/// but only when its recorded inputs are the same as this run's.
/// </summary>
public sealed class RunFolder : IDisposable
{
    public const string SamplesFile = "samples.jsonl";
    public const string ResultsFile = "results.jsonl";
    public const string MeasurementsFile = "measurements.jsonl";
    public const string TimingsFile = "timings.jsonl";
    public const string SessionsFile = "sessions.jsonl";
    public const string EpisodesFile = "episodes.jsonl";

    public const string LockFile = "run.lock";

    private readonly FileLock _lock;

    private RunFolder(string path, RunManifest manifest, FileLock folderLock)
    {
        Path = path;
        Manifest = manifest;
        _lock = folderLock;
    }

    public string Path { get; }

    public RunManifest Manifest { get; }

    public string SamplesPath => System.IO.Path.Combine(Path, SamplesFile);

    public string ResultsPath => System.IO.Path.Combine(Path, ResultsFile);

    public string MeasurementsPath => System.IO.Path.Combine(Path, MeasurementsFile);

    public string TimingsPath => System.IO.Path.Combine(Path, TimingsFile);

    /// <summary>Releases the folder's lock (the kernel releases it too if this process dies).</summary>
    public void Dispose() => _lock.Dispose();

    public string EpisodesPath => System.IO.Path.Combine(Path, EpisodesFile);

    /// <summary>
    /// Resumes the newest folder of this config (runs/&lt;id&gt; or runs/&lt;id&gt;-N) when its inputs match and its files
    /// agree, refuses when they do not, and with <paramref name="fresh"/> starts the next runs/&lt;id&gt;-N instead. The
    /// folder is locked for as long as this object lives: a second run on it is refused with the holder's pid.
    /// </summary>
    public static RunFolder OpenOrCreate(string outputRoot, RunManifest manifest, bool fresh = false)
    {
        Directory.CreateDirectory(outputRoot);
        // Any folder of this id counts, with or without run.json: one whose run.json was deleted is refused, not reused blindly.
        var existing = Directory.GetDirectories(outputRoot)
            .Select(d => (Path: d, N: Generation(System.IO.Path.GetFileName(d), manifest.RunId)))
            .Where(x => x.N > 0)
            .OrderBy(x => x.N)
            .ToList();
        if (existing.Count > 0 && !fresh) return Resume(existing[^1].Path, manifest);
        for (var n = existing.Count == 0 ? 1 : existing[^1].N + 1; ; n++)
        {
            var id = n == 1 ? manifest.RunId : $"{manifest.RunId}-{n}";
            var path = System.IO.Path.Combine(outputRoot, id);
            Directory.CreateDirectory(path);
            // Creating a folder is not exclusive, the lock is: two `run --new` at once never share a folder.
            var folderLock = FileLock.TryAcquire(System.IO.Path.Combine(path, LockFile), out var holder);
            if (folderLock is null)
            {
                if (!fresh) throw Busy(path, holder);
                continue;
            }
            if (Directory.EnumerateFileSystemEntries(path).Any(e => System.IO.Path.GetFileName(e) != LockFile))
            {
                // Another process made this folder its own and has finished with it already.
                folderLock.Dispose();
                if (!fresh) return OpenOrCreate(outputRoot, manifest);
                continue;
            }
            var own = manifest with { RunId = id };
            WriteManifest(path, own);
            return new RunFolder(path, own, folderLock);
        }
    }

    private static RunFolder Resume(string path, RunManifest manifest)
    {
        var folderLock = FileLock.TryAcquire(System.IO.Path.Combine(path, LockFile), out var holder) ?? throw Busy(path, holder);
        try
        {
            if (!File.Exists(System.IO.Path.Combine(path, RunManifest.FileName)) && !RunFolderCheck.HasRecords(path))
            {
                // Made by a run killed before it wrote run.json: nothing in it to disagree with.
                var own = manifest with { RunId = System.IO.Path.GetFileName(path) };
                WriteManifest(path, own);
                return new RunFolder(path, own, folderLock);
            }
            RunFolderCheck.Verify(path);
            var recorded = ReadManifest(path);
            var diff = manifest.DescribeDifference(recorded);
            if (diff is not null)
                throw new UserInputException(
                    $"{System.IO.Path.Combine(path, RunManifest.FileName)}: this run folder was made from different inputs: {diff}. " +
                    "Refusing to mix results into it. Pass --new to start a fresh run folder beside it, or use another --output.");
            var continuing = manifest.Continuing(recorded);
            WriteManifest(path, continuing);
            return new RunFolder(path, continuing, folderLock);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    private static RunFolderBusyException Busy(string path, int? holder) =>
        new($"{path}: another qweneval run is using this run folder ({(holder is { } pid ? $"pid {pid}" : "pid unknown")} holds {LockFile}). " +
            "Wait for it to finish, stop it, or pass --new to start a fresh run folder beside it.");

    /// <summary>Records what this invocation learnt while it ran (the machine's load during generation) in run.json.</summary>
    public void RecordGenerationLoad(IReadOnlyList<GenerationLoad> readings)
    {
        if (readings.Count == 0) return;
        var recorded = ReadManifest(Path);
        WriteManifest(Path, recorded with { GenerationLoad = [.. recorded.GenerationLoad ?? [], .. readings] });
    }

    private static void WriteManifest(string folder, RunManifest manifest) =>
        AtomicFile.WriteAllText(System.IO.Path.Combine(folder, RunManifest.FileName), JsonSerializer.Serialize(manifest, Pretty));

    /// <summary>1 for "&lt;id&gt;", N for "&lt;id&gt;-N", 0 for anything else.</summary>
    private static int Generation(string folderName, string runId)
    {
        if (folderName == runId) return 1;
        return folderName.StartsWith(runId + "-", StringComparison.Ordinal) && int.TryParse(folderName[(runId.Length + 1)..], out var n) && n > 1 ? n : 0;
    }

    /// <summary>Appends a start or end mark to sessions.jsonl: when each invocation ran, and whether it finished.</summary>
    /// <param name="selection">at "start": what of the plan this invocation does, when it does not do all of it</param>
    public void MarkSession(string @event, SessionSelection? selection = null) =>
        File.AppendAllText(System.IO.Path.Combine(Path, SessionsFile),
            JsonSerializer.Serialize(new SessionRecord(@event, DateTime.UtcNow.ToString("o"), RunManifest.CurrentHarnessVersion(), Environment.ProcessId, selection), JsonLines.Options) + "\n");

    public static RunManifest ReadManifest(string runPath)
    {
        var file = System.IO.Path.Combine(runPath, RunManifest.FileName);
        if (File.Exists(runPath))
            throw new UserInputException($"{runPath}: is a file, not a run folder. Pass a folder made by 'qweneval run'.");
        if (!Directory.Exists(runPath))
            throw new UserInputException($"{runPath}: does not exist. Pass a folder made by 'qweneval run'.");
        if (!File.Exists(file))
            throw new UserInputException($"{runPath}: not a run folder (no {RunManifest.FileName}). Pass a folder made by 'qweneval run'.");
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(file), Pretty)
                   ?? throw new JsonException("empty");
        }
        catch (JsonException e)
        {
            throw new UserInputException($"{file}: not a valid run manifest ({e.Message}). Restore it or start a new run folder.");
        }
    }

    public static readonly JsonSerializerOptions Pretty = new(JsonLines.Options) { WriteIndented = true };
}

/// <summary>One line of sessions.jsonl.</summary>
public sealed record SessionRecord(string Event, string Utc, string HarnessVersion, int Pid,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] SessionSelection? Selection = null);

/// <summary>The models and task ids (function-level and agentic) a `run --models/--tasks/--limit` invocation set out to do.</summary>
public sealed record SessionSelection(IReadOnlyList<string> Models, IReadOnlyList<string> Tasks);
