using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Engine.Onnx;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Harness;

/// <summary>`qweneval generate` output and exit codes (bench is timing, so only its argument checks are tested).</summary>
[NonParallelizable]
public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Console.Out;
        var previousError = Console.Error;
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = CliApp.Run(args, error);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previous);
            Console.SetError(previousError);
        }
    }

    [Test]
    public void GeneratePrintsTheSequence()
    {
        var (code, output, _) = Run("generate", "--model", Fixtures.Model(Fixtures.Gpt2), "--ids", "0,0,0,52", "--max-length", "10", "--threads", "1");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output.Trim(), Is.EqualTo("0,0,0,52,204,204,204,204,204,204"));
    }

    [Test]
    public void GenerateJsonHasIdsAndNullText()
    {
        var (code, output, _) = Run("generate", "--model", Fixtures.Model(Fixtures.Gpt2), "--ids", "0,0,195,731", "--max-length", "6", "--json");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output.Trim(), Is.EqualTo("{\"ids\":[0,0,195,731,731,114],\"text\":null}"));
    }

    [Test]
    public void GenerateOnACudaConfigWarnsAndRunsOnCpu()
    {
        var (code, output, error) = Run("generate", "--model", Fixtures.Model(Fixtures.Qwen35Cuda), "--ids", "10,20,30,40", "--max-length", "10", "--json");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok));
        Assert.That(error, Does.Contain("cuda"));
        Assert.That(output, Does.StartWith("{\"ids\":[10,20,30,40,"));
    }

    [TestCase("--ids", "1,x")]
    [TestCase("--prompt", "hello")]
    [TestCase("--ids", "1,2,3,4,5,6,7,8,9,10,11,12")]
    public void GenerateInputErrorsExit2(string option, string value)
    {
        var (code, _, error) = Run("generate", "--model", Fixtures.Model(Fixtures.Gpt2), option, value, "--max-length", "10");
        Assert.That(code, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(error, Does.StartWith("error: "));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public void GenerateNeedsExactlyOnePromptForm()
    {
        Assert.That(Run("generate", "--model", "x").Code, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(Run("generate", "--model", "x", "--ids", "1", "--prompt", "a").Code, Is.EqualTo(ExitCodes.UsageOrInput));
    }

    [Test]
    public void BadModelFolderExits2NamingTheFile()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Gpt2);
        File.WriteAllText(Path.Combine(dir, "genai_config.json"), File.ReadAllText(Path.Combine(dir, "genai_config.json")).Replace("gpt2", "whisper"));
        var (code, _, error) = Run("generate", "--model", dir, "--ids", "1,2");
        Fixtures.DeleteTempCopies();
        Assert.That(code, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(error, Does.Contain("genai_config.json").And.Contain("$.model.type"));
        Assert.That(Run("bench", "--model", Fixtures.Model(Fixtures.Gpt2), "--tokens", "3").Code, Is.EqualTo(ExitCodes.UsageOrInput));
    }

    [Test]
    public void BenchJsonHasTheGenAiRatiosAndTheDrawReuseFigures()
    {
        var tiny = Path.Combine(QwenEval.Tests.Support.TestPaths.Root, "models", "tiny-qwen35");
        var (code, stdout, error) = Run("bench", "--model", tiny, "--tokens", "16", "--rounds", "1", "--draws", "3", "--draw-tokens", "8", "--turns", "3", "--threads", "1", "--json");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        var json = System.Text.Json.Nodes.JsonNode.Parse(stdout)!;
        foreach (var ratio in new[] { "decode_ratio", "prefill_ratio", "rss_ratio" })
            Assert.That(json["genai"]![ratio]!.GetValue<double>(), Is.GreaterThan(0), ratio);
        // Both runtimes prefill the timed prompt (a kept state would skip it after the warm-up's identical prompt).
        Assert.That(json["genai"]!["prefill_ratio"]!.GetValue<double>(), Is.LessThan(20), "the built-in engine did not prefill the timed prompt");
        var reuse = json["draw_reuse"]!;
        Assert.That(reuse["draws"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(reuse["new_tokens"]!.GetValue<int>(), Is.EqualTo(8));
        Assert.That(reuse["identical"]!.GetValue<bool>(), Is.True, "prompt reuse changed a draw");
        Assert.That(reuse["with_reuse_tokens_per_s"]!.GetValue<double>(), Is.GreaterThan(0));
        var turns = json["turn_reuse"]!;
        Assert.That(turns["turns"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(turns["prompt_tokens_run_with_reuse"]!.GetValue<long>(), Is.LessThan(turns["prompt_tokens_run_without_reuse"]!.GetValue<long>() * 2 / 3));
        Assert.That(turns["identical"]!.GetValue<bool>(), Is.True, "on this fp32 folder a continuation gives the same answers");
    }

    /// <summary>A folder without a chat template (the GenAI fixtures) skips the conversation part, saying why, and the bench goes on.</summary>
    [Test]
    public void BenchOnAFolderWithoutAChatTemplateSkipsTheConversation()
    {
        var (code, stdout, error) = Run("bench", "--model", Fixtures.Model(Fixtures.Gpt2), "--tokens", "16", "--rounds", "0", "--draws", "2", "--draw-tokens", "4", "--threads", "1");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(stdout, Does.Contain("prompt reuse across draws").And.Contain("state kept across turns: skipped").And.Contain("chat_template"));
    }
}
