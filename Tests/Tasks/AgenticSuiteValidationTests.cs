using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Tasks;

/// <summary>
/// `tasks validate` on the agentic suite, in the real sandbox: every canonical change passes the hidden tests (and
/// the visible ones), the untouched repository and every decoy fail them. A broken copy is named task by task.
/// </summary>
public sealed class AgenticSuiteValidationTests
{
    [Test]
    [Category("Slow")]
    public void EveryCanonicalResolvesAndEveryDecoyAndUntouchedRepositoryFails()
    {
        Sandboxes.Bubblewrap();
        var (exit, stdout, err) = Cli.Run("tasks", "validate", "--suite", TestPaths.AgenticSuite);
        TestContext.Out.WriteLine(stdout);
        Assert.That(exit, Is.EqualTo(0), stdout + err);
        Assert.That(stdout, Does.Contain("0 violations").And.Contain("(sandbox: bubblewrap)"));
    }

    [Test]
    public void ABrokenTaskIsNamedWithItsFileAndProblem()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = AgenticSuiteFormatTests.CopySuite(dir, 1);
        var task = Directory.GetDirectories(Path.Combine(suite, "tasks")).Single();
        var decoys = Directory.GetFiles(Path.Combine(task, "decoys")).Order(StringComparer.Ordinal).ToList();
        // A decoy that is the canonical change passes the hidden tests; a canonical that changes a comment only does not.
        File.Copy(Path.Combine(task, "canonical.diff"), decoys[1], overwrite: true);
        File.WriteAllText(Path.Combine(task, "canonical.diff"), File.ReadAllText(decoys[0]));
        var (exit, stdout, _) = Cli.Run("tasks", "validate", "--suite", suite);
        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain($"{Path.GetFileName(decoys[1])}: PASSES the hidden tests"));
        Assert.That(stdout, Does.Contain("canonical.diff: the canonical change does not pass the hidden tests"));
        Assert.That(stdout, Does.Contain("gives the same files as canonical.diff"));
    }
}
