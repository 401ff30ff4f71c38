using System.Text.Json;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Engine.Catalog;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Harness;
public class ModelsCommandTests
{
    private const long GiB = 1L << 30;

    [TestCase("32GB", 32 * GiB)]
    [TestCase("64 GiB", 64 * GiB)]
    [TestCase("24576MB", 24 * GiB)]
    [TestCase("24576 mib", 24 * GiB)]
    [TestCase("0.5TB", 512 * GiB)]
    [TestCase("16", 16 * GiB)]
    public void ParsesMemorySizesInBinaryUnits(string text, long bytes) =>
        Assert.That(MemorySize.Parse(text), Is.EqualTo(bytes));

    [TestCase("32XB", "unknown unit \"XB\"")]
    [TestCase("lots", "not a memory size")]
    [TestCase("", "not a memory size")]
    [TestCase("-8GB", "not a memory size")]
    [TestCase("512KB", "too small")]
    [TestCase("5000TB", "larger than 1 PiB")]
    public void RejectsBadMemorySizesWithExitCode2(string text, string message)
    {
        var (exit, _, err) = Cli.Run("models", "fit", "--memory", text);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput), err);
        Assert.That(err, Does.Contain("--memory").And.Contain(message));
        Assert.That(err, Does.Not.Contain("   at "), "no stack trace for an input error");
    }

    [Test]
    public void FitTableCountsTheGpuShareAndAlwaysShows27bAnd35b()
    {
        var (exit, stdout, err) = Cli.Run("models", "fit", "--memory", "32GB", "--context", "8192", "--json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("memory_bytes").GetInt64(), Is.EqualTo(32 * GiB));
        // 2/3 of unified memory up to 32 GB (Reports/Charts/MemoryBudget).
        Assert.That(root.GetProperty("gpu_share_bytes").GetInt64(), Is.EqualTo(32 * GiB * 2 / 3).Within(1));
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows, Has.Count.EqualTo(8 * 3));
        Assert.That(rows.Select(r => r.GetProperty("format").GetString()).Distinct(), Is.EqualTo(new[] { "int4", "int8", "fp16" }));
        string Fits(string model, string format) =>
            rows.Single(r => r.GetProperty("model").GetString() == model && r.GetProperty("format").GetString() == format).GetProperty("fits").GetString()!;
        Assert.That(Fits("Qwen3.5-0.8B", "int4"), Is.EqualTo("yes"));
        Assert.That(Fits("Qwen3.5-397B-A17B", "int4"), Is.EqualTo("no"));
        Assert.That(Fits("Qwen3.5-27B", "fp16"), Is.EqualTo("no"));
        Assert.That(rows.Where(r => r.GetProperty("highlighted").GetBoolean()).Select(r => r.GetProperty("model").GetString()).Distinct(),
            Is.EqualTo(new[] { "Qwen3.5-27B", "Qwen3.5-35B-A3B" }));
        foreach (var r in rows)
        {
            var parts = new[] { "weight_bytes", "kv_cache_bytes", "state_bytes", "activation_bytes", "runtime_bytes" }.Sum(p => r.GetProperty(p).GetInt64());
            Assert.That(r.GetProperty("predicted_bytes").GetInt64(), Is.EqualTo(parts));
        }

        // 3/4 above 32 GB; with --fitting-only the claim's models still show.
        var (_, big, _) = Cli.Run("models", "fit", "--memory", "64 GiB", "--fitting-only", "--json");
        using var bigDoc = JsonDocument.Parse(big);
        Assert.That(bigDoc.RootElement.GetProperty("gpu_share_bytes").GetInt64(), Is.EqualTo(48 * GiB));
        var names = bigDoc.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("model").GetString()).ToHashSet();
        Assert.That(names, Does.Contain("Qwen3.5-27B").And.Contain("Qwen3.5-35B-A3B"));
        Assert.That(names, Does.Not.Contain("Qwen3.5-397B-A17B"));
    }

    [TestCase("64GiB")]
    [TestCase("64 GiB")]
    [TestCase("64", "GiB")]
    public void MemoryParsesWrittenTogetherQuotedOrAsTwoWords(params string[] memory)
    {
        var (exit, stdout, err) = Cli.Run(["models", "fit", "--memory", .. memory, "--json"]);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("memory_bytes").GetInt64(), Is.EqualTo(64 * GiB));
    }

    [Test]
    public void FitSaysWhichMachineItDescribesAndThatMacBudgetsAreAnAssumptionElsewhere()
    {
        var (_, given, _) = Cli.Run("models", "fit", "--memory", "64GB");
        var (_, here, _) = Cli.Run("models", "fit");
        Assert.That(given, Does.StartWith($"A machine of the --memory size (this one is {PlatformName.Current} with "));
        Assert.That(here, Does.StartWith($"This machine ({PlatformName.Current} with "));
        if (!OperatingSystem.IsMacOS())
            Assert.That(here.Split('\n')[0], Does.Contain("The Mac budgets below are an assumption"));
    }

    [Test]
    public void FitPrintsATableWithTheClaimsModelsMarked()
    {
        var (exit, stdout, err) = Cli.Run("models", "fit", "--memory", "64GB", "--formats", "int4");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        Assert.That(stdout, Does.Contain("48 GiB"));
        var lines = stdout.Split('\n');
        Assert.That(lines.Count(l => l.StartsWith("* Qwen3.5-", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(lines.Single(l => l.StartsWith("* Qwen3.5-27B ", StringComparison.Ordinal)), Does.Contain("int4"));
        var (bad, _, badErr) = Cli.Run("models", "fit", "--memory", "64GB", "--formats", "int3");
        Assert.That(bad, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(badErr, Does.Contain("\"int3\""));
        var (context, _, contextErr) = Cli.Run("models", "fit", "--memory", "64GB", "--context", "0");
        Assert.That(context, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(contextErr, Does.Contain("--context"));
    }

    [Test]
    public void ListShowsEveryModelWithItsFacts()
    {
        var (exit, stdout, err) = Cli.Run("models", "list");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        foreach (var m in Qwen35Catalog.All) Assert.That(stdout, Does.Contain(m.Name));
        Assert.That(stdout, Does.Contain("64 (48+16)").And.Contain("256×512 top-8 +512"));

        var (_, json, _) = Cli.Run("models", "list", "--json");
        using var doc = JsonDocument.Parse(json);
        var m27 = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Qwen3.5-27B");
        Assert.That(m27.GetProperty("hidden").GetInt32(), Is.EqualTo(5120));
        Assert.That(m27.GetProperty("linear_value_heads").GetInt32(), Is.EqualTo(48));
        Assert.That(m27.GetProperty("full_attention_layer_indices").GetArrayLength(), Is.EqualTo(16));
        Assert.That(m27.GetProperty("kv_bytes_per_token_fp32").GetInt64(), Is.EqualTo(128 * 1024));
        var moe = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("key").GetString() == "35b-a3b").GetProperty("moe");
        Assert.That(moe.GetProperty("experts").GetInt32(), Is.EqualTo(256));
        Assert.That(moe.GetProperty("active_experts").GetInt32(), Is.EqualTo(8));
    }
}
