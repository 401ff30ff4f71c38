using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Execution;

namespace QwenEval.Runs.Sharding;

/// <summary>
/// Puts the shards of one run back together: refuses unless they cover the run's plan exactly once, were made from
/// the same inputs and judged with the same timeouts, then writes one run folder whose samples and results are in the
/// order an unsharded run writes them, and its reports. Each shard's machine and measured peaks stay recorded per shard.
/// </summary>
public static class ShardMerge
{
    private sealed record Shard(string Path, RunContents Contents, ShardInfo Info, string AppliedTimeouts)
    {
        public string Label => $"shard {Info.Index} of {Info.Count} ({Path})";
    }

    public static IReadOnlyList<QwenEval.Reports.Scoring.ModelScore> Merge(IReadOnlyList<string> shardPaths, string outDir)
    {
        if (shardPaths.Count == 0) throw new UserInputException("merge: no shard folders given. Pass every <run id>.shard-I-of-N folder of the run.");
        var shards = shardPaths.Select(p => Load(System.IO.Path.GetFullPath(p))).OrderBy(s => s.Info.Index).ToList();
        CheckCoverage(shards);
        CheckSameTimeouts(shards);
        CheckSameInputs(shards);
        var plan = Plan(shards[0].Contents.Manifest);
        CheckComplete(shards, plan);
        outDir = System.IO.Path.GetFullPath(outDir);
        PrepareOutput(outDir, shards[0].Info.RunId);
        Write(shards, plan, outDir);
        return RunReports.Write([outDir], outDir).Scores;
    }

    private static Shard Load(string path)
    {
        var contents = RunContents.Load(path);
        var info = contents.Manifest.Shard
            ?? throw new UserInputException($"{System.IO.Path.Combine(path, RunManifest.FileName)}: not a shard (run.json has no \"shard\"). Pass the folders 'qweneval run --shard I/N' wrote.");
        return new Shard(path, contents, info, AppliedTimeouts(path));
    }

