namespace QwenEval.Runs;

/// <summary>
/// Refuses to resume a run folder whose files disagree: records without the run.json that says what made them,
/// verdicts without the samples they judge (samples.jsonl deleted, cut or torn under a verdict), or a record
/// written twice. Resuming such a folder would keep old answers under new hashes or judge a sample twice.
/// </summary>
public static class RunFolderCheck
{
    private static readonly string[] RecordFiles = [RunFolder.SamplesFile, RunFolder.ResultsFile, RunFolder.TimingsFile, RunFolder.MeasurementsFile];

    private const string WayOut = "Refusing to resume it; pass --new to start a fresh run folder beside it.";

    /// <summary>Whether any record file holds anything.</summary>
    public static bool HasRecords(string folder) =>
        RecordFiles.Any(f => new FileInfo(Path.Combine(folder, f)) is { Exists: true, Length: > 0 });

    public static void Verify(string folder)
    {
        if (!File.Exists(Path.Combine(folder, RunManifest.FileName)))
        {
            var present = RecordFiles.Where(f => new FileInfo(Path.Combine(folder, f)) is { Exists: true, Length: > 0 }).ToList();
            if (present.Count > 0)
                throw new Core.UserInputException(
                    $"{folder}: has {string.Join(", ", present)} but no {RunManifest.FileName} (deleted?), so nothing says which model files, suite and settings made its records. {WayOut}");
            return;
        }
        var samplesPath = Path.Combine(folder, RunFolder.SamplesFile);
        var resultsPath = Path.Combine(folder, RunFolder.ResultsFile);
        var samples = JsonLines.Read<SampleRecord>(samplesPath);
        var results = JsonLines.Read<ResultRecord>(resultsPath);
        // An agentic task's draw is an episode (episodes.jsonl), judged like a sample.
        var episodes = JsonLines.Read<Agentic.EpisodeRecord>(Path.Combine(folder, RunFolder.EpisodesFile));
        if (results.Count > episodes.Count && !File.Exists(samplesPath))
            throw new Core.UserInputException(
                $"{resultsPath}: holds {results.Count} verdicts but {RunFolder.SamplesFile} is missing (deleted?): a rerun would judge new samples a second time. {WayOut}");
        Unique(samplesPath, samples.Select(s => s.Key));
        Unique(resultsPath, results.Select(r => r.Key));
        var sampleKeys = samples.Select(s => s.Key).Concat(episodes.Select(e => e.Key)).ToHashSet();
        var orphans = results.Where(r => !sampleKeys.Contains(r.Key)).ToList();
        if (orphans.Count > 0)
            throw new Core.UserInputException(
                $"{resultsPath}: {orphans.Count} verdict(s) have no sample in {RunFolder.SamplesFile} (first: {Describe(orphans[0].Key)}); " +
                $"{RunFolder.SamplesFile} was cut, torn or edited under a verdict, and a rerun would judge that draw twice. {WayOut}");
    }

    private static void Unique(string file, IEnumerable<SampleKey> keys)
    {
        var twice = keys.GroupBy(k => k).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new Core.UserInputException($"{file}: {Describe(twice.Key)} is recorded {twice.Count()} times (edited or merged by hand?). {WayOut}");
    }

    private static string Describe(SampleKey k) => $"model {k.Model}, task {k.TaskId}, sample {k.SampleIndex}";
}
