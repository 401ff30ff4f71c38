using System.Security.Cryptography;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Reports;

/// <summary>`qweneval report` rebuilds every report from the run folder alone, byte for byte, and combines runs.</summary>
public sealed class ReportRebuildTests
{
    private static readonly string[] ReportFiles =
        ["metrics.csv", "tasks.csv", "breakdown.csv", "results.json", "summary.md", "report.html", "pass_vs_memory.png", "pass_vs_memory.svg", "pass_vs_speed.png", "pass_vs_speed.svg"];

    private static Dictionary<string, string> Hashes(string folder) =>
        ReportFiles.ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))));

    [Test]
    public void ReportIsRebuiltByteIdenticallyFromTheRunFolderAlone()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var run = SmallRun.Run(dir, 3);
        var before = Hashes(run);
        foreach (var f in ReportFiles) File.Delete(Path.Combine(run, f));
        // The suite folder is gone too: the run folder must be enough.
        Directory.Delete(Path.Combine(dir.Path, "suite"), recursive: true);
        var (exit, _, err) = Cli.Run("report", run);
        Assert.That(exit, Is.EqualTo(0), err);
        var after = Hashes(run);
        Assert.That(after.Where(p => before[p.Key] != p.Value).Select(p => p.Key), Is.Empty, "files that changed");
    }

    [Test]
    public void SeveralRunsCombineOntoOneChart()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var a = SmallRun.Run(dir, 2, configName: "a.config.json");
        var b = SmallRun.Run(dir, 2, models: """[ { "name": "reference", "kind": "reference" } ]""", configName: "b.config.json");
        var combined = Path.Combine(dir.Path, "combined");
        var (exit, _, err) = Cli.Run("report", a, b, "--out", combined);
        Assert.That(exit, Is.EqualTo(0), err);
        var rows = File.ReadAllLines(Path.Combine(combined, "metrics.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.That(rows, Is.EquivalentTo(new[]
        {
            $"reference@{Path.GetFileName(a)}", $"decoy@{Path.GetFileName(a)}", $"reference@{Path.GetFileName(b)}",
        }));
    }

    [Test]
    public void SeveralRunsNeedAnOutputFolder()
    {
        var (exit, _, err) = Cli.Run("report", "/tmp/a", "/tmp/b");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--out"));
    }

    [Test]
    public void NotARunFolderIsAnInputError()
    {
        using var dir = new TempDir();
        var (exit, _, err) = Cli.Run("report", dir.Path);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("not a run folder (no run.json)"));
    }

    [Test]
    public void MetricsCarryMeasuredPeakMemoryPerModel()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var tiny = Path.Combine(TestPaths.Root, "models", "tiny-qwen2");
        var run = SmallRun.Run(dir, 1, $$"""[ { "name": "reference", "kind": "reference" }, { "name": "tiny", "kind": "onnx", "path": "{{tiny}}" } ]""",
            extra: """, "max_new_tokens": 16""");
        var lines = File.ReadAllLines(Path.Combine(run, "metrics.csv"));
        var header = lines[0].Split(',').ToList();
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0]);
        Assert.That(long.Parse(rows["tiny"][header.IndexOf("peak_rss_bytes")]), Is.GreaterThan(10_000_000), "a .NET worker holds more than 10 MB");
        Assert.That(rows["tiny"][header.IndexOf("footprint_source")], Is.EqualTo("peak_rss"));
        Assert.That(rows["reference"][header.IndexOf("peak_rss_bytes")], Is.Empty, "a pseudo-model runs in no worker: nothing to measure");
        Assert.That(rows["reference"][header.IndexOf("footprint_bytes")], Is.Empty, "no prediction or disk size stands in for a measurement");
        Assert.That(rows["reference"][header.IndexOf("footprint_missing")], Is.EqualTo("pseudo-model: no weights"));
        var load = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(run, "run.json")))!["generation_load"]!.AsArray();
        if (QwenEval.Core.LoadAverage.OneMinute() is not null)
            Assert.That(load.Select(l => (string?)l!["model"]), Is.EqualTo(new[] { "tiny" }), "the machine's load while the model generated is in run.json");
    }
}
