using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs.Sharding;

/// <summary>Shards run apart and merged give what one unsharded run gives; merge refuses whatever would not.</summary>
public sealed class ShardMergeTests
{
    private static readonly string Tiny = Path.Combine(TestPaths.Root, "models", "tiny-qwen35").Replace('\\', '/');

    private const string Pseudo = """[ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ]""";

    private static void Ok((int Exit, string Out, string Err) r) => Assert.That(r.Exit, Is.EqualTo(0), r.Err + r.Out);

    private static string Refused((int Exit, string Out, string Err) r)
    {
        Assert.That(r.Exit, Is.EqualTo(2), r.Err + r.Out);
        return r.Err;
    }

    /// <summary>A small suite, a config and a timeout table measured once for it.</summary>
    private static (string Config, string Table) Setup(TempDir dir, int tasks, string models, string extra = "")
    {
        SmallRun.Suite(dir, tasks);
        var config = dir.File("eval.config.json", $$"""{ "suite": "suite", "models": {{models}} {{extra}} }""");
        var table = Path.Combine(dir.Path, "timeouts.json");
        Ok(Cli.Run("calibrate", "--config", config, "--out", table));
        return (config, table);
    }

    private static List<string> RunShards(string config, string output, int n, string? table)
    {
        for (var i = 0; i < n; i++)
        {
            string[] args = ["run", "--config", config, "--output", output, "--shard", $"{i}/{n}"];
            Ok(Cli.Run(table is null ? args : [.. args, "--timeouts", table]));
        }
        return Enumerable.Range(0, n).Select(i => Directory.GetDirectories(output).Single(d => d.EndsWith($".shard-{i}-of-{n}", StringComparison.Ordinal))).ToList();
    }

    private static List<string> Verdicts(string run) =>
        File.ReadAllLines(Path.Combine(run, "results.jsonl")).Select(l => JsonNode.Parse(l)!)
            .Select(r => $"{r["model"]}/{r["task_id"]}#{r["sample_index"]}: {r["status"]}").Order(StringComparer.Ordinal).ToList();

    private static Dictionary<string, string[]> Metrics(string run)
    {
        var lines = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Select(l => l.Split(',')).ToList();
        return lines.Skip(1).ToDictionary(r => r[0], r => r);
    }

    private static int Column(string run, string name) => Array.IndexOf(File.ReadLines(Path.Combine(run, "metrics.csv")).First().Split(','), name);

