using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core.Generation;
using QwenEval.Runs.Agentic;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs.Agentic;

/// <summary>
/// The repository tools keep every path inside the episode's folder (absolute paths, "..", symlinks out and
/// special files are refused with an error the model reads), cap what may be written, and change files only as asked.
/// </summary>
public sealed class RepoToolsTests
{
    private static readonly RepoLimits Small = RepoLimits.Default with { MaxFileBytes = 1000, MaxRepoBytes = 3000, MaxFiles = 6, MaxReadChars = 200, MaxListEntries = 4 };

    private static (TempDir Dir, RepoTools Tools, string Outside) Repo()
    {
        var dir = new TempDir();
        dir.File("repo/pkg/core.py", "def f():\n    return 1\n\n\ndef g():\n    return 1\n");
        dir.File("repo/tests/__init__.py", "");
        var outside = dir.File("outside/secret.txt", "host secret");
        return (dir, new RepoTools(Path.Combine(dir.Path, "repo"), Small), outside);
    }

    private static ToolCall Call(string name, params (string Name, JsonNode? Value)[] args) =>
        new(name, new JsonObject(args.Select(a => KeyValuePair.Create(a.Name, a.Value))));

    [TestCase("/etc/passwd")]
    [TestCase("../outside/secret.txt")]
    [TestCase("pkg/../../outside/secret.txt")]
    [TestCase("~/secret")]
    [TestCase("pkg\\..\\..\\outside")]
    [TestCase("pkg/core.py\0.txt")]
    public void PathsOutsideTheRepositoryAreRefused(string path)
    {
        var (dir, tools, _) = Repo();
        using var _d = dir;
        foreach (var outcome in new[] { tools.Read(path, null, null), tools.Write(path, "x"), tools.Edit(path, "a", "b"), tools.List(path) })
        {
            Assert.That(outcome.Ok, Is.False, path);
            Assert.That(outcome.Text, Does.StartWith("error:"));
            Assert.That(outcome.Text, Does.Not.Contain("host secret"));
        }
        Assert.That(File.ReadAllText(Path.Combine(dir.Path, "outside", "secret.txt")), Is.EqualTo("host secret"));
        Assert.That(Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories), Has.Length.EqualTo(3), "nothing was written anywhere");
    }

    [Test]
    public void SymlinksAreNeverFollowed()
    {
        var (dir, tools, outside) = Repo();
        using var _d = dir;
        File.CreateSymbolicLink(Path.Combine(tools.Root, "link.txt"), outside);
        Directory.CreateSymbolicLink(Path.Combine(tools.Root, "linkdir"), Path.GetDirectoryName(outside)!);
        File.CreateSymbolicLink(Path.Combine(tools.Root, "pkg", "inside.py"), Path.Combine(tools.Root, "pkg", "core.py"));
        foreach (var path in new[] { "link.txt", "linkdir/secret.txt", "linkdir", "pkg/inside.py" })
        {
            Assert.That(tools.Read(path, null, null).Text, Does.Contain("symbolic link").And.Not.Contain("host secret"), path);
            Assert.That(tools.Write(path, "overwritten").Ok, Is.False, path);
            Assert.That(tools.Edit(path, "secret", "x").Ok, Is.False, path);
        }
        Assert.That(File.ReadAllText(outside), Is.EqualTo("host secret"));
        Assert.That(tools.List(".").Text, Does.Contain("link.txt (symbolic link: not followed)").And.Not.Contain("secret.txt"));
        Assert.That(tools.Snapshot().Keys, Is.EquivalentTo(new[] { "pkg/core.py", "tests/__init__.py" }), "links are not part of the repository");
    }

    [Test]
    public void SpecialFilesAreRefusedWithoutBlocking()
    {
        var (dir, tools, _) = Repo();
        using var _d = dir;
        using (var p = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(tools.Root, "pipe")])!) p.WaitForExit();
        Assert.That(QwenEval.Core.FileTypes.Of(Path.Combine(tools.Root, "pipe")), Is.EqualTo(QwenEval.Core.FileKind.Other));
        // Opening a FIFO for reading would block forever: the tools must refuse before they open it.
        var read = Task.Run(() => tools.Read("pipe", null, null));
        Assert.That(read.Wait(TimeSpan.FromSeconds(20)), Is.True, "read_file blocked on a FIFO");
        Assert.That(read.Result.Text, Does.Contain("not a regular file"));
        Assert.That(tools.Write("pipe", "x").Text, Does.Contain("not a regular file"));
        Assert.That(tools.Edit("pipe", "a", "b").Text, Does.Contain("not a regular file"));
        Assert.That(tools.List(".").Text, Does.Contain("pipe (not a regular file)"));
        Assert.That(tools.Snapshot().Keys, Does.Not.Contain("pipe"));
    }

    [Test]
    public void WritesAreCappedPerFileAndForTheRepository()
    {
        var (dir, tools, _) = Repo();
        using var _d = dir;
        Assert.That(tools.Write("big.py", new string('x', 1001)).Text, Does.Contain("over the 1000 bytes"));
        Assert.That(tools.Edit("pkg/core.py", "def f():", new string('x', 2000)).Text, Does.Contain("over the 1000 bytes"));
        for (var i = 0; i < 3; i++) Assert.That(tools.Write($"f{i}.py", new string('y', 900)).Ok, Is.True);
        Assert.That(tools.Write("f3.py", new string('y', 900)).Text, Does.Contain("over its cap of 3000"));
        Assert.That(tools.Write("tiny.py", "z").Ok, Is.True);
        Assert.That(tools.Write("one_too_many.py", "z").Text, Does.Contain("already has 6 files"));
        Assert.That(tools.Write(string.Join("/", Enumerable.Repeat("d", 20)) + "/x.py", "z").Text, Does.Contain("deeper than 16"));
        Assert.That(File.Exists(Path.Combine(tools.Root, "big.py")), Is.False);
        Assert.That(File.ReadAllText(Path.Combine(tools.Root, "pkg", "core.py")), Does.StartWith("def f():"));
    }

    [Test]
    public void EditNeedsExactlyOneOccurrenceAndWriteTellsRewritesFromNewFiles()
    {
        var (dir, tools, _) = Repo();
        using var _d = dir;
        Assert.That(tools.Edit("pkg/core.py", "    return 1\n", "    return 2\n").Text, Does.Contain("more than once"));
        Assert.That(tools.Edit("pkg/core.py", "return 3", "x").Text, Does.Contain("does not occur"));
        var edit = tools.Edit("pkg/core.py", "def f():\n    return 1\n", "def f():\n    return 2\n");
        Assert.That((edit.Ok, edit.Effect), Is.EqualTo((true, ToolEffect.Edit)));
        Assert.That(File.ReadAllText(Path.Combine(tools.Root, "pkg", "core.py")), Does.StartWith("def f():\n    return 2\n\n\ndef g():\n    return 1\n"));
        Assert.That(tools.Write("pkg/core.py", "x = 1\n").Effect, Is.EqualTo(ToolEffect.Rewrite));
        Assert.That(tools.Write("pkg/sub/new.py", "y = 1\n").Effect, Is.EqualTo(ToolEffect.Create));
        Assert.That(tools.Write("pkg/core.py/x.py", "").Text, Does.Contain("is a file, not a folder"));
        Assert.That(tools.Snapshot(), Is.EqualTo(new Dictionary<string, string> { ["pkg/core.py"] = "x = 1\n", ["pkg/sub/new.py"] = "y = 1\n", ["tests/__init__.py"] = "" }));
    }

    [Test]
    public void ReadShowsLineRangesAndCutsLongFiles()
    {
        var (dir, tools, _) = Repo();
        using var _d = dir;
        Assert.That(tools.Read("pkg/core.py", 2, 2).Text, Is.EqualTo("    return 1\n"));
        Assert.That(tools.Read("pkg/core.py", 9, null).Text, Does.Contain("past the end"));
        Assert.That(tools.Read("tests/__init__.py", null, null).Text, Is.EqualTo("(empty file)"));
        tools.Write("long.py", string.Concat(Enumerable.Range(1, 40).Select(i => $"line number {i}\n")));
        var cut = tools.Read("long.py", null, null).Text;
        Assert.That(cut, Does.StartWith("line number 1\n").And.Contain("[cut at line").And.Contain("start_line="));
        Assert.That(tools.List(".").Text, Does.Contain("… and"));
        Assert.That(tools.Read("pkg", null, null).Text, Does.Contain("is a folder"));
    }

    [Test]
    public void ArgumentsMustFitTheToolsSchema()
    {
        Assert.That(AgentTools.Problem(Call("read_file", ("path", "a.py"))), Is.Null);
        Assert.That(AgentTools.Problem(Call("read_file", ("path", "a.py"), ("start_line", "3"))), Is.Null, "integers written as text are read");
        Assert.That(AgentTools.Problem(Call("read_file", ("path", "a.py"), ("start_line", 2.5))), Does.Contain("whole number"));
        Assert.That(AgentTools.Problem(Call("read_file")), Does.Contain("needs \"path\""));
        Assert.That(AgentTools.Problem(Call("edit_file", ("path", "a.py"), ("old_text", "x"))), Does.Contain("needs \"new_text\""));
        Assert.That(AgentTools.Problem(Call("write_file", ("path", "a.py"), ("content", 3))), Does.Contain("must be a string"));
        Assert.That(AgentTools.Problem(Call("submit", ("now", true))), Does.Contain("has no argument \"now\""));
        Assert.That(AgentTools.Problem(Call("delete_file", ("path", "a.py"))), Does.Contain("not a tool"));
        Assert.That(AgentTools.All.Select(t => t.Name), Is.EqualTo(new[] { "list_files", "read_file", "edit_file", "write_file", "run_tests", "submit" }));
    }
}
