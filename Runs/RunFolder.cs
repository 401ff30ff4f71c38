using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Runs;

/// <summary>
/// runs/&lt;id&gt;/: run.json, samples.jsonl, results.jsonl and the reports. Opening an existing folder resumes it,
/// but only when its recorded inputs are the same as this run's.
/// </summary>
public sealed class RunFolder
{
    public const string SamplesFile = "samples.jsonl";
    public const string ResultsFile = "results.jsonl";
    public const string MeasurementsFile = "measurements.jsonl";
    public const string TimingsFile = "timings.jsonl";
    public const string SessionsFile = "sessions.jsonl";
    public const string EpisodesFile = "episodes.jsonl";

    private RunFolder(string path, RunManifest manifest)
    {
        Path = path;
        Manifest = manifest;
    }

    public string Path { get; }

    public RunManifest Manifest { get; }

    public string SamplesPath => System.IO.Path.Combine(Path, SamplesFile);

    public string ResultsPath => System.IO.Path.Combine(Path, ResultsFile);

    public string MeasurementsPath => System.IO.Path.Combine(Path, MeasurementsFile);

    public string TimingsPath => System.IO.Path.Combine(Path, TimingsFile);

    public string EpisodesPath => System.IO.Path.Combine(Path, EpisodesFile);

    /// <summary>
    /// Resumes the newest folder of this config (runs/&lt;id&gt; or runs/&lt;id&gt;-N) when its inputs match, refuses
    /// when they differ, and with <paramref name="fresh"/> starts the next runs/&lt;id&gt;-N instead.
    /// </summary>
    public static RunFolder OpenOrCreate(string outputRoot, RunManifest manifest, bool fresh = false)
    {
        var existing = Directory.Exists(outputRoot)
            ? Directory.GetDirectories(outputRoot)
                .Select(d => (Path: d, N: Generation(System.IO.Path.GetFileName(d), manifest.RunId)))
                .Where(x => x.N > 0 && File.Exists(System.IO.Path.Combine(x.Path, RunManifest.FileName)))
                .OrderBy(x => x.N)
                .ToList()
            : [];
        if (existing.Count > 0 && !fresh)
        {
            var latest = existing[^1].Path;
            var recorded = ReadManifest(latest);
            var diff = manifest.DescribeDifference(recorded);
            if (diff is not null)
                throw new UserInputException(
                    $"{System.IO.Path.Combine(latest, RunManifest.FileName)}: this run folder was made from different inputs: {diff}. " +
                    "Refusing to mix results into it. Pass --new to start a fresh run folder beside it, or use another --output.");
            var continuing = manifest.Continuing(recorded);
            WriteManifest(latest, continuing);
            return new RunFolder(latest, continuing);
        }
        var id = existing.Count == 0 ? manifest.RunId : $"{manifest.RunId}-{existing[^1].N + 1}";
        var path = System.IO.Path.Combine(outputRoot, id);
        Directory.CreateDirectory(path);
        var own = manifest with { RunId = id };
        WriteManifest(path, own);
        return new RunFolder(path, own);
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
    public void MarkSession(string @event) =>
        File.AppendAllText(System.IO.Path.Combine(Path, SessionsFile),
            JsonSerializer.Serialize(new SessionRecord(@event, DateTime.UtcNow.ToString("o"), RunManifest.CurrentHarnessVersion(), Environment.ProcessId), JsonLines.Options) + "\n");

    public static RunManifest ReadManifest(string runPath)
    {
        var file = System.IO.Path.Combine(runPath, RunManifest.FileName);
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
public sealed record SessionRecord(string Event, string Utc, string HarnessVersion, int Pid);
