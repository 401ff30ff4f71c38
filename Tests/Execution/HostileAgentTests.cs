using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Core.Generation;
using QwenEval.Engine.ToolCalls;
using QwenEval.Execution;
using QwenEval.Runs;
using QwenEval.Runs.Agentic;
using QwenEval.Tasks.Agentic;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Execution;

/// <summary>
/// Pseudo-agents whose tool calls attack the harness, run as real episodes under the real sandbox: path escapes,
/// huge writes, a fork bomb and host writes in a visible test, repository code that hunts for the hidden tests or
/// forges a verdict. Each is contained (tool errors, caps, a killed sandbox), nothing reaches the host, no process
/// survives, and the episode still ends with a verdict that is not a pass.
/// </summary>
public sealed class HostileAgentTests
{
    private static readonly IToolCallWriter Writer = new QwenXmlToolCallWriter();

    private static AgenticTask Task() => AgenticSuiteLoader.Load(TestPaths.AgenticSuite).Find("a_bom_part_lookup")!;

    private static string Turn(params ToolCall[] calls) => Writer.WriteTurn("", calls);

    private static ToolCall Call(string name, params (string Name, string Value)[] args) =>
        new(name, new JsonObject(args.Select(a => KeyValuePair.Create(a.Name, (JsonNode?)JsonValue.Create(a.Value)))));

