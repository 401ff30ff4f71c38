using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Reports.Compare;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>The regression gate on real runs: a seeded regression exits 1, noise exits 0, and the JUnit XML is schema-valid.</summary>
public sealed class CompareTests
{
    private static string Run(TempDir dir, string kind, string output)
    {
        var config = dir.File($"{output}.config.json", $$"""{ "suite": "suite", "models": [ { "name": "m", "kind": "{{kind}}" } ] }""");
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, output));
        Assert.That(exit, Is.EqualTo(0), err);
        return Directory.GetDirectories(Path.Combine(dir.Path, output)).Single();
    }

    private static void AssertValidJUnit(string file)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(TestPaths.Root, "Tests", "Runs", "Schemas", "junit-ant.xsd"));
        var errors = new List<string>();
        XDocument.Load(file).Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.That(errors, Is.Empty, "junit.xml validates against the Ant JUnit schema");
    }

    [Test]
    public void SeededRegressionFailsTheGate()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 8);
        var baseRun = Run(dir, "reference", "base");
        var newRun = Run(dir, "decoy", "new");
        var (exit, stdout, err) = Cli.Run("compare", baseRun, newRun);
        Assert.That(exit, Is.EqualTo(ExitCodes.GateFailed), stdout + err);
        Assert.That(stdout, Does.Contain("REGRESSION"));
        var md = File.ReadAllText(Path.Combine(newRun, "compare.md"));
        Assert.That(md, Does.Contain("**REGRESSION**").And.Contain("## m: 8 flipped"));
        var junit = Path.Combine(newRun, "junit.xml");
        AssertValidJUnit(junit);
        Assert.That(File.ReadAllBytes(junit)[..5], Is.EqualTo("<?xml"u8.ToArray()), "no byte-order mark before the declaration");
        var doc = XDocument.Load(junit);
        Assert.That(doc.Descendants("testcase").Count(), Is.EqualTo(9), "8 tasks + the gate case");
        Assert.That(doc.Descendants("failure").Count(), Is.EqualTo(9));
        Assert.That(doc.Descendants("failure").First(f => f.Parent!.Attribute("name")!.Value != "pass-rate gate").Value, Is.Not.Empty,
            "a failure carries the test output");
    }

    [Test]
    public void IdenticalRunsAndSmallNoisePassTheGate()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SmallRun.Suite(dir, 8);
        var baseRun = Run(dir, "reference", "base");
        var same = Run(dir, "reference", "same");
        Assert.That(Cli.Run("compare", baseRun, same).Exit, Is.EqualTo(ExitCodes.Ok));

        // One task flips (its tests now reject the canonical): a 12.5-point drop, far above --max-drop,
        // but one discordant pair is no evidence (McNemar p = 1), so the gate holds.
        var task = Directory.GetDirectories(Path.Combine(suite, "tasks")).Order(StringComparer.Ordinal).First();
        File.AppendAllText(Path.Combine(task, "tests.py"), "\n    assert False, 'changed'\n");
        var noisy = Run(dir, "reference", "noisy");
        var (exit, stdout, _) = Cli.Run("compare", baseRun, noisy, "--max-drop", "0.02");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), stdout);
        Assert.That(stdout, Does.Contain("pass->fail   1"));
        AssertValidJUnit(Path.Combine(noisy, "junit.xml"));
    }

    [TestCase(8, 0, 0.0078125)]
    [TestCase(1, 0, 1.0)]
    [TestCase(0, 0, 1.0)]
    [TestCase(10, 2, 0.0385742)]
    [TestCase(5, 5, 1.0)]
    public void ExactMcNemarMatchesTheBinomialTail(int b, int c, double p) =>
        Assert.That(McNemar.ExactPValue(b, c), Is.EqualTo(p).Within(1e-6));

    [Test]
    public void BadThresholdsAreUsageErrors()
    {
        var (exit, _, err) = Cli.Run("compare", "/tmp/a", "/tmp/b", "--alpha", "2");
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(err, Does.Contain("--alpha 2"));
    }

    [Test]
    public void ExportWritesHumanEvalSamples()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 2);
        var run = Run(dir, "reference", "x");
        var (exit, _, err) = Cli.Run("export", run, "--format", "humaneval");
        Assert.That(exit, Is.EqualTo(0), err);
        var lines = File.ReadAllLines(Path.Combine(run, "export", "m.samples.jsonl"));
        Assert.That(lines, Has.Length.EqualTo(2));
        using var row = System.Text.Json.JsonDocument.Parse(lines[0]);
        Assert.That(row.RootElement.GetProperty("task_id").GetString(), Is.Not.Empty);
        Assert.That(row.RootElement.GetProperty("completion").GetString(), Does.StartWith("\n"));
        Assert.That(row.RootElement.GetProperty("solution").GetString(), Does.Contain("def "));
    }
}
