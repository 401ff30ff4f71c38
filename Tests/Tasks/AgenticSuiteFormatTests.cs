using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tasks;
using QwenEval.Tasks.Agentic;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Tasks;

/// <summary>Loading agentic suites and the static rules of their tasks: each broken task is named with its file and problem.</summary>
public sealed class AgenticSuiteFormatTests
{
    /// <summary>A copy of the first agentic tasks of the real suite.</summary>
    public static string CopySuite(TempDir dir, int tasks, string name = "agentic") =>
        SmallRun.AgenticSuite(dir, Directory.GetDirectories(Path.Combine(TestPaths.AgenticSuite, "tasks")).Order(StringComparer.Ordinal).Take(tasks).Select(t => Path.GetFileName(t)), name);

    [Test]
    public void TheSuiteLoadsWithEveryPartOfEachTask()
    {
        var suite = AgenticSuiteLoader.Load(TestPaths.AgenticSuite);
        Assert.That(SuiteLoader.KindOf(TestPaths.AgenticSuite), Is.EqualTo(SuiteLoader.AgenticKind));
        Assert.That(SuiteLoader.KindOf(TestPaths.Suite), Is.EqualTo(SuiteLoader.FunctionKind));
        var t = suite.Find("a_bom_part_lookup")!;
        Assert.That(t.Category, Is.EqualTo("bugfix"));
        Assert.That(t.Budgets, Is.EqualTo(new AgentBudgets(30, 32000, 900)));
        Assert.That(t.Repo.Keys, Does.Contain("bom/partno.py").And.Contain("tests/__init__.py"));
        Assert.That(t.HiddenTests.Select(h => h.Name), Is.EqualTo(new[] { "test_part_spellings.py" }));
        Assert.That(t.Decoys, Has.Count.EqualTo(2).And.All.Matches<DiffDecoy>(d => d!.Description.Length > 0));
        Assert.That(suite.Tasks.Select(x => x.Category).Distinct().Count(), Is.GreaterThanOrEqualTo(4));
        Assert.That(suite.Tasks.Select(x => x.Difficulty).Distinct(), Is.EquivalentTo(SuiteLoader.Difficulties));
    }

    [Test]
    public void EachKindOfSuiteRefusesToLoadAsTheOther()
    {
        Assert.That(() => SuiteLoader.Load(TestPaths.AgenticSuite), Throws.TypeOf<TaskFormatException>().With.Message.Contains("agentic"));
        Assert.That(() => AgenticSuiteLoader.Load(TestPaths.Suite), Throws.TypeOf<TaskFormatException>().With.Message.Contains("function-level"));
    }

    [Test]
    public void StructureErrorsNameTheFileAndTheFix()
    {
        using var dir = new TempDir();
        var suite = CopySuite(dir, 1);
        var task = Directory.GetDirectories(Path.Combine(suite, "tasks")).Single();
        File.Delete(Path.Combine(task, "issue.md"));
        Assert.That(() => AgenticSuiteLoader.Load(suite), Throws.TypeOf<TaskFormatException>().With.Message.Contains("missing issue.md"));
        File.WriteAllText(Path.Combine(task, "issue.md"), "x");
        File.WriteAllText(Path.Combine(task, "task.json"), File.ReadAllText(Path.Combine(task, "task.json")).Replace("\"budgets\"", "\"budget\""));
        Assert.That(() => AgenticSuiteLoader.Load(suite), Throws.TypeOf<TaskFormatException>().With.Message.Contains("'budgets' is missing"));
    }

    [Test]
    public void RepositoriesHoldOnlyRegularFiles()
    {
        using var dir = new TempDir();
        var suite = CopySuite(dir, 1);
        var repo = Path.Combine(Directory.GetDirectories(Path.Combine(suite, "tasks")).Single(), "repo");
        File.CreateSymbolicLink(Path.Combine(repo, "escape.py"), "/etc/passwd");
        Assert.That(() => AgenticSuiteLoader.Load(suite), Throws.TypeOf<TaskFormatException>().With.Message.Contains("escape.py"));
    }

    [Test]
    public void LintNamesEveryBrokenRule()
    {
        var good = AgenticSuiteLoader.Load(TestPaths.AgenticSuite).Find("a_bom_part_lookup")!;
        Assert.That(AgenticLint.Check(good), Is.Empty);
        var broken = good with
        {
            Decoys = [good.Decoys[0] with { Description = "" }],
            CanonicalDiff = good.CanonicalDiff.Replace("return hash(self.text)", "return hash(self.txt)"),
            Repo = new Dictionary<string, string>(good.Repo.Where(p => p.Key != "tests/__init__.py")),
        };
        var problems = AgenticLint.Check(broken).Select(v => v.ToString()).ToList();
        Assert.That(problems, Has.Some.Contains("tests/__init__.py"));
        Assert.That(problems, Has.Some.Contains("decoys/: has 1 decoys; at least 2"));
        Assert.That(problems, Has.Some.Contains("is not described"));
        Assert.That(problems, Has.Some.Contains("canonical.diff: does not apply"));
        var same = good with { Decoys = [.. good.Decoys, new DiffDecoy("same", good.CanonicalDiff, "the canonical itself")] };
        Assert.That(AgenticLint.Check(same).Select(v => v.ToString()), Has.Some.Contains("gives the same files as canonical.diff"));
    }

    [Test]
    public void SuitesOfARunMustNotShareTaskIds()
    {
        using var dir = new TempDir();
        var a = CopySuite(dir, 2, "a");
        var b = CopySuite(dir, 1, "b");
        Assert.That(() => SuiteSet.Load([a, b]), Throws.TypeOf<TaskFormatException>().With.Message.Contains("a_bom_part_lookup"));
        var set = SuiteSet.Load([TestPaths.Suite, a]);
        Assert.That(set.Functions.Tasks, Has.Count.GreaterThan(100));
        Assert.That(set.Agentic.Tasks, Has.Count.EqualTo(2));
        Assert.That(set.Parts.Select(p => p.Kind), Is.EqualTo(new[] { "function", "agentic" }));
        Assert.That(set.Hash, Is.Not.EqualTo(set.Parts[0].Hash).And.Not.EqualTo(set.Parts[1].Hash));
        Assert.That(SuiteSet.Load([TestPaths.Suite]).Hash, Is.EqualTo(SuiteLoader.Load(TestPaths.Suite).Hash), "one suite keeps its own hash");
    }
}
