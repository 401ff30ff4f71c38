using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Core.Generation;
using QwenEval.Reports;
using QwenEval.Reports.Agentic;
using QwenEval.Reports.Scoring;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Reports;

/// <summary>report.html's agentic section in headless Chromium: the behaviour table and grid are built, an episode opens as a transcript, and hostile model text stays text.</summary>
public sealed class AgenticReportChromiumTests
{
    private const string Hostile = "</script><img id=\"pwned\" src=x onerror=\"document.body.setAttribute('data-pwned','1')\"><script>document.body.setAttribute('data-pwned','2')</script>";

    private static string Render(TempDir dir)
    {
        var models = new[] { new ModelFacts("agent", "onnx", 1L << 30, 3L << 30) };
        var behaviour = new EpisodeBehaviour("submitted", 3, 4, 1, 1, 0, 0, 0, 1, 0, 0, 1, true, true, 900, 120, 500, 800, 1500);
        var messages = new List<ChatMessage>
        {
            new("system", "sys"), new("user", "the issue"),
            new("assistant", $"I will edit {Hostile}") { ToolCalls = [new ToolCall("edit_file", new JsonObject { ["path"] = "a.py", ["old_text"] = Hostile, ["new_text"] = "x" }) { Id = "c1" }] },
            new("tool", $"Edited a.py {Hostile}") { Name = "edit_file", ToolCallId = "c1" },
        };
        var episodes = new[]
        {
            new EpisodeOutcome("agent", "a_task", 0, SampleStatus.Pass, "", behaviour, messages, [$"<tool_call>{Hostile}"], $"--- a/a.py\n+++ b/a.py\n@@ -1 +1 @@\n-{Hostile}\n+x\n", "Ran 3 tests OK"),
            new EpisodeOutcome("agent", "b_task", 0, SampleStatus.Fail, "1 failed", behaviour with { Ended = "no_tool_call" }, messages, [], "", "FAIL"),
        };
        var tasks = new Dictionary<string, TaskFacts> { ["a_task"] = new("a_task", "easy", [], "bugfix"), ["b_task"] = new("b_task", "hard", [], "feature") };
        ReportWriter.Write(new ReportInput("agentic html", "suite", [], [], new Dictionary<string, TaskFacts>(), [], [32], [])
        {
            Agentic = new AgenticInput("agentic suite", models, episodes, tasks),
        }, dir.Path);
        return Path.Combine(dir.Path, "report.html");
    }

    [Test]
    public void EpisodeTranscriptIsShownAndHostileTextStaysText()
    {
        using var dir = new TempDir();
        var html = Render(dir);
        var dom = Chromium.DumpDom($"file://{html}#episode=agent/a_task/0");
        Assert.That(dom, Does.Contain("data-ready=\"true\""), "the report's own script still ran to the end");
        Assert.That(dom, Does.Contain("<tr data-model=\"agent\"><td>agent</td><td>50.0%</td>"));
        Assert.That(dom, Does.Contain("data-episode=\"agent/b_task/0\""));
        Assert.That(dom, Does.Contain("<pre class=\"call\">edit_file {"), "each tool call is shown");
        Assert.That(dom, Does.Contain("<pre class=\"diff\">--- a/a.py"));
        Assert.That(dom, Does.Contain("Ran 3 tests OK"));
        Assert.That(dom, Does.Not.Contain("data-pwned=\""), "no script from model text ran");
        Assert.That(dom, Does.Not.Contain("<img id=\"pwned\""), "no element from model text was created");
        Assert.That(dom, Does.Contain("&lt;img id=\"pwned\""), "model text is shown as text");
        Assert.That(File.ReadAllText(Path.Combine(dir.Path, "summary.md")), Does.Contain("| agent | 50.0% |"));
        Assert.That(File.ReadAllText(Path.Combine(dir.Path, "agentic.csv")), Does.StartWith("model,kind,resolved"));
    }
}
