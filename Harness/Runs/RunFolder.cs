using System.Text.Json;
using QwenEval.Harness.Cli;

namespace QwenEval.Harness.Runs;

/// <summary>
/// runs/&lt;id&gt;/: run.json, samples.jsonl, results.jsonl and the reports. Opening an existing folder resumes it,
/// but only when its recorded inputs are the same as this run's.
/// </summary>
public sealed class RunFolder
{
    public const string SamplesFile = "samples.jsonl";
    public const string ResultsFile = "results.jsonl";
    public const string MeasurementsFile = "measurements.jsonl";

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

    public static RunFolder OpenOrCreate(string outputRoot, RunManifest manifest)
    {
        var path = System.IO.Path.Combine(outputRoot, manifest.RunId);
        var manifestPath = System.IO.Path.Combine(path, RunManifest.FileName);
        if (File.Exists(manifestPath))
        {
            var existing = ReadManifest(path);
            var diff = manifest.DescribeDifference(existing);
            if (diff is not null)
                throw new UserInputException(
                    $"{manifestPath}: this run folder was made from different inputs: {diff}. Refusing to mix results. " +
                    "Use another --output folder, or delete that run folder to start over.");
            return new RunFolder(path, existing);
        }
        Directory.CreateDirectory(path);
        // Write-then-rename: a kill never leaves a half-written manifest behind.
        var tmp = manifestPath + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(manifest, Pretty));
        File.Move(tmp, manifestPath, overwrite: true);
        return new RunFolder(path, manifest);
    }

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
