using System.Text.Json;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Reports;

/// <summary>
/// Missing data is never reported as a result: a model without verdicts is listed as not scored (no 0% row, no
/// chart point), a model with some verdicts missing is marked incomplete, in summary.md, report.html, metrics.csv
/// and on the console; a lost measurement is never passed off as measured.
/// </summary>
public sealed class IncompleteReportTests
{
    private static Dictionary<string, Dictionary<string, string>> Metrics(string folder)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, "metrics.csv"));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => header.Zip(r).ToDictionary(x => x.First, x => x.Second));
    }

    [Test]
    public void EmptyResultsAreNotScoredAsZeroPercent()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var run = SmallRun.Run(dir, 2);
        File.WriteAllText(Path.Combine(run, "results.jsonl"), "");
        var (exit, stdout, err) = Cli.Run("report", run);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(stdout, Does.Contain("no model has a verdict yet").And.Contain("INCOMPLETE").And.Not.Contain("0.0%"));
        var summary = File.ReadAllText(Path.Combine(run, "summary.md"));
        Assert.That(summary, Does.Contain("Not scored").And.Contain("| decoy | decoy | no results yet").And.Not.Contain("0.0%"));
        Assert.That(File.ReadAllText(Path.Combine(run, "report.html")), Does.Contain("id=\"qe-unscored\"").And.Contain("INCOMPLETE: model reference has no results yet"));
        var metrics = Metrics(run);
        Assert.That(metrics["reference"]["pass@1"], Is.Empty, "no pass rate, not a zero one");
        Assert.That(metrics["reference"]["state"], Does.StartWith("no results yet"));
        Assert.That(File.ReadAllText(Path.Combine(run, "pass_vs_memory.svg")), Does.Not.Contain("reference 0%"), "no chart point");
    }

    [Test]
    public void OneMissingVerdictMarksTheModelIncompleteEverywhere()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var run = SmallRun.Run(dir, 3);
        var results = File.ReadAllLines(Path.Combine(run, "results.jsonl"));
        File.WriteAllLines(Path.Combine(run, "results.jsonl"), results.Where(l => !(l.Contains("\"model\":\"reference\"") && l == results.First(r => r.Contains("\"model\":\"reference\"")))));
        var (exit, stdout, err) = Cli.Run("report", run);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        const string note = "INCOMPLETE: model reference has 2 of 3 samples judged";
        Assert.That(stdout, Does.Contain(note).And.Contain("reference (incomplete: 2/3)"));
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Contain(note).And.Contain("| reference (incomplete: 2/3) |"));
        Assert.That(File.ReadAllText(Path.Combine(run, "report.html")), Does.Contain(note).And.Contain("\"incomplete\":true"));
        Assert.That(Metrics(run)["reference"]["state"], Is.EqualTo("incomplete: 2/3 judged"));
        Assert.That(Metrics(run)["decoy"]["state"], Is.EqualTo("complete"));
    }

    /// <summary>In a run limited by --limit, a verdict missing among the selected draws is still the model's INCOMPLETE note; the draws left out are only the PARTIAL note's.</summary>
    [Test]
    public void AVerdictMissingInsideASelectionIsStillIncomplete()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 3);
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ] }""");
        var output = Path.Combine(dir.Path, "runs");
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", output, "--limit", "2");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        var run = Directory.GetDirectories(output).Single();
        var results = File.ReadAllLines(Path.Combine(run, "results.jsonl"));
        File.WriteAllLines(Path.Combine(run, "results.jsonl"), results.Where(l => l != results.First(r => r.Contains("\"model\":\"reference\""))));
        (exit, var stdout, err) = Cli.Run("report", run);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        var summary = File.ReadAllText(Path.Combine(run, "summary.md"));
        Assert.That(summary, Does.Contain("PARTIAL RUN: samples judged: reference 1/3, decoy 2/3."));
        Assert.That(summary, Does.Contain("INCOMPLETE: model reference has 1 of 3 samples judged"), "a selected draw without its verdict");
        Assert.That(summary, Does.Not.Contain("INCOMPLETE: model decoy"), "decoy did all it was asked to");
        Assert.That(stdout, Does.Contain("INCOMPLETE: model reference").And.Not.Contain("INCOMPLETE: model decoy"));
    }

    [Test]
    public void AModelThatDidNotLoadIsNotRunInEveryReportAndReportKeepsSayingSo()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        // Passes the pre-run checks (sessions are not created then), fails in the worker: an operator this build lacks.
        var folder = Path.Combine(dir.Path, "broken");
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Root, "models", "tiny-qwen35"))) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        var onnx = Path.Combine(folder, "model.onnx");
        var model = QwenEval.Engine.Onnx.Proto.ModelProto.Parser.ParseFrom(File.ReadAllBytes(onnx));
        model.Graph.Node.First(n => n.OpType == "LinearAttention").OpType = "LinearAttentionV9";
        File.WriteAllBytes(onnx, Google.Protobuf.MessageExtensions.ToByteArray(model));
        SmallRun.Suite(dir, 1);
        var config = dir.File("eval.config.json",
            $$"""{ "suite": "suite", "max_new_tokens": 8, "models": [ { "name": "reference", "kind": "reference" }, { "name": "broken", "kind": "onnx", "path": "broken" } ] }""");
        var (exit, stdout, err) = Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, "runs"));
        Assert.That(exit, Is.EqualTo(ExitCodes.Incomplete), stdout + err);
        Assert.That(err, Does.Contain("NOT RUN: model \"broken\""));
        var run = Directory.GetDirectories(Path.Combine(dir.Path, "runs")).Single();
        Assert.That(File.ReadAllText(Path.Combine(run, "measurements.jsonl")), Does.Contain("\"not_run\":"), "the fact is kept in the run folder");

        // Rebuilt from the folder alone, the reports still say so.
        (exit, stdout, _) = Cli.Run("report", run);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(stdout, Does.Contain("NOT RUN: model broken did not load"));
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Contain("| broken | onnx | not run: ").And.Not.Contain("| broken | 0.0%"));
        Assert.That(File.ReadAllText(Path.Combine(run, "report.html")), Does.Contain("NOT RUN: model broken"));
        var row = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Single(l => l.StartsWith("broken,", StringComparison.Ordinal));
        Assert.That(row, Does.StartWith("broken,onnx,,").And.Contain(",\"not run: "), "listed with no pass rate and the reason as its state");
        Assert.That(File.ReadAllText(Path.Combine(run, "pass_vs_memory.svg")), Does.Not.Contain(">broken<").And.Not.Contain(">broken "), "never a point or a legend entry on the chart");
    }

    [Test]
    public void ALostMeasurementIsMarkedAndAResumeMeasuresItAgain()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var tiny = Path.Combine(TestPaths.Root, "models", "tiny-qwen2");
        var run = SmallRun.Run(dir, 2, $$"""[ { "name": "tiny", "kind": "onnx", "path": "{{tiny}}" } ]""", extra: """, "max_new_tokens": 8""");
        var samples = File.ReadAllBytes(Path.Combine(run, "samples.jsonl"));
        // A run killed after its samples and before its measurements (and one timing) were written.
        File.WriteAllText(Path.Combine(run, "measurements.jsonl"), "");
        var timings = File.ReadAllLines(Path.Combine(run, "timings.jsonl"));
        File.WriteAllLines(Path.Combine(run, "timings.jsonl"), timings[1..]);

        var (exit, stdout, _) = Cli.Run("report", run);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(Metrics(run)["tiny"]["footprint_source"], Is.Empty, "a prediction is never passed off as measured");
        Assert.That(Metrics(run)["tiny"]["peak_rss_bytes"], Is.Empty);
        Assert.That(stdout, Does.Contain("its measured peak memory was lost").And.Contain("1 sample(s) have no timing"));
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Contain("measured peak lost"));

        var (again, _, err) = Cli.Run("run", "--config", Path.Combine(dir.Path, "eval.config.json"), "--output", Path.Combine(dir.Path, "runs"));
        Assert.That(again, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(File.ReadAllBytes(Path.Combine(run, "samples.jsonl")), Is.EqualTo(samples), "measuring again writes no sample");
        Assert.That(File.ReadAllLines(Path.Combine(run, "timings.jsonl")), Has.Length.EqualTo(timings.Length), "the lost timing is back, once");
        Assert.That(File.ReadAllText(Path.Combine(run, "measurements.jsonl")), Does.Contain("\"phase\":\"remeasured\""));
        Assert.That(Metrics(run)["tiny"]["footprint_source"], Is.EqualTo("peak_rss"));
    }
}
