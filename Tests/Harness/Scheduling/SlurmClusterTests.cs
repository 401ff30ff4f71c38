using System.Diagnostics;
using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Runs;
using QwenEval.Runs.Sharding;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Harness.Scheduling;

/// <summary>
/// Sharded runs on a real slurmctld: `qweneval slurm --submit` runs a calibration job, a 4-task array and the merge
/// after it, and a task cancelled midway and requeued resumes its shard, so the merge is still complete and has no
/// draw twice.
/// </summary>
[Category("Slow")]
[Category("Slurm")]
public sealed class SlurmClusterTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    private static string TinyModels()
    {
        string Model(string name) => $$"""{ "name": "{{name}}", "kind": "onnx", "path": "{{Path.Combine(TestPaths.Root, "models", name).Replace('\\', '/')}}" }""";
        return $$"""[ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" }, {{Model("tiny-qwen2")}}, {{Model("tiny-qwen35")}} ]""";
    }

    private static List<string> Keys(string file) =>
        File.ReadAllLines(file).Select(l => JsonNode.Parse(l)!).Select(r => $"{r["model"]}/{r["task_id"]}#{r["sample_index"]}").ToList();

    private static List<string> Verdicts(string run) =>
        File.ReadAllLines(Path.Combine(run, "results.jsonl")).Select(l => JsonNode.Parse(l)!)
            .Select(r => $"{r["model"]}/{r["task_id"]}#{r["sample_index"]}: {r["status"]}").Order(StringComparer.Ordinal).ToList();

    [Test]
    public void AFourTaskArrayMergesToTheUnshardedRun()
    {
        SlurmCluster.Require();
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 4);
        var config = dir.File("eval.config.json", $$"""{ "suite": "suite", "samples_per_task": 2, "max_new_tokens": 24, "models": {{TinyModels()}} }""");
        var runs = Path.Combine(dir.Path, "runs");
        var (exit, stdout, err) = Cli.Run("slurm", "--config", config, "--array", "4", "--cpus-per-task", "1", "--time", "00:20:00", "--output", runs, "--submit");
        Assert.That(exit, Is.EqualTo(0), err);
        string?[] jobs = [SlurmCluster.JobId(stdout, "calibrate job"), SlurmCluster.JobId(stdout, "array job"), SlurmCluster.JobId(stdout, "merge job")];
        try
        {
            Assert.That(jobs, Is.All.Not.Null, stdout);
            var merge = SlurmCluster.WaitUntilFinished(jobs[2]!, Limit);
            var logs = Directory.GetFiles(Directory.GetDirectories(runs, "*.slurm").Single(), "*.log", SearchOption.AllDirectories);
            var why = string.Join("\n", logs.Select(l => $"--- {l}\n{File.ReadAllText(l)}"));
            Assert.That(SlurmCluster.States(jobs[0]!).Values, Is.All.EqualTo("COMPLETED"), why);
            var tasks = SlurmCluster.States(jobs[1]!);
            Assert.That(tasks.Keys, Is.EquivalentTo(Enumerable.Range(0, 4).Select(i => $"{jobs[1]}_{i}")), why);
            Assert.That(tasks.Values, Is.All.EqualTo("COMPLETED"), why);
            Assert.That(merge.Values, Is.All.EqualTo("COMPLETED"), why);
        }
        finally
        {
            SlurmCluster.CancelAll(jobs);
        }

        // The yardstick: one unsharded run here, judged with the table the calibration job wrote.
        var table = Directory.GetFiles(runs, "timeouts.json", SearchOption.AllDirectories).Single();
        var wholeRoot = Path.Combine(dir.Path, "whole");
        Assert.That(Cli.Run("run", "--config", config, "--output", wholeRoot, "--timeouts", table).Exit, Is.EqualTo(0));
        var whole = Directory.GetDirectories(wholeRoot).Single();
        var merged = Path.Combine(runs, $"{Path.GetFileName(whole)}.merged");
        Assert.That(File.ReadAllBytes(Path.Combine(merged, "samples.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, "samples.jsonl"))),
            "the array's merged samples are the unsharded run's, byte for byte");
        Assert.That(Verdicts(merged), Is.EqualTo(Verdicts(whole)));
        Assert.That(JsonNode.Parse(File.ReadAllText(Path.Combine(merged, "run.json")))!["shards"]!.AsArray(), Has.Count.EqualTo(4));
        Assert.That(File.Exists(Path.Combine(merged, "report.html")), "the merge job wrote the reports");
    }

    [Test]
    public void ATaskCancelledMidwayAndRequeuedResumesItsShardAndTheMergeIsComplete()
    {
        SlurmCluster.Require();
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SmallRun.Suite(dir, 12);
        // Enough draws that shard 1 is still judging when the test cancels it.
        var config = dir.File("eval.config.json", """
            { "suite": "suite", "samples_per_task": 10, "models": [ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ] }
            """);
        var table = Path.Combine(dir.Path, "timeouts.json");
        Assert.That(Cli.Run("calibrate", "--config", config, "--out", table).Exit, Is.EqualTo(0));
        var runs = Path.Combine(dir.Path, "runs");
        var (exit, stdout, err) = Cli.Run("slurm", "--config", config, "--array", "4", "--cpus-per-task", "1", "--output", runs, "--timeouts", table, "--submit");
        Assert.That(exit, Is.EqualTo(0), err);
        var array = SlurmCluster.JobId(stdout, "array job");
        var firstMerge = SlurmCluster.JobId(stdout, "merge job");
        string? merge = null;
        var plan = new[] { "reference", "decoy" }
            .SelectMany(m => Directory.GetDirectories(Path.Combine(suite, "tasks")).Select(Path.GetFileName).Order(StringComparer.Ordinal)
                .SelectMany(t => Enumerable.Range(0, 10).Select(i => new SampleKey(m, t!, i))))
            .ToList();
        var owned = plan.Count(new ShardPlan(1, 4).Contains);
        try
        {
            Assert.That(array, Is.Not.Null, stdout);
            var task = $"{array}_1";
            string Results() => Directory.GetDirectories(runs, "*.shard-1-of-4").Select(d => Path.Combine(d, "results.jsonl")).FirstOrDefault(File.Exists) ?? "";
            int Judged() => Results() is { Length: > 0 } f ? File.ReadAllLines(f).Length : 0;

            var clock = Stopwatch.StartNew();
            while (!(SlurmCluster.States(array!).GetValueOrDefault(task) == "RUNNING" && Judged() >= 2))
            {
                Assert.That(clock.Elapsed, Is.LessThan(Limit), $"{task} never started judging");
                Assert.That(SlurmCluster.States(array!).GetValueOrDefault(task), Is.Not.EqualTo("COMPLETED"), "shard 1 finished before the test could cancel it");
                Thread.Sleep(100);
            }
            Assert.That(SlurmCluster.Run("scancel", task).Exit, Is.EqualTo(0));
            while (SlurmCluster.States(array!).GetValueOrDefault(task) != "CANCELLED")
            {
                Assert.That(clock.Elapsed, Is.LessThan(Limit), $"{task} was never cancelled");
                Thread.Sleep(200);
            }
            var atCancel = Judged();
            Assert.That(atCancel, Is.LessThan(owned), "the cancel landed midway through the shard");

            // A task that was running can be requeued; it reruns the same command, which resumes the shard's folder.
            while (SlurmCluster.Run("scontrol", "requeue", task).Exit != 0)
            {
                Assert.That(clock.Elapsed, Is.LessThan(Limit), $"{task} could not be requeued");
                Thread.Sleep(1000);
            }
            // Slurm never satisfies an afterok on the whole array once a task was cancelled: merge after each task instead.
            (exit, stdout, err) = Cli.Run("slurm", "--config", config, "--array", "4", "--output", runs, "--timeouts", table, "--merge-after", array!);
            Assert.That(exit, Is.EqualTo(0), err);
            merge = SlurmCluster.JobId(stdout, "merge job");
            Assert.That(merge, Is.Not.Null, stdout);
            var done = SlurmCluster.WaitUntilFinished(merge!, Limit);
            var logs = string.Join("\n", Directory.GetFiles(Directory.GetDirectories(runs, "*.slurm").Single(), "*.log", SearchOption.AllDirectories)
                .Select(l => $"--- {l}\n{File.ReadAllText(l)}"));
            Assert.That(done.Values, Is.All.EqualTo("COMPLETED"), logs);
            Assert.That(SlurmCluster.States(array!).Values, Is.All.EqualTo("COMPLETED"), logs);
            Assert.That(SlurmCluster.Run("scontrol", "show", "job", task).Out, Does.Contain("Restarts=1"), "the task ran twice");
            TestContext.Out.WriteLine($"shard 1: {atCancel} of {owned} draws judged when cancelled");
        }
        finally
        {
            SlurmCluster.CancelAll([array, firstMerge, merge]);
        }

        var shardFolder = Directory.GetDirectories(runs, "*.shard-1-of-4").Single();
        var sessions = File.ReadAllLines(Path.Combine(shardFolder, "sessions.jsonl")).Select(l => JsonNode.Parse(l)!["event"]!.GetValue<string>()).ToList();
        Assert.That(sessions.Count(e => e == "start"), Is.EqualTo(2), "the requeued task resumed the same folder");
        Assert.That(Keys(Path.Combine(shardFolder, "samples.jsonl")), Is.Unique);
        Assert.That(Keys(Path.Combine(shardFolder, "results.jsonl")), Is.Unique);

        var merged = Directory.GetDirectories(runs, "*.merged").Single();
        var expected = plan.Select(k => $"{k.Model}/{k.TaskId}#{k.SampleIndex}").ToList();
        Assert.That(Keys(Path.Combine(merged, "samples.jsonl")), Is.EqualTo(expected), "every draw once, in plan order");
        Assert.That(Keys(Path.Combine(merged, "results.jsonl")), Is.EqualTo(expected));
        Assert.That(File.ReadAllLines(Path.Combine(merged, "metrics.csv"))[1..].Select(l => l.Split(',')[2]), Is.EqualTo(new[] { "1.0000", "0.0000" }));
    }
}