    [Test]
    [Category("Slow")]
    public void ShardedThenMergedEqualsUnshardedForOneTwoThreeAndSevenShards()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var models = $$"""[ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" }, { "name": "tiny-qwen35", "kind": "onnx", "path": "{{Tiny}}" } ]""";
        var (config, table) = Setup(dir, 4, models, """, "samples_per_task": 2, "max_new_tokens": 24""");
        Ok(Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, "whole"), "--timeouts", table));
        var whole = Directory.GetDirectories(Path.Combine(dir.Path, "whole")).Single();
        var tableSha = JsonNode.Parse(File.ReadAllText(Path.Combine(whole, "run.json")))!["timeout_table"]!["sha256"]!.GetValue<string>();

        foreach (var n in new[] { 1, 2, 3, 7 })
        {
            var shards = RunShards(config, Path.Combine(dir.Path, $"shards-{n}"), n, table);
            for (var i = 0; i < n; i++)
            {
                var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(shards[i], "run.json")))!;
                Assert.That(Path.GetFileName(shards[i]), Is.EqualTo($"{Path.GetFileName(whole)}.shard-{i}-of-{n}"), "the run's identity plus the shard");
                Assert.That(manifest["shard"]!["index"]!.GetValue<int>(), Is.EqualTo(i));
                Assert.That(manifest["shard"]!["run_id"]!.GetValue<string>(), Is.EqualTo(Path.GetFileName(whole)));
                Assert.That(manifest["timeout_table"]!["sha256"]!.GetValue<string>(), Is.EqualTo(tableSha));
            }
            var merged = Path.Combine(dir.Path, $"merged-{n}");
            Ok(Cli.Run(["merge", .. shards, "--out", merged]));

            Assert.That(File.ReadAllBytes(Path.Combine(merged, "samples.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, "samples.jsonl"))),
                $"{n} shards: the merged samples are the unsharded run's, byte for byte");
            Assert.That(Verdicts(merged), Is.EqualTo(Verdicts(whole)), $"{n} shards: the same verdict for every draw");
            foreach (var (model, row) in Metrics(whole))
                Assert.That(Metrics(merged)[model][..10], Is.EqualTo(row[..10]), $"{n} shards: {model}'s pass@k, intervals and counts");

            var run = JsonNode.Parse(File.ReadAllText(Path.Combine(merged, "run.json")))!;
            Assert.That(run["run_id"]!.GetValue<string>(), Is.EqualTo(Path.GetFileName(whole)));
            Assert.That(run["shard"], Is.Null);
            Assert.That(run["shards"]!.AsArray().Select(s => s!["index"]!.GetValue<int>()), Is.EqualTo(Enumerable.Range(0, n)));
            Assert.That(run["shards"]!.AsArray().Select(s => s!["environment"]!["cpu_model"]!.GetValue<string>()), Is.All.Not.Empty, "each shard's machine");
            // The chart plots the model's largest peak over every shard's worker.
            var peaks = File.ReadAllLines(Path.Combine(merged, "measurements.jsonl")).Select(l => JsonNode.Parse(l)!)
                .Where(m => m["model"]!.GetValue<string>() == "tiny-qwen35" && (string?)m["phase"] != "loaded").ToList();
            Assert.That(peaks.Select(m => m["shard"]!.GetValue<int>()).Distinct().Count(), Is.EqualTo(peaks.Count), "one worker per shard that had tiny-qwen35 draws");
            Assert.That(long.Parse(Metrics(merged)["tiny-qwen35"][Column(merged, "peak_rss_bytes")]),
                Is.EqualTo(peaks.Max(m => m["peak_rss_bytes"]!.GetValue<long>())));
        }
    }

    [Test]
    public void MergeRefusesMissingDuplicatedForeignAndIncompleteShardsWithTheReason()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var (config, table) = Setup(dir, 3, Pseudo);
        var shards = RunShards(config, Path.Combine(dir.Path, "runs"), 2, table);
        var merged = Path.Combine(dir.Path, "merged");

        Assert.That(Refused(Cli.Run("merge", shards[0], "--out", merged)), Does.Contain("shard 1 of 2 is missing (given: 0)"));
        Assert.That(Refused(Cli.Run("merge", shards[0], shards[0], shards[1], "--out", merged)), Does.Contain("shard 0 of 2 is given 2 times"));
        var third = RunShards(config, Path.Combine(dir.Path, "thirds"), 3, table);
        Assert.That(Refused(Cli.Run("merge", shards[0], third[1], "--out", merged)), Does.Contain("different splits"));
        Ok(Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, "whole"), "--timeouts", table));
        var whole = Directory.GetDirectories(Path.Combine(dir.Path, "whole")).Single();
        Assert.That(Refused(Cli.Run("merge", whole, shards[1], "--out", merged)), Does.Contain("not a shard"));

        // A shard killed before it judged everything: merge names it and how to finish it.
        var cut = Path.Combine(dir.Path, "cut", Path.GetFileName(shards[1]));
        Directory.CreateDirectory(cut);
        foreach (var f in Directory.GetFiles(shards[1])) File.Copy(f, Path.Combine(cut, Path.GetFileName(f)));
        var results = File.ReadAllLines(Path.Combine(cut, "results.jsonl"));
        File.WriteAllLines(Path.Combine(cut, "results.jsonl"), results[..^1]);
        Assert.That(Refused(Cli.Run("merge", shards[0], cut, "--out", merged)),
            Does.Contain($"is incomplete: {results.Length - 1} of {results.Length} draws judged").And.Contain("--shard 1/2"));

        // A draw of shard 0 found in shard 1's folder would be counted twice.
        File.AppendAllLines(Path.Combine(cut, "results.jsonl"), [results[^1], File.ReadLines(Path.Combine(shards[0], "results.jsonl")).First()]);
        Assert.That(Refused(Cli.Run("merge", shards[0], cut, "--out", merged)), Does.Contain("which belongs to shard 0 of 2"));

        var occupied = Path.Combine(dir.Path, "occupied");
        Directory.CreateDirectory(occupied);
        File.WriteAllText(Path.Combine(occupied, "notes.txt"), "mine");
        Assert.That(Refused(Cli.Run("merge", shards[0], shards[1], "--out", occupied)), Does.Contain("not empty"));

        Ok(Cli.Run("merge", shards[0], shards[1], "--out", merged));
        Ok(Cli.Run("merge", shards[0], shards[1], "--out", merged)); // an earlier merge of the same run is rewritten
        Assert.That(Verdicts(merged), Is.EqualTo(Verdicts(whole)));
    }

    [Test]
    public void MergeRefusesAShardMadeWithAnotherModelFile()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var model = Path.Combine(dir.Path, "model");
        Directory.CreateDirectory(model);
        foreach (var f in Directory.GetFiles(Tiny)) File.Copy(f, Path.Combine(model, Path.GetFileName(f)));
        var (config, table) = Setup(dir, 2, """[ { "name": "tiny", "kind": "onnx", "path": "model" } ]""", """, "max_new_tokens": 8""");
        var output = Path.Combine(dir.Path, "runs");
        Ok(Cli.Run("run", "--config", config, "--output", output, "--shard", "0/2", "--timeouts", table));
        File.AppendAllText(Path.Combine(model, "genai_config.json"), "\n");
        Ok(Cli.Run("run", "--config", config, "--output", output, "--shard", "1/2", "--timeouts", table));
        var shards = Directory.GetDirectories(output).Order(StringComparer.Ordinal).ToArray();
        Assert.That(Refused(Cli.Run(["merge", .. shards, "--out", Path.Combine(dir.Path, "merged")])),
            Does.Contain("was not made from the same inputs").And.Contain("model 'tiny': file genai_config.json changed"));
    }

    [Test]
    public void ShardsJudgedWithDifferentTimeoutTablesAreRefusedAndAShardResumesOnlyWithItsOwn()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var (config, table) = Setup(dir, 3, Pseudo);
        var other = Path.Combine(dir.Path, "slow-node.json");
        var edited = JsonNode.Parse(File.ReadAllText(table))!;
        var measured = edited["measured_seconds"]!.AsObject();
        var first = measured.First().Key;
        measured[first] = measured[first]!.GetValue<double>() * 3 + 1;
        File.WriteAllText(other, edited.ToJsonString());

        var output = Path.Combine(dir.Path, "runs");
        Ok(Cli.Run("run", "--config", config, "--output", output, "--shard", "0/2", "--timeouts", table));
        Ok(Cli.Run("run", "--config", config, "--output", output, "--shard", "1/2", "--timeouts", other));
        var shards = Directory.GetDirectories(output).Order(StringComparer.Ordinal).ToArray();
        Assert.That(Refused(Cli.Run(["merge", .. shards, "--out", Path.Combine(dir.Path, "m1")])),
            Does.Contain("was judged with other timeouts").And.Contain("--timeouts"));

        var own = Path.Combine(dir.Path, "own");
        Ok(Cli.Run("run", "--config", config, "--output", own, "--shard", "0/2", "--timeouts", table));
        Ok(Cli.Run("run", "--config", config, "--output", own, "--shard", "1/2"));
        var mixed = Directory.GetDirectories(own).Order(StringComparer.Ordinal).ToArray();
        Assert.That(Refused(Cli.Run(["merge", .. mixed, "--out", Path.Combine(dir.Path, "m2")])), Does.Contain("none (calibrated on its own)"));

        // Rerunning a shard resumes its folder and generates nothing; another table would mix limits, so it is refused.
        var samples = File.ReadAllText(Path.Combine(shards[0], "samples.jsonl"));
        Ok(Cli.Run("run", "--config", config, "--output", output, "--shard", "0/2", "--timeouts", table));
        Assert.That(File.ReadAllText(Path.Combine(shards[0], "samples.jsonl")), Is.EqualTo(samples));
        Assert.That(Directory.GetDirectories(output), Has.Length.EqualTo(2));
        Assert.That(Refused(Cli.Run("run", "--config", config, "--output", output, "--shard", "0/2", "--timeouts", other)),
            Does.Contain("the timeout table changed"));
    }

    [Test]
    public void ATableOfAnotherSuiteOrNoneAtAllIsAnInputError()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        var config = dir.File("eval.config.json", $$"""{ "suite": "suite", "models": {{Pseudo}} }""");
        var table = dir.File("t.json", """
            { "suite": "qwen-coding-v1", "suite_hash": "0000000000000000000000000000000000000000000000000000000000000000", "machine_key": "k",
              "machine": { "host": "elsewhere" }, "measured_utc": "2026-01-01T00:00:00Z", "measured_seconds": {} }
            """);
        var output = Path.Combine(dir.Path, "runs");
        Assert.That(Refused(Cli.Run("run", "--config", config, "--output", output, "--timeouts", table)),
            Does.Contain($"--timeouts {table}: $.suite_hash is 000000000000").And.Contain("qweneval calibrate"));
        Assert.That(Refused(Cli.Run("run", "--config", config, "--output", output, "--timeouts", Path.Combine(dir.Path, "absent.json"))),
            Does.Contain("no such file"));
        Assert.That(Refused(Cli.Run("run", "--config", config, "--output", output, "--shard", "env/3")), Does.Contain("SLURM_ARRAY_TASK_ID"));
        Assert.That(Directory.Exists(output), Is.False, "nothing was started");
    }
}
