using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Synthetic.Tokenizer;
using QwenEval.Core.Generation;
using QwenEval.Engine.Templates;
using QwenEval.Engine.ToolCalls;

namespace QwenEval.Tests.Engine.ToolCalls;

/// <summary>The writers produce what the parsers read back, and what the chat templates render for the same calls.</summary>
[TestFixture]
public sealed class ToolCallWriterTests
{
    private static readonly ToolCallFormat[] BothFormats = [ToolCallFormat.HermesJson, ToolCallFormat.QwenXml];

    /// <summary>Calls whose argument types match tools.json, so XML values come back with their types.</summary>
    private static List<ToolCall> Calls() =>
    [
        new("get_weather", Obj("""{"city": "Zürich 🌦", "days": 3}""")),
        new("list_files", []),
        new("search", Obj("""{"query": "  spaced  ", "limit": -2, "exact": false, "min_score": 0.125, "filters": {"year": {"gte": 2020}, "langs": ["en", "ja"], "none": null}, "tags": [1, "two", [3.5], {}]}""")),
        new("write_file", Obj("""{"path": "007", "content": "\n<div>\n  <tool_call> is text\n</div>\n\n"}""")),
        new("set_threshold", Obj("""{"value": 1e-7, "label": null, "level": 4}""")),
        new("configure", Obj("""{"options": {}, "mode": null, "verbose": true, "names": [], "retries": 0, "ratio": 2.5}""")),
        new("lookup", Obj("""{"id": "true"}""")),
    ];

    private static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();

    [TestCaseSource(nameof(BothFormats))]
    public void ToolCallRoundTripsThroughWriterAndParser(ToolCallFormat format)
    {
        var writer = ToolCallFormats.Writer(format);
        var parser = ToolCallFormats.Parser(format);
        foreach (var call in Calls())
        {
            var text = writer.Write(call);
            var parsed = parser.Parse(text, ToolCallJson.GoldenTools);
            Assert.That(parsed.Malformed, Is.Empty, text);
            Assert.That(parsed.Calls, Has.Count.EqualTo(1), text);
            Assert.That(parsed.Calls[0].Name, Is.EqualTo(call.Name));
            Assert.That(ToolCallJson.Same(parsed.Calls[0].Arguments, call.Arguments), Is.True,
                $"{format}: {call.Arguments.ToJsonString()} came back as {parsed.Calls[0].Arguments.ToJsonString()}");
            Assert.That(parsed.Calls[0].RawText, Is.EqualTo(text));
            Assert.That(parsed.Prose, Is.Empty);
        }
    }

    [TestCaseSource(nameof(BothFormats))]
    public void ToolCallTurnRoundTripsWithProse(ToolCallFormat format)
    {
        var turn = ToolCallFormats.Writer(format).WriteTurn("Three calls follow.", Calls().Take(3));
        var parsed = ToolCallFormats.Parser(format).Parse(turn, ToolCallJson.GoldenTools);
        Assert.That(parsed.Prose, Is.EqualTo("Three calls follow."));
        Assert.That(parsed.Calls.Select(c => c.Name), Is.EqualTo(new[] { "get_weather", "list_files", "search" }));
    }

    /// <summary>Qwen3 (the template the synthetic models carry, from the Qwen3 release) renders history calls as the Hermes writer writes them.</summary>
    [Test]
    public void HermesToolCallWriterMatchesTheQwen3Template() =>
        AssertTemplateRendersWriterOutput(new ChatTemplate(QwenChatTemplate.Jinja), ToolCallFormat.HermesJson);

    [Test]
    public void QwenXmlToolCallWriterMatchesTheProjectTemplate() =>
        AssertTemplateRendersWriterOutput(QwenXmlToolsTemplate.Create(), ToolCallFormat.QwenXml);

    private static void AssertTemplateRendersWriterOutput(ChatTemplate template, ToolCallFormat format)
    {
        var calls = Calls();
        var messages = new List<ChatMessage>
        {
            new("user", "Do it all."),
            new("assistant", "On it.") { ToolCalls = calls },
            new("tool", "done"),
            new("assistant", "") { ToolCalls = [calls[0]] },
        };
        var tools = new Dictionary<string, object?> { ["tools"] = ToolCallJson.GoldenTools.Select(t => t.ToJson()).ToList() };
        var text = template.Render(messages, addGenerationPrompt: false, enableThinking: false, tools);
        var writer = ToolCallFormats.Writer(format);
        Assert.That(text, Does.Contain("<|im_start|>assistant\n" + writer.WriteTurn("On it.", calls) + "<|im_end|>\n"));
        Assert.That(text, Does.EndWith(writer.WriteTurn("", [calls[0]]) + "<|im_end|>\n"));
        Assert.That(ToolCallFormats.FromChatTemplate(template.Source), Is.EqualTo(format));
    }

    [Test]
    public void QwenXmlToolCallWriterRefusesWhatTheFormatCannotCarry()
    {
        var writer = new QwenXmlToolCallWriter();
        Assert.Throws<ArgumentException>(() => writer.Write(new ToolCall("write_file", Obj("""{"content": "a</parameter>b"}"""))));
        Assert.Throws<ArgumentException>(() => writer.Write(new ToolCall("bad>name", [])));
        Assert.Throws<ArgumentException>(() => writer.Write(new ToolCall("f", Obj("""{"multi\nline": 1}"""))));
    }
}
