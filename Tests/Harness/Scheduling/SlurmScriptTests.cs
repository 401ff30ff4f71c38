using System.Diagnostics;
using NUnit.Framework;
using QwenEval.Harness.Cli;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Harness.Scheduling;

/// <summary>The sbatch scripts `qweneval slurm` writes: what they ask of Slurm, and that they run a sharded run as written.</summary>
public sealed class SlurmScriptTests
{
    private static string Config(TempDir dir)
    {
        SmallRun.Suite(dir, 3);
        return dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ] }""");
    }

    private static (int Exit, string Out, string Err) Bash(string script, string? arrayTask = null)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        psi.Environment.Remove("SLURM_ARRAY_TASK_ID");
        if (arrayTask is not null) psi.Environment["SLURM_ARRAY_TASK_ID"] = arrayTask;
        psi.Environment["CI"] = "true";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.That(p.WaitForExit(300_000), Is.True, $"{script} finished");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Test]
    public void ScriptsAskForTheArrayAndResourcesAndCallThisBuildWithAbsolutePaths()
    {
        using var dir = new TempDir();
        var config = Config(dir);
        var scripts = Path.Combine(dir.Path, "scripts");
        var runs = Path.Combine(dir.Path, "runs");
        var (exit, stdout, err) = Cli.Run("slurm", "--config", config, "--array", "4", "--partition", "gpu", "--time", "01:30:00", "--mem", "4G",
            "--cpus-per-task", "2", "--output", runs, "--scripts", scripts);
        Assert.That(exit, Is.EqualTo(0), err);
        Assert.That(stdout, Does.Contain("--submit"));

        var shards = File.ReadAllText(Path.Combine(scripts, "shards.sbatch"));
        var dll = typeof(CliApp).Assembly.Location;
        Assert.That(shards, Does.StartWith("#!/bin/bash\n"));
        Assert.That(shards, Does.Contain("#SBATCH --array=0-3\n").And.Contain("#SBATCH --requeue\n").And.Contain("#SBATCH --open-mode=append\n")
            .And.Contain("#SBATCH --partition=gpu\n").And.Contain("#SBATCH --time=01:30:00\n").And.Contain("#SBATCH --mem=4G\n")
            .And.Contain("#SBATCH --cpus-per-task=2\n").And.Contain($"#SBATCH --output={scripts}/logs/shard-%a.log\n"));
        Assert.That(shards, Does.Contain($"'{dll}' 'run' '--config' '{config}' '--output' '{runs}' '--shard' 'env/4' '--timeouts' '{scripts}/timeouts.json'"));
        var runId = Path.GetFileName(stdout.Split('\n').Single(l => l.StartsWith("merged run folder: ", StringComparison.Ordinal)).Trim())
            .Replace(".merged", "", StringComparison.Ordinal);
        Assert.That(File.ReadAllText(Path.Combine(scripts, "calibrate.sbatch")), Does.Contain($"'calibrate' '--config' '{config}' '--out' '{scripts}/timeouts.json'"));
        var merge = File.ReadAllText(Path.Combine(scripts, "merge.sbatch"));
        Assert.That(merge, Does.Contain($"'merge' {string.Join(' ', Enumerable.Range(0, 4).Select(i => $"'{runs}/{runId}.shard-{i}-of-4'"))} '--out' '{runs}/{runId}.merged'"));
        Assert.That(Directory.Exists(Path.Combine(scripts, "logs")), "Slurm does not create the log folder itself");
        foreach (var script in Directory.GetFiles(scripts, "*.sbatch"))
        {
            var check = Process.Start("bash", ["-n", script]);
            check.WaitForExit();
            Assert.That(check.ExitCode, Is.EqualTo(0), $"{script} is valid bash");
        }
    }

    [Test]
    public void AGivenTableMeansNoCalibrationJobAndBadValuesAreInputErrors()
    {
        using var dir = new TempDir();
        var config = Config(dir);
        var scripts = Path.Combine(dir.Path, "scripts");
        var table = Path.Combine(dir.Path, "table.json");
        Assert.That(Cli.Run("slurm", "--config", config, "--array", "2", "--timeouts", table, "--scripts", scripts).Exit, Is.EqualTo(0));
        Assert.That(File.Exists(Path.Combine(scripts, "calibrate.sbatch")), Is.False);
        Assert.That(File.ReadAllText(Path.Combine(scripts, "shards.sbatch")), Does.Contain($"'--timeouts' '{table}'"));

        var (exit, _, err) = Cli.Run("slurm", "--config", config, "--array", "0", "--scripts", scripts);
        Assert.That((exit, err), Is.EqualTo((2, "error: --array 0: expected 1 to 10000 shards.\n")));
        (exit, _, err) = Cli.Run("slurm", "--config", config, "--array", "2", "--time", "1 hour", "--scripts", scripts);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--time '1 hour'").And.Contain("no spaces"));
    }

    [Test]
    [Category("Slow")]
    public void TheScriptsRunTheShardedRunAsWrittenWithoutSlurm()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var config = Config(dir);
        var scripts = Path.Combine(dir.Path, "scripts");
        var runs = Path.Combine(dir.Path, "runs");
        Assert.That(Cli.Run("slurm", "--config", config, "--array", "3", "--output", runs, "--scripts", scripts).Exit, Is.EqualTo(0));
        // What slurmd does with each script, minus the scheduling: the same bash, the array index in the environment.
        Assert.That(Bash(Path.Combine(scripts, "calibrate.sbatch")).Exit, Is.EqualTo(0));
        for (var i = 0; i < 3; i++)
        {
            var shard = Bash(Path.Combine(scripts, "shards.sbatch"), i.ToString());
            Assert.That(shard.Exit, Is.EqualTo(0), shard.Err);
        }
        var merge = Bash(Path.Combine(scripts, "merge.sbatch"));
        Assert.That(merge.Exit, Is.EqualTo(0), merge.Err);
        var merged = Directory.GetDirectories(runs).Single(d => d.EndsWith(".merged", StringComparison.Ordinal));
        Assert.That(File.ReadAllLines(Path.Combine(merged, "results.jsonl")), Has.Length.EqualTo(6));
        Assert.That(File.ReadAllLines(Path.Combine(merged, "metrics.csv"))[1..].Select(l => l.Split(',')[2]), Is.EqualTo(new[] { "1.0000", "0.0000" }));
    }
}
