using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>
/// A run folder whose files disagree is refused with the reason, and `--new` is the way out: deleting run.json
/// (old answers under new hashes), deleting samples.jsonl (second verdicts), a torn or cut sample line under a
/// verdict (a duplicate result), a record written twice.
/// </summary>
public sealed class RunFolderConsistencyTests
{
    private static (string Config, string Output, string Folder) Finished(TempDir dir)
    {
        var folder = SmallRun.Run(dir, 2);
        return (Path.Combine(dir.Path, "eval.config.json"), Path.Combine(dir.Path, "runs"), folder);
    }

    private static readonly object[] Damage =
    [
        new object[] { "run.json deleted", (Action<string>)(f => File.Delete(Path.Combine(f, "run.json"))), "but no run.json (deleted?)" },
        new object[] { "samples.jsonl deleted", (Action<string>)(f => File.Delete(Path.Combine(f, "samples.jsonl"))), "samples.jsonl is missing (deleted?)" },
        new object[] { "torn last sample line", (Action<string>)(f => Cut(Path.Combine(f, "samples.jsonl"), 25)), "have no sample in samples.jsonl" },
        new object[] { "a sample line removed", (Action<string>)(f => RemoveLine(Path.Combine(f, "samples.jsonl"), 0)), "have no sample in samples.jsonl" },
        new object[] { "a verdict written twice", (Action<string>)(f => Duplicate(Path.Combine(f, "results.jsonl"))), "is recorded 2 times" },
        new object[] { "a sample written twice", (Action<string>)(f => Duplicate(Path.Combine(f, "samples.jsonl"))), "is recorded 2 times" },
    ];

    private static void Cut(string file, int bytes)
    {
        var all = File.ReadAllBytes(file);
        File.WriteAllBytes(file, all[..^bytes]);
    }

    private static void RemoveLine(string file, int index) =>
        File.WriteAllLines(file, File.ReadAllLines(file).Where((_, i) => i != index));

    private static void Duplicate(string file) => File.AppendAllText(file, File.ReadAllLines(file)[0] + "\n");

    [TestCaseSource(nameof(Damage))]
    public void AFolderWhoseFilesDisagreeIsRefusedAndNewIsTheWayOut(string what, Action<string> damage, string reason)
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var (config, output, folder) = Finished(dir);
        damage(folder);
        var before = Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllBytes);

        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", output);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput), what);
        Assert.That(err, Does.Contain(folder).And.Contain(reason).And.Contain("--new"), what);
        Assert.That(Directory.GetFiles(folder).Where(f => !f.EndsWith("run.lock", StringComparison.Ordinal)).ToDictionary(f => f, File.ReadAllBytes),
            Is.EquivalentTo(before.Where(p => !p.Key.EndsWith("run.lock", StringComparison.Ordinal))), "the refused folder is left as it was");

        var (fresh, stdout, freshErr) = Cli.Run("run", "--config", config, "--output", output, "--new");
        Assert.That(fresh, Is.EqualTo(ExitCodes.Ok), freshErr);
        Assert.That(stdout, Does.Contain($"{folder}-2"));
    }

    [Test]
    public void ATornLastSampleLineWithoutAVerdictIsRedoneWithoutADuplicate()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var (config, output, folder) = Finished(dir);
        // A kill mid-write: the last sample line torn, and (as always then) no verdict for it yet.
        var samples = File.ReadAllLines(Path.Combine(folder, "samples.jsonl"));
        var results = File.ReadAllLines(Path.Combine(folder, "results.jsonl"));
        var last = System.Text.Json.JsonDocument.Parse(samples[^1]).RootElement;
        File.WriteAllLines(Path.Combine(folder, "results.jsonl"), results.Where(r =>
        {
            var e = System.Text.Json.JsonDocument.Parse(r).RootElement;
            return !(e.GetProperty("model").GetString() == last.GetProperty("model").GetString() &&
                     e.GetProperty("task_id").GetString() == last.GetProperty("task_id").GetString());
        }));
        Cut(Path.Combine(folder, "samples.jsonl"), 30);

        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", output);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(File.ReadAllLines(Path.Combine(folder, "samples.jsonl")), Is.EqualTo(samples), "the torn line was cut and redone");
        Assert.That(File.ReadAllLines(Path.Combine(folder, "results.jsonl")), Has.Length.EqualTo(results.Length).And.Unique);
    }
}