    /// <summary>Each task's applied limit from execution.json, as one comparable string.</summary>
    private static string AppliedTimeouts(string path)
    {
        var file = System.IO.Path.Combine(path, TimeoutCalibration.FileName);
        try
        {
            var tasks = JsonNode.Parse(File.ReadAllText(file))?["timeouts"]?["tasks"]?.AsObject()
                        ?? throw new JsonException("no $.timeouts.tasks");
            return new JsonObject(tasks.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)(double)p.Value!["timeout_seconds"]!))).ToJsonString();
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidOperationException or NullReferenceException)
        {
            throw new UserInputException($"{file}: missing or unreadable ({e.Message}); the shard never judged a sample. Rerun it, then merge again.");
        }
    }

    private static void CheckCoverage(List<Shard> shards)
    {
        var first = shards[0];
        foreach (var s in shards.Skip(1))
        {
            if (s.Info.Count != first.Info.Count)
                throw new UserInputException($"the shards come from different splits: {first.Label} and {s.Label}. Merge the shards of one split.");
            if (s.Info.RunId != first.Info.RunId)
                throw new UserInputException($"the shards belong to different runs: {first.Label} is of {first.Info.RunId}, {s.Label} of {s.Info.RunId}.");
        }
        foreach (var twice in shards.GroupBy(s => s.Info.Index).Where(g => g.Count() > 1))
            throw new UserInputException(
                $"shard {twice.Key} of {first.Info.Count} is given {twice.Count()} times ({string.Join(", ", twice.Select(s => s.Path))}): each draw must be merged exactly once.");
        var missing = Enumerable.Range(0, first.Info.Count).Except(shards.Select(s => s.Info.Index)).ToList();
        if (missing.Count > 0)
            throw new UserInputException(
                $"shard{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} of {first.Info.Count} {(missing.Count > 1 ? "are" : "is")} missing " +
                $"(given: {string.Join(", ", shards.Select(s => s.Info.Index))}). Pass every {first.Info.RunId}.shard-I-of-{first.Info.Count} folder.");
    }

    private static void CheckSameInputs(List<Shard> shards)
    {
        var first = shards[0];
        var a = first.Contents.Manifest;
        foreach (var s in shards.Skip(1))
        {
            var b = s.Contents.Manifest;
            var config = RunManifest.FirstDifference(a.Config, b.Config, "$");
            var models = a.Models.Select(m => m.Name).SequenceEqual(b.Models.Select(m => m.Name))
                ? null
                : $"the models differ ({string.Join(", ", a.Models.Select(m => m.Name))} → {string.Join(", ", b.Models.Select(m => m.Name))})";
            var diff = b.DescribeDifference(a) ?? a.DescribeDifference(b) ?? models ?? (config.Length > 0 ? $"the config differs ({config})" : null);
            if (diff is not null)
                throw new UserInputException(
                    $"{s.Label} was not made from the same inputs as {first.Label}: {diff}. Merge only shards made from one config, suite, prompt, sandbox and the same model files.");
        }
    }

    private static void CheckSameTimeouts(List<Shard> shards)
    {
        var first = shards[0];
        foreach (var s in shards.Skip(1))
        {
            var tableA = first.Contents.Manifest.TimeoutTable?.Sha256;
            var tableB = s.Contents.Manifest.TimeoutTable?.Sha256;
            string? why = tableA != tableB
                ? $"timeout table {tableA?[..12] ?? "none (calibrated on its own)"} against {tableB?[..12] ?? "none (calibrated on its own)"}"
                : s.AppliedTimeouts != first.AppliedTimeouts ? "their execution.json timeouts differ" : null;
            if (why is not null)
                throw new UserInputException(
                    $"{s.Label} was judged with other timeouts than {first.Label} ({why}). Calibrate once ('qweneval calibrate --config C --out T') " +
                    "and run every shard with --timeouts T, so nodes of different speed judge alike.");
        }
    }

    /// <summary>Every draw of the run, in the order an unsharded run writes them: model, task, sample index.</summary>
    private static List<SampleKey> Plan(RunManifest manifest)
    {
        var draws = manifest.Config["samples_per_task"]?.GetValue<int>() ?? 1;
        return manifest.Models
            .SelectMany(m => manifest.Suite.TaskList.SelectMany(t => Enumerable.Range(0, draws).Select(i => new SampleKey(m.Name, t.Id, i))))
            .ToList();
    }

    private static void CheckComplete(List<Shard> shards, List<SampleKey> plan)
    {
        var inPlan = plan.ToHashSet();
        foreach (var s in shards)
        {
            var plan1 = new ShardPlan(s.Info.Index, s.Info.Count);
            var held = s.Contents.Samples.Keys.Concat(s.Contents.Results.Select(r => r.Key));
            foreach (var key in held)
            {
                if (!inPlan.Contains(key))
                    throw new UserInputException($"{s.Label} holds {Name(key)}, which is not in the run's plan. The folder was edited or mixed; rerun the shard with --new.");
                if (!plan1.Contains(key))
                    throw new UserInputException(
                        $"{s.Label} holds {Name(key)}, which belongs to shard {ShardPlan.ShardOf(key, s.Info.Count)} of {s.Info.Count}. The folder was edited or mixed; rerun the shard with --new.");
            }
            var owned = plan.Where(plan1.Contains).ToList();
            var judged = s.Contents.Results.Select(r => r.Key).ToHashSet();
            var open = owned.Where(k => !s.Contents.Samples.ContainsKey(k) || !judged.Contains(k)).ToList();
            if (open.Count > 0)
                throw new UserInputException(
                    $"{s.Label} is incomplete: {owned.Count - open.Count} of {owned.Count} draws judged (first missing: {Name(open[0])}). " +
                    $"Rerun it (the same 'qweneval run --shard {s.Info.Index}/{s.Info.Count}' command resumes it), then merge again.");
        }
    }

    private static string Name(SampleKey k) => $"{k.Model}/{k.TaskId}#{k.SampleIndex}";

    /// <summary>The merged folder is DIR itself: new, empty, or an earlier merge of the same run (rewritten).</summary>
    private static void PrepareOutput(string outDir, string runId)
    {
        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            var manifest = File.Exists(System.IO.Path.Combine(outDir, RunManifest.FileName)) ? RunFolder.ReadManifest(outDir) : null;
            if (manifest?.Shards is null || manifest.RunId != runId)
                throw new UserInputException($"--out {outDir}: the folder is not empty and is not a merge of run {runId}. Merge into a new or empty folder.");
        }
        Directory.CreateDirectory(outDir);
    }

    private static void Write(List<Shard> shards, List<SampleKey> plan, string outDir)
    {
        var owner = plan.ToDictionary(k => k, k => shards[ShardPlan.ShardOf(k, shards.Count)].Contents);
        var results = shards.SelectMany(s => s.Contents.Results).ToDictionary(r => r.Key);
        string F(string name) => System.IO.Path.Combine(outDir, name);
        JsonLines.WriteAll(F(RunFolder.SamplesFile), plan.Select(k => owner[k].Samples[k]));
        JsonLines.WriteAll(F(RunFolder.ResultsFile), plan.Select(k => results[k]));
        JsonLines.WriteAll(F(RunFolder.TimingsFile), plan.Where(k => owner[k].Timings.ContainsKey(k)).Select(k => owner[k].Timings[k]));
        JsonLines.WriteAll(F(RunFolder.MeasurementsFile), shards.SelectMany(s => s.Contents.Measurements.Select(m => m with { Shard = s.Info.Index })));
        File.Copy(System.IO.Path.Combine(shards[0].Path, TimeoutCalibration.FileName), F(TimeoutCalibration.FileName), overwrite: true);
        JsonLines.WriteAll(F(RunFolder.SessionsFile),
            [new SessionRecord("merge", DateTime.UtcNow.ToString("o"), RunManifest.CurrentHarnessVersion(), Environment.ProcessId)]);

        var sources = shards.Select(s => new ShardSource(s.Info.Index, s.Info.Count, s.Contents.Manifest.RunId, s.Path,
            s.Contents.Manifest.HarnessVersion, s.Contents.Manifest.CreatedUtc, s.Contents.Manifest.Environment,
            s.Contents.Measurements.Where(m => m.PeakRssBytes is not null).GroupBy(m => m.Model)
                .ToDictionary(g => g.Key, g => g.Max(m => m.PeakRssBytes!.Value)))).ToList();
        var merged = shards[0].Contents.Manifest with
        {
            RunId = shards[0].Info.RunId,
            CreatedUtc = shards.Select(s => s.Contents.Manifest.CreatedUtc).Min(StringComparer.Ordinal)!,
            Shard = null,
            Shards = sources,
        };
        AtomicFile.WriteAllText(F(RunManifest.FileName), JsonSerializer.Serialize(merged, RunFolder.Pretty));
    }
}
