using NUnit.Framework;
using QwenEval.Tasks.Agentic;
using QwenEval.Tasks.Diffs;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Tasks;

/// <summary>
/// The unified-diff applier and writer: `diff -ruN` output applies as `patch -p1` would, every diff of the agentic
/// suite applies to its repository, and a written diff applies back to exactly the files it was made from.
/// </summary>
public sealed class UnifiedDiffTests
{
    private static readonly Dictionary<string, string> Repo = new()
    {
        ["pkg/a.py"] = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n",
        ["pkg/b.py"] = "alpha\nbeta\n",
    };

    [Test]
    public void AppliesDiffRuNOutputWithTimestampsNewFilesAndOffsets()
    {
        const string diff = """
            diff -ruN orig/pkg/a.py fixed/pkg/a.py
            --- orig/pkg/a.py	2026-01-01 00:00:00.000000000 +0000
            +++ fixed/pkg/a.py	2026-01-01 00:00:01.000000000 +0000
            @@ -1,3 +1,3 @@
             one
            -two
            +TWO
             three
            @@ -7,4 +7,5 @@
             seven
             eight
             nine
            +nine and a half
             ten
            diff -ruN orig/pkg/c.py fixed/pkg/c.py
            --- /dev/null
            +++ fixed/pkg/c.py	2026-01-01 00:00:01.000000000 +0000
            @@ -0,0 +1,2 @@
            +new
            +file
            --- orig/pkg/d.py	1970-01-01 00:00:00.000000000 +0000
            +++ fixed/pkg/d.py	2026-01-01 00:00:01.000000000 +0000
            @@ -0,0 +1 @@
            +d

            """;
        var after = UnifiedDiff.Apply(Repo, diff);
        Assert.That(after["pkg/a.py"], Is.EqualTo("one\nTWO\nthree\nfour\nfive\nsix\nseven\neight\nnine\nnine and a half\nten\n"));
        Assert.That(after["pkg/c.py"], Is.EqualTo("new\nfile\n"));
        Assert.That(after["pkg/d.py"], Is.EqualTo("d\n"), "diff -N's epoch-stamped absent side is a new file");
        Assert.That(after["pkg/b.py"], Is.EqualTo(Repo["pkg/b.py"]));

        // A hunk whose header is off by a few lines still applies where its text is (as patch does, with no fuzz).
        var shifted = new Dictionary<string, string>(Repo) { ["pkg/a.py"] = "zero\nzero\n" + Repo["pkg/a.py"] };
        Assert.That(UnifiedDiff.Apply(shifted, diff)["pkg/a.py"], Does.StartWith("zero\nzero\none\nTWO\n"));
    }

    [Test]
    public void RefusesWhatDoesNotMatchNamingTheFileAndHunk()
    {
        var e = Assert.Throws<PatchException>(() => UnifiedDiff.Apply(Repo, "--- a/pkg/b.py\n+++ b/pkg/b.py\n@@ -1,2 +1,2 @@\n alpha\n-gamma\n+delta\n"))!;
        Assert.That(e.Message, Does.Contain("pkg/b.py").And.Contain("hunk 1"));
        Assert.Throws<PatchException>(() => UnifiedDiff.Apply(Repo, "--- a/pkg/zzz.py\n+++ b/pkg/zzz.py\n@@ -1 +1 @@\n-a\n+b\n"));
        Assert.Throws<PatchException>(() => UnifiedDiff.Apply(Repo, "--- /dev/null\n+++ b/pkg/b.py\n@@ -0,0 +1 @@\n+x\n"), "creating a file that exists");
        Assert.Throws<PatchException>(() => UnifiedDiff.Parse("just prose\n"));
        Assert.Throws<PatchException>(() => UnifiedDiff.Parse("--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n"), "a hunk shorter than its header");
    }

    [Test]
    public void WrittenDiffsApplyBackExactly()
    {
        var rng = new Random(7);
        string RandomText(int lines) => string.Concat(Enumerable.Range(0, lines).Select(_ => $"line {rng.Next(8)}\n"));
        for (var round = 0; round < 300; round++)
        {
            var before = new Dictionary<string, string> { ["a.py"] = RandomText(rng.Next(0, 30)), ["gone.py"] = "x\n", ["same.py"] = "s\n" };
            var lines = before["a.py"].Split('\n')[..^1].ToList();
            for (var edits = rng.Next(1, 5); edits > 0; edits--)
            {
                var at = rng.Next(lines.Count + 1);
                switch (rng.Next(3))
                {
                    case 0: lines.Insert(at, $"new {rng.Next(100)}"); break;
                    case 1 when at < lines.Count: lines.RemoveAt(at); break;
                    default: if (at < lines.Count) lines[at] = $"changed {rng.Next(100)}"; break;
                }
            }
            var text = string.Join("\n", lines) + (lines.Count > 0 && rng.Next(4) > 0 ? "\n" : "");
            var after = new Dictionary<string, string> { ["a.py"] = text, ["same.py"] = "s\n", ["new/c.py"] = RandomText(rng.Next(1, 4)) };
            var diff = UnifiedDiff.Write(before, after);
            Assert.That(UnifiedDiff.Apply(before, diff), Is.EqualTo(after), $"round {round}:\n{diff}");
        }
        Assert.That(UnifiedDiff.Write(Repo, Repo), Is.Empty);
    }

    [Test]
    public void WrittenDiffIsWhatPatchReads()
    {
        var after = new Dictionary<string, string>(Repo) { ["pkg/a.py"] = Repo["pkg/a.py"].Replace("five\n", "FIVE\n") };
        Assert.That(UnifiedDiff.Write(Repo, after), Is.EqualTo(
            "--- a/pkg/a.py\n+++ b/pkg/a.py\n@@ -2,7 +2,7 @@\n two\n three\n four\n-five\n+FIVE\n six\n seven\n eight\n"));
    }

    [Test]
    public void EveryDiffOfTheAgenticSuiteApplies()
    {
        var suite = AgenticSuiteLoader.Load(TestPaths.AgenticSuite);
        Assert.That(suite.Tasks, Has.Count.GreaterThanOrEqualTo(10));
        foreach (var task in suite.Tasks)
        {
            Assert.That(AgenticLint.Check(task), Is.Empty, task.Id);
            var canonical = UnifiedDiff.Apply(task.Repo, task.CanonicalDiff);
            // The writer's diff of the canonical change rebuilds it.
            Assert.That(UnifiedDiff.Apply(task.Repo, UnifiedDiff.Write(task.Repo, canonical)), Is.EqualTo(canonical), task.Id);
            foreach (var d in task.Decoys) Assert.That(UnifiedDiff.Apply(task.Repo, d.Diff), Is.Not.EqualTo(canonical), $"{task.Id}/{d.Name}");
        }
    }
}
