using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Reports;

namespace QwenEval.Tests.Reports;

/// <summary>summary.md and results.json: every figure a reader needs, in the order and layout they expect.</summary>
public sealed class SummaryAndResultsTests
{
    [Test]
    public void SummaryListsDifficultiesEasyMediumHardAndSaysWhyAFootprintIsMissing()
    {
        var input = ReportFixtures.NineModels();
        var md = SummaryMarkdown.Render(input, ReportFixtures.Scores(input));
        var rows = md.Split('\n').Where(l => l.StartsWith("| easy |", StringComparison.Ordinal) || l.StartsWith("| medium |", StringComparison.Ordinal)
                                            || l.StartsWith("| hard |", StringComparison.Ordinal)).Select(l => l.Split('|')[1].Trim()).ToList();
        Assert.That(rows, Is.EqualTo(new[] { "easy", "medium", "hard" }));
        Assert.That(md, Does.Contain("Footprint –: reference, decoy (pseudo-model: no weights); served-7b (served over HTTP: the server's memory is not measured)."));
        Assert.That(md, Does.Contain("| reference | reference | 100.0% |"));
        Assert.That(md, Does.Contain("| none: no task passed |"), "a zero-width bootstrap is said, not printed as 0.0–0.0%");
        Assert.That(md, Does.Contain("- suite qwen-coding-v1 v1.1.0 (208 tasks, hash c582d9a995ed)"));
        Assert.That(md, Does.Contain("| 18/18 |"), "judged of planned samples");
    }

    [Test]
    public void ResultsJsonHasLmEvalsLayoutPerModelAndEveryFigure()
    {
        var input = ReportFixtures.NineModels();
        var json = JsonNode.Parse(ResultsJson.Render(input, ReportFixtures.Scores(input)).ToJsonString(ResultsJson.Options))!;
        Assert.That((string?)json["interval_charted"], Is.EqualTo("bootstrap"));
        Assert.That(json["provenance"]![0]!["suite_hash"]!.GetValue<string>(), Does.StartWith("c582d9a995ed"));
        var reference = json["models"]!["reference"]!;
        Assert.That((string?)reference["model_name"], Is.EqualTo("reference"));
        Assert.That((double)reference["results"]!["qwen-coding-v1"]!["pass@1,none"]!, Is.EqualTo(1.0));
        Assert.That(reference["results"]!["qwen-coding-v1"]!.AsObject().ContainsKey("pass@1_stderr,none"));
        Assert.That((int)reference["n-samples"]!["qwen-coding-v1"]!["effective"]!, Is.EqualTo(18));
        Assert.That((string?)reference["footprint"]!["missing"], Is.EqualTo("pseudo-model: no weights"));
        Assert.That((long)json["models"]!["tiny-qwen4"]!["footprint"]!["bytes"]!, Is.EqualTo(900L << 20));
        var tiny = json["models"]!["tiny-qwen5"]!;
        Assert.That(tiny["intervals"]!["wilson_95"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(tiny["statuses"]!.AsObject().Select(p => p.Key), Does.Contain("truncated").And.Contain("no_code"));
        Assert.That(tiny["speed"]!["decode_tokens_per_s"], Is.Not.Null);
        Assert.That(tiny["breakdown"]!["difficulty"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "easy", "medium", "hard" }));
        Assert.That(tiny["pass_at_k"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "1", "2" }));
    }
}
