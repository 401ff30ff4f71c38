using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Backends.GenAi;

/// <summary>Kind "genai" end to end: the same answers as the built-in engine, and bad input stopped before any sample.</summary>
public sealed class GenAiKindTests
{
    private static readonly string Qwen2 = Path.Combine(TestPaths.Root, "models", "tiny-qwen2");
    private static readonly string Qwen35 = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");

    [Test]
    public void GenAiAndTheBuiltInEngineWriteTheSameAnswers()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var run = SmallRun.Run(dir, 4, $$"""
            [ { "name": "q2", "kind": "onnx", "path": "{{Qwen2}}" }, { "name": "q2-genai", "kind": "genai", "path": "{{Qwen2}}" },
              { "name": "q35", "kind": "onnx", "path": "{{Qwen35}}" }, { "name": "q35-genai", "kind": "genai", "path": "{{Qwen35}}", "threads": 1 } ]
            """, extra: """, "max_new_tokens": 96""");
        var samples = File.ReadAllLines(Path.Combine(run, "samples.jsonl")).Select(l => JsonNode.Parse(l)!).ToList();
        string Answers(string model) => string.Join("\n", samples.Where(s => (string)s["model"]! == model)
            .Select(s => $"{s["task_id"]} {s["raw_answer"]} {s["finish_reason"]} {s["generated_tokens"]}"));
        Assert.That(Answers("q2-genai"), Is.EqualTo(Answers("q2")).And.Not.Empty);
        Assert.That(Answers("q35-genai"), Is.EqualTo(Answers("q35")).And.Not.Empty);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(run, "run.json")))!;
        var genai = manifest["models"]!.AsArray().Single(m => (string)m!["name"]! == "q35-genai")!;
        Assert.That((string)genai["runtime"]!, Does.StartWith("ONNX Runtime GenAI 0.20").And.Contain("1 intra-op threads"));
    }

    [TestCase("""{ "name": "g", "kind": "genai", "path": "MODEL", "provider": "tpu" }""", "$.models[0].provider: is \"tpu\", not a provider GenAI knows")]
    [TestCase("""{ "name": "g", "kind": "genai", "path": "MODEL", "provider": "cuda" }""", "provider \"cuda\" is not in the ONNX Runtime GenAI library of this build (Cpu)")]
    [TestCase("""{ "name": "g", "kind": "genai", "path": "MODEL/nowhere" }""", "$.models[0].path: \"")]
    public void BadGenAiInputIsExitTwoBeforeAnySample(string model, string expected)
    {
        using var dir = new TempDir();
        SmallRun.Suite(dir, 1);
        var config = dir.File("eval.config.json", $$"""{ "suite": "suite", "models": [ {{model.Replace("MODEL", Qwen2)}} ] }""");
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, "runs"));
        Assert.That(exit, Is.EqualTo(2), err);
        Assert.That(err, Does.Contain(expected));
        Assert.That(Directory.Exists(Path.Combine(dir.Path, "runs")), Is.False, "nothing was generated or written");
    }

    [Test]
    public void AFolderGenAiRefusesIsExitTwoBeforeAnySample()
    {
        using var dir = new TempDir();
        SmallRun.Suite(dir, 1);
        var folder = Path.Combine(dir.Path, "emb");
        var (synth, _, synthErr) = Cli.Run("models", "synth", "--arch", "qwen3_5", "--embedding-model", "--out", folder);
        Assert.That(synth, Is.EqualTo(0), synthErr);
        var config = Path.Combine(folder, "genai_config.json");
        var json = JsonNode.Parse(File.ReadAllText(config))!;
        json["model"]!.AsObject().Remove("vision");
        File.WriteAllText(config, json.ToJsonString());
        var eval = dir.File("eval.config.json", $$"""{ "suite": "suite", "models": [ { "name": "g", "kind": "genai", "path": "{{folder}}" } ] }""");
        var (exit, _, err) = Cli.Run("run", "--config", eval, "--output", Path.Combine(dir.Path, "runs"));
        Assert.That(exit, Is.EqualTo(2), err);
        Assert.That(err, Does.Contain("$.model.vision.filename"));
        var (doctor, @out, _) = Cli.Run("doctor", "--model", folder, "--runtime", "genai");
        Assert.That(doctor, Is.EqualTo(2));
        Assert.That(@out, Does.Contain("genai").And.Contain("refuses the folder without a vision model"));
    }

    /// <summary>The native GenAI package is one MSBuild property; the Cuda and DirectML packages are not served here, so the project is evaluated, not restored.</summary>
    [TestCase("Cpu", "Microsoft.ML.OnnxRuntimeGenAI")]
    [TestCase("Cuda", "Microsoft.ML.OnnxRuntimeGenAI.Cuda")]
    [TestCase("DirectML", "Microsoft.ML.OnnxRuntimeGenAI.DirectML")]
    public void TheGenAiFlavorPicksTheNativePackage(string flavor, string package)
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "msbuild", Path.Combine(TestPaths.Root, "Engine", "Engine.csproj"), "-getItem:PackageReference", $"-p:GenAIFlavor={flavor}" })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.EqualTo(0), output);
        var ids = JsonDocument.Parse(output).RootElement.GetProperty("Items").GetProperty("PackageReference").EnumerateArray()
            .Select(i => i.GetProperty("Identity").GetString()).ToList();
        Assert.That(ids, Does.Contain(package).And.Contain("Microsoft.ML.OnnxRuntimeGenAI.Managed"));
        Assert.That(ids.Count(i => i!.StartsWith("Microsoft.ML.OnnxRuntimeGenAI", StringComparison.Ordinal) && i != "Microsoft.ML.OnnxRuntimeGenAI.Managed"), Is.EqualTo(1));
    }
}
