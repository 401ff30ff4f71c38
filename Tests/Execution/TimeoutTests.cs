using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Reports.Scoring;
using QwenEval.Tasks;
using QwenEval.Tests.Support;
using QwenEval.Core;
using QwenEval.Runs;

namespace QwenEval.Tests.Execution;

/// <summary>Timeouts: rerun once before they count, calibrated from the canonical's measured time, cached, recorded.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class TimeoutTests
{
    private static readonly CodingTask Add = HostileProgramTests.Add;

    /// <summary>The unsandboxed runner keeps state between attempts in a host folder, which is what this test needs (trusted code).</summary>
    private static TestExecutor Unsandboxed(string scratch) =>
        new(new UnsandboxedRunner(SandboxFactory.FindOnPath("python3") ?? "/usr/bin/python3"), scratch);

    [Test]
    public void ATimeoutIsRerunOnceAndTheRerunCounts()
    {
        using var dir = new TempDir();
        var flag = Path.Combine(dir.Path, "first-attempt").Replace("\\", "/");
        var program = $"import os\nif not os.path.exists('{flag}'):\n    open('{flag}', 'w').close()\n    while True:\n        pass\n" +
                      "def add(a, b):\n    return a + b\n";
        var v = Unsandboxed(dir.Path).Run(Add, program, TimeSpan.FromSeconds(1.5), CancellationToken.None);
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Pass), v.Detail);
        Assert.That(v.Detail, Does.Contain("timed out once").And.Contain("then pass on the one rerun"));
    }

    [Test]
    public void TwoTimeoutsAreATimeout()
    {
        using var dir = new TempDir();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var v = Unsandboxed(dir.Path).Run(Add, "def add(a, b):\n    while True:\n        pass\n", TimeSpan.FromSeconds(1), CancellationToken.None);
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Timeout));
        Assert.That(v.Detail, Does.Contain("timed out again on the one rerun"));
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2)), "two attempts ran");
    }

    [Test]
    public void RunOnceDoesNotRerun()
    {
        using var dir = new TempDir();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var v = Unsandboxed(dir.Path).RunOnce(Add, "def add(a, b):\n    while True:\n        pass\n", TimeSpan.FromSeconds(1), CancellationToken.None);
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Timeout));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1.9)));
    }

    [Test]
    public void TheFormulaIsMaxOfFloorAndMultiplierTimesReference()
    {
        var c = new TimeoutConfig(2, 4, 600);
        Assert.That(c.ForTask(0.1), Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(c.ForTask(1.5), Is.EqualTo(TimeSpan.FromSeconds(6)));
        var measured = new TaskTimeouts(c, new Dictionary<string, double> { ["add"] = 0.75 }, "test");
        Assert.That(measured.For(Add), Is.EqualTo(TimeSpan.FromSeconds(3)), "the measured time stands for the task");
        var off = new TaskTimeouts(c with { Calibrate = false }, new Dictionary<string, double> { ["add"] = 0.75 }, "test");
        Assert.That(off.For(Add), Is.EqualTo(TimeSpan.FromSeconds(8)), "calibration off: the declared time_budget_s (2 s) × 4");
    }

    [Test]
    public void CalibrationMeasuresCachesAndRecords()
    {
        var sandbox = Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SuiteLoader.Load(SmallRun.Suite(dir, 2));
        var cache = Path.Combine(dir.Path, "cache");
        var run = Path.Combine(dir.Path, "run");
        Directory.CreateDirectory(run);

        var log = new StringWriter();
        var first = new TestExecutor(sandbox, Path.GetTempPath()).Calibrate(suite, TimeoutConfig.Default, run, log, CancellationToken.None, cache);
        Assert.That(log.ToString(), Does.Contain("measuring 2 canonical solutions"));
        Assert.That(first.MeasuredSeconds.Keys, Is.EquivalentTo(suite.Tasks.Select(t => t.Id)));
        Assert.That(first.MeasuredSeconds.Values, Has.All.GreaterThan(0));
        foreach (var t in suite.Tasks)
            Assert.That(first.For(t).TotalSeconds, Is.EqualTo(Math.Max(2, 4 * first.MeasuredSeconds[t.Id])).Within(1e-9));
        Assert.That(Directory.GetFiles(cache), Has.Length.EqualTo(1), "one cache file for this suite and machine");

        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(run, TimeoutCalibration.FileName)))!;
        Assert.That((string?)record["sandbox"], Is.EqualTo("bubblewrap"));
        Assert.That(record["isolation"]!.AsArray().Select(n => (string?)n), Has.Some.StartsWith("namespaces:"));
        Assert.That((bool?)record["timeouts"]!["rerun_timeouts_once"], Is.True);
        Assert.That((string?)record["timeouts"]!["tasks"]![suite.Tasks[0].Id]!["from"], Is.EqualTo("measured"));

        // Another run on this machine: the cache answers, nothing is measured.
        log = new StringWriter();
        var second = new TestExecutor(sandbox, Path.GetTempPath()).Calibrate(suite, TimeoutConfig.Default, Path.Combine(dir.Path, "run2"), log,
            CancellationToken.None, cache);
        Assert.That(log.ToString(), Does.Not.Contain("measuring"));
        Assert.That(second.Source, Does.StartWith("calibration cache"));
        Assert.That(second.MeasuredSeconds, Is.EquivalentTo(first.MeasuredSeconds));

        // Resuming the first run: its own record answers, even with the cache gone.
        Directory.Delete(cache, recursive: true);
        var resumed = new TestExecutor(sandbox, Path.GetTempPath()).Calibrate(suite, TimeoutConfig.Default, run, new StringWriter(),
            CancellationToken.None, cache);
        Assert.That(resumed.Source, Does.StartWith("run folder"));
        Assert.That(resumed.MeasuredSeconds, Is.EquivalentTo(first.MeasuredSeconds));
    }

    [Test]
    public void ARunOfSomeTasksMeasuresThoseAndALaterRunKeepsTheirLimitsAndAddsTheRest()
    {
        var sandbox = Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SuiteLoader.Load(SmallRun.Suite(dir, 3));
        var cache = Path.Combine(dir.Path, "cache");
        var run = Path.Combine(dir.Path, "run");
        Directory.CreateDirectory(run);
        string[] Recorded() => JsonNode.Parse(File.ReadAllText(Path.Combine(run, TimeoutCalibration.FileName)))!["timeouts"]!["tasks"]!
            .AsObject().Select(p => p.Key).ToArray();

        var log = new StringWriter();
        var part = new TestExecutor(sandbox, Path.GetTempPath()).Calibrate(suite with { Tasks = [suite.Tasks[0]] }, TimeoutConfig.Default, run, log,
            CancellationToken.None, cache);
        Assert.That(log.ToString(), Does.Contain("measuring 1 canonical solutions"), "a limited run measures only what it runs");
        Assert.That(Recorded(), Is.EqualTo(new[] { suite.Tasks[0].Id }));

        // The recorded limit stands even when the cache says otherwise, and the others are measured now.
        var cacheFile = Directory.GetFiles(cache).Single();
        File.WriteAllText(cacheFile, File.ReadAllText(cacheFile).Replace(part.MeasuredSeconds[suite.Tasks[0].Id].ToString(System.Globalization.CultureInfo.InvariantCulture), "9.5"));
        log = new StringWriter();
        var full = new TestExecutor(sandbox, Path.GetTempPath()).Calibrate(suite, TimeoutConfig.Default, run, log, CancellationToken.None, cache);
        Assert.That(log.ToString(), Does.Contain("measuring 2 canonical solutions"));
        Assert.That(full.MeasuredSeconds[suite.Tasks[0].Id], Is.EqualTo(part.MeasuredSeconds[suite.Tasks[0].Id]));
        Assert.That(Recorded(), Is.EqualTo(suite.Tasks.Select(t => t.Id).Order(StringComparer.Ordinal).ToArray()));
        var again = new TestExecutor(sandbox, Path.GetTempPath()).Calibrate(suite, TimeoutConfig.Default, run, new StringWriter(), CancellationToken.None, cache);
        Assert.That(again.Source, Does.StartWith("run folder"));
    }

    [Test]
    public void ACanonicalThatDoesNotPassFallsBackToItsDeclaredBudget()
    {
        var sandbox = Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suitePath = SmallRun.Suite(dir, 1);
        var task = Directory.GetDirectories(Path.Combine(suitePath, "tasks")).Single();
        File.WriteAllText(Path.Combine(task, "solution.py"), "raise SystemExit(3)\n");
        var suite = SuiteLoader.Load(suitePath);
        var log = new StringWriter();
        var t = new TestExecutor(sandbox, Path.GetTempPath()).Calibrate(suite, TimeoutConfig.Default, null, log, CancellationToken.None,
            Path.Combine(dir.Path, "cache"));
        Assert.That(t.MeasuredSeconds, Is.Empty);
        Assert.That(log.ToString(), Does.Contain("canonical did not pass"));
        Assert.That(t.For(suite.Tasks[0]), Is.EqualTo(TimeoutConfig.Default.ForTask(suite.Tasks[0].TimeBudgetSeconds)));
    }

    [Test]
    public void ConfigReadsCalibrateAndKeepsUnknownFieldsStrict()
    {
        using var dir = new TempDir();
        string Config(string timeouts) => dir.File("eval.config.json",
            $$"""{ "suite": "{{TestPaths.Suite.Replace("\\", "/")}}", "models": [{ "name": "r", "kind": "reference" }], "timeouts": {{timeouts}} }""");

        var c = ConfigLoader.Load(Config("""{ "calibrate": false, "test_multiplier": 2.5, "test_floor_seconds": 1 }"""), ModelKinds.All);
        Assert.That(c.Timeouts, Is.EqualTo(new TimeoutConfig(1, 2.5, 600, Calibrate: false)));
        Assert.That(ConfigLoader.Load(Config("{}"), ModelKinds.All).Timeouts, Is.EqualTo(TimeoutConfig.Default));

        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(Config("""{ "calibrated": true }"""), ModelKinds.All))!;
        Assert.That(e.Message, Does.Contain("$.timeouts.calibrated: is not a known field. Did you mean \"calibrate\""));
        e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(Config("""{ "calibrate": "yes" }"""), ModelKinds.All))!;
        Assert.That(e.Message, Does.Contain("$.timeouts.calibrate: is the string \"yes\", expected true or false"));
    }
}