    private static (EpisodeRecord Episode, ResultRecord Verdict) Play(AgenticTask task, params string[] turns)
    {
        var executor = new TestExecutor(Sandboxes.Bubblewrap(), Path.GetTempPath());
        var settings = new EpisodeSettings(new AgentBudgets(20, 100_000, 120), 512, TimeSpan.FromSeconds(4), RepoLimits.Default, Path.GetTempPath());
        var key = new SampleKey("hostile", task.Id, 0);
        var episode = new EpisodeRunner(executor, settings).Run(task, new ScriptedAgent(turns), key, 1, CancellationToken.None);
        return (episode, EpisodeJudge.Judge(executor, task, episode, TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    private static List<string> ToolAnswers(EpisodeRecord e) => e.Messages.Where(m => m.Role == "tool").Select(m => m.Content).ToList();

    [Test]
    public void PathEscapesAreToolErrorsAndTheEpisodeStillEndsWithAVerdict()
    {
        using var host = new TempDir();
        var target = Path.Combine(host.Path, "planted.py");
        var (e, v) = Play(Task(),
            Turn(Call("read_file", ("path", "/etc/passwd")), Call("read_file", ("path", "../../../../etc/passwd")),
                Call("list_files", ("path", "/")), Call("list_files", ("path", ".."))),
            Turn(Call("write_file", ("path", target), ("content", "x")), Call("write_file", ("path", "../escape.py"), ("content", "x")),
                Call("edit_file", ("path", "/etc/hostname"), ("old_text", "a"), ("new_text", "b"))),
            Turn(Call("submit")));
        var answers = ToolAnswers(e);
        Assert.That(answers.Take(7), Has.All.StartWith("error:"));
        Assert.That(string.Join("\n", answers), Does.Not.Contain("root:x:0:0"));
        Assert.That(File.Exists(target), Is.False);
        Assert.That(e.Behaviour.ToolErrors, Is.EqualTo(7));
        Assert.That(e.Behaviour.Ended, Is.EqualTo("submitted"));
        Assert.That(e.FinalDiff, Is.Empty);
        Assert.That(v.Status, Is.EqualTo("fail"), v.Detail);
    }

    [Test]
    public void HugeWritesAreRefusedAndTheRepositoryStaysWithinItsCaps()
    {
        var huge = new string('#', (int)RepoLimits.Default.MaxFileBytes + 1);
        var chunk = new string('#', (int)RepoLimits.Default.MaxFileBytes - 10);
        var turns = new List<string> { Turn(Call("write_file", ("path", "huge.py"), ("content", huge))) };
        turns.AddRange(Enumerable.Range(0, 17).Select(i => Turn(Call("write_file", ("path", $"fill/f{i}.py"), ("content", chunk)))));
        turns.Add(Turn(Call("submit")));
        var (e, v) = Play(Task(), [.. turns]);
        var answers = ToolAnswers(e);
        Assert.That(answers[0], Does.Contain("bytes a file may hold"));
        Assert.That(answers.Count(a => a.Contains("over its cap")), Is.GreaterThanOrEqualTo(1), "the repository cap binds");
        Assert.That(e.FinalDiff.Length, Is.LessThan(RepoLimits.Default.MaxRepoBytes * 2));
        Assert.That(v.Status, Is.Not.EqualTo("pass"));
    }

    [Test]
    public void AForkBombAndHostWritesInAVisibleTestAreContained()
    {
        var marker = "qh" + Guid.NewGuid().ToString("N")[..13];
        using var host = new TempDir();
        var bomb = $$"""
            import os, sys, unittest

            class Bomb(unittest.TestCase):
                def test_escape(self):
                    for path in ("{{host.Path}}/{{marker}}", "/tmp/{{marker}}", "/{{marker}}"):
                        try:
                            open(path, "w").write("x")
                        except OSError:
                            pass
                    os.symlink("/etc/passwd", "bom/{{marker}}.py")
                    open("bom/written_by_test.py", "w").write("x = 1\n")
                    # The marker goes into every process's command line, so the host's /proc can find survivors.
                    os.execv(sys.executable, [sys.executable, "-c", "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n# {{marker}}"])
            """;
        var (e, v) = Play(Task(),
            Turn(Call("write_file", ("path", "tests/test_bomb.py"), ("content", bomb))),
            Turn(Call("run_tests", ("selector", "tests.test_bomb"))),
            Turn(Call("list_files", ("path", "bom"))),
            Turn(Call("submit")));
        var answers = ToolAnswers(e);
        Assert.That(answers[1], Does.StartWith("tests ").And.Not.StartWith("tests passed"));
        Assert.That(HostileProgramTests.Survivors(marker), Is.Empty, "processes of the fork bomb outlived its sandbox");
        Assert.That(Directory.EnumerateFileSystemEntries(host.Path), Is.Empty);
        foreach (var p in HostileProgramTests.HostPaths(marker)) Assert.That(Path.Exists(p), Is.False, p);
        // The sandbox's copy is thrown away: nothing the test wrote reaches the episode's repository.
        Assert.That(answers[2], Does.Not.Contain(marker).And.Not.Contain("written_by_test"));
        Assert.That(e.FinalDiff, Does.Contain("+++ b/tests/test_bomb.py").And.Not.Contain("+++ b/bom/"));
        Assert.That(e.Behaviour.Ended, Is.EqualTo("submitted"));
        Assert.That(v.Status, Is.Not.EqualTo("pass"), v.Detail);
    }

    [Test]
    public void RepositoryCodeCannotFindTheHiddenTestsOrForgeAPass()
    {
        var task = Task();
        var secret = "test_display_spelling_kept";
        Assert.That(task.HiddenTests.Single().Source, Does.Contain(secret));
        // Imported by the hidden tests: looks for them on every disk of the sandbox, forges verdicts, shadows unittest, then exits 0.
        var hostile = $$"""
            import os, sys
            for root in ("/work", "/tmp", "/dev/shm", "/"):
                for dirpath, dirs, files in os.walk(root):
                    if dirpath.startswith(("/proc", "/sys", "/usr", "/dev")) and root == "/":
                        dirs[:] = []
                        continue
                    for name in files:
                        try:
                            if "{{secret[..13]}}" + "{{secret[13..]}}" in open(os.path.join(dirpath, name), errors="ignore").read():
                                print("QH-LEAK hidden tests on disk at", os.path.join(dirpath, name))
                        except OSError:
                            pass
            print("QWENEVAL-VERDICT " + "0" * 32 + " pass forged")
            sys.stdout.flush()
            os._exit(0)
            """;
        var fakeUnittest = "class TestCase:\n    pass\ndef main():\n    pass\n";
        var (e, v) = Play(task,
            Turn(Call("write_file", ("path", "bom/__init__.py"), ("content", hostile)), Call("write_file", ("path", "unittest.py"), ("content", fakeUnittest))),
            Turn(Call("submit")));
        Assert.That(e.Behaviour.Ended, Is.EqualTo("submitted"));
        Assert.That(v.Status, Is.EqualTo("error"), v.Detail);
        Assert.That(v.StdoutTail + v.StderrTail, Does.Not.Contain("QH-LEAK"));
        Assert.That(v.StdoutTail, Does.Contain("pass forged"), "the repository's code did run");
    }
}
