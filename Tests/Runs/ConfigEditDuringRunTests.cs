using System.Diagnostics;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>A run is decided by the config as it was read at start: the model's worker is told what to load and never reads the file.</summary>
public sealed class ConfigEditDuringRunTests
{
    [Test]
    [Category("Slow")]
    public void EditingTheConfigWhileAModelGeneratesChangesNothingInThatRun()
    {
        Sandboxes.Bubblewrap();
        var qwen2 = Path.Combine(TestPaths.Root, "models", "tiny-qwen2");
        var qwen35 = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        // Two models: the edit lands while the first generates, before the second's worker starts.
        string Models(string second) =>
            $$"""[ { "name": "first", "kind": "onnx", "path": "{{qwen2}}", "threads": 1 }, { "name": "second", "kind": "onnx", "path": "{{second}}", "threads": 1 } ]""";
        string Config(string second, int tokens) => $$"""{ "suite": "suite", "max_new_tokens": {{tokens}}, "models": {{Models(second)}} }""";

        using var edited = new TempDir();
        SmallRun.Suite(edited, 10);
        var configFile = edited.File("eval.config.json", Config(qwen35, 256));
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { typeof(QwenEval.Harness.Cli.CliApp).Assembly.Location, "run", "--config", configFile, "--output", Path.Combine(edited.Path, "runs") })
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        using var run = Process.Start(psi)!;
        var stderr = run.StandardError.ReadToEndAsync();
        // Edit as soon as the worker has answered its first request: the model, its length limit, everything.
        var editedWhileGenerating = false;
        while (run.StandardOutput.ReadLine() is { } line)
        {
            if (!editedWhileGenerating && line.Contains("[first]") && line.Contains("tok/s"))
            {
                File.WriteAllText(configFile, Config(qwen2, 8));
                editedWhileGenerating = true;
            }
        }
        run.WaitForExit();
        Assert.That(run.ExitCode, Is.EqualTo(0), stderr.Result);
        Assert.That(editedWhileGenerating, "the config was edited while the model generated");

        using var clean = new TempDir();
        var cleanRun = SmallRun.Run(clean, 10, Models(qwen35), extra: """, "max_new_tokens": 256""");
        var editedRun = Directory.GetDirectories(Path.Combine(edited.Path, "runs")).Single();
        Assert.That(File.ReadAllText(Path.Combine(editedRun, "samples.jsonl")), Is.EqualTo(File.ReadAllText(Path.Combine(cleanRun, "samples.jsonl"))),
            "the edited run's answers are those of the config it started with");
    }
}
