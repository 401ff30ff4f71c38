using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Execution;

/// <summary>The execution verbs end to end: `tasks validate` on hostile and unsandboxed suites, `bench sandbox`.</summary>
public sealed class ExecutionCliTests
{
    private static readonly string[] HostileCanonicals =
    [
        "fork_bomb", "setsid_double_fork", "sleeping_children", "write_outside", "network_loopback", "secret_files",
        "fake_verdict_printed", "nonce_hunt", "patched_builtins", "output_flood", "signal_parent",
    ];

    /// <summary>A suite whose canonical solutions are hostile programs (and one honest task): validation must fail, and only that.</summary>
    [Test]
    public void ValidatingAHostileSuiteFailsWithoutHarmingTheHost()
    {
        Sandboxes.Bubblewrap();
        using var bait = new HostBait();
        using var dir = new TempDir();
        using var hostDir = new TempDir();
        var prelude = File.ReadAllText(Path.Combine(HostileProgramTests.Folder, "_prelude.py"));
        dir.File("suite/suite.json", """{ "name": "hostile", "version": "1", "language": "python" }""");
        var markers = new List<string>();
        foreach (var name in HostileCanonicals.Append("honest"))
        {
            var marker = "qh" + Guid.NewGuid().ToString("N")[..13];
            markers.Add(marker);
            var solution = name == "honest"
                ? HostileProgramTests.Add.Solution
                : bait.Fill(prelude + "\n" + File.ReadAllText(Path.Combine(HostileProgramTests.Folder, name + ".py")), marker, hostDir.Path);
            var id = name.Replace('_', '-');
            dir.File($"suite/tasks/{id}/task.json",
                $$"""{ "id": "{{id}}", "title": "{{name}}", "entry_point": "add", "difficulty": "easy", "tags": ["hostile"], "time_budget_s": 1 }""");
            dir.File($"suite/tasks/{id}/prompt.py", HostileProgramTests.Add.Prompt);
            dir.File($"suite/tasks/{id}/solution.py", solution);
            dir.File($"suite/tasks/{id}/tests.py", HostileProgramTests.Add.Tests);
            dir.File($"suite/tasks/{id}/decoys/minus.py", "def add(a, b):\n    return a - b\n");
        }

        var (exit, stdout, err) = Cli.Run("tasks", "validate", "--suite", Path.Combine(dir.Path, "suite"));

        Assert.That(exit, Is.EqualTo(ExitCodes.GateFailed), stdout + err);
        foreach (var name in HostileCanonicals)
            Assert.That(stdout, Does.Match($@"VIOLATION .*{name.Replace('_', '-')}/solution\.py: canonical solution does not pass"), name);
        Assert.That(stdout, Does.Not.Contain("honest/solution.py"), "the honest task validates");
        Assert.That(stdout, Does.Contain("(sandbox: bubblewrap)"));
        Assert.That(stdout + err, Does.Not.Contain("QH-LEAK"));
        foreach (var secret in bait.Secrets) Assert.That(stdout + err, Does.Not.Contain(secret));
        foreach (var marker in markers)
        {
            Assert.That(HostileProgramTests.Survivors(marker), Is.Empty, "no process of the suite survives");
            foreach (var p in HostileProgramTests.HostPaths(marker)) Assert.That(Path.Exists(p), Is.False, p);
        }
        Assert.That(Directory.EnumerateFileSystemEntries(hostDir.Path), Is.Empty);
        Assert.That(bait.Touched(), Is.Empty);
    }

    [Test]
    public void ValidatingUnsandboxedSaysSo()
    {
        using var dir = new TempDir();
        var suite = SmallRun.Suite(dir, 1);
        var (exit, stdout, err) = Cli.Run("tasks", "validate", "--suite", suite, "--unsafe-no-sandbox");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), stdout + err);
        Assert.That(stdout, Does.Contain("sandbox: NONE (--unsafe-no-sandbox)"));
        Assert.That(stdout, Does.Contain("UNSANDBOXED: validated without isolation"));
    }

    [Test]
    public void BenchSandboxReportsThroughputOfBothSidesAndTheirRatio()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = SmallRun.Suite(dir, 3);
        var (exit, stdout, err) = Cli.Run("bench", "sandbox", "--suite", suite, "--json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        var r = JsonNode.Parse(stdout)!;
        Assert.That((string?)r["sandbox"], Is.EqualTo("bubblewrap"));
        foreach (var side in new[] { "sandboxed", "in_process" })
        {
            Assert.That((int)r[side]!["programs"]!, Is.EqualTo(3), side);
            Assert.That((int)r[side]!["passed"]!, Is.EqualTo(3), side);
            Assert.That((double)r[side]!["programs_per_second"]!, Is.GreaterThan(0), side);
        }
        Assert.That((double)r["ratio"]!, Is.GreaterThan(0));
        Assert.That((double)r["target"]!, Is.EqualTo(0.5));

        (exit, stdout, _) = Cli.Run("bench", "sandbox", "--suite", suite);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(stdout, Does.Contain("programs/s").And.Contain("ratio sandboxed / in-process"));
    }

    [Test]
    public void BenchIsAVerbWithSubcommands()
    {
        var bench = CliApp.Build().Subcommands.Single(c => c.Name == "bench");
        Assert.That(bench.Subcommands.Select(c => c.Name), Does.Contain("sandbox"));
    }
}
