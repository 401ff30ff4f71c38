using NUnit.Framework;
using QwenEval.Synthetic.Tokenizer;
using QwenEval.Engine.Templates;
using QwenEval.Core.Generation;
using QwenEval.Engine.ToolCalls;
using QwenEval.Tests.Engine.Templates;

namespace QwenEval.Tests.Engine.ToolCalls;

/// <summary>Parser behaviour the goldens do not show directly: format choice, raw texts, reasons, typed conversion.</summary>
[TestFixture]
public sealed class ToolCallParserTests
{
    [Test]
    public void ToolCallFormatComesFromTheChatTemplate()
    {
        Assert.That(ToolCallFormats.FromChatTemplate(QwenXmlToolsTemplate.Jinja), Is.EqualTo(ToolCallFormat.QwenXml));
        Assert.That(ToolCallFormats.FromChatTemplate(QwenChatTemplate.Jinja), Is.EqualTo(ToolCallFormat.HermesJson));
        var chatml = File.ReadAllText(Path.Combine(GoldenFiles.GoldenDir, "templates", "chatml.jinja"));
        Assert.That(ToolCallFormats.FromChatTemplate(chatml), Is.Null);
        Assert.That(ToolCallFormats.FromChatTemplate("{{ '<tool_call>\\n<function=' + name + '>' }}"), Is.EqualTo(ToolCallFormat.QwenXml));
    }

    [Test]
    public void ToolCallParsersAndWritersReportTheirFormat()
    {
        foreach (var format in Enum.GetValues<ToolCallFormat>())
        {
            Assert.That(ToolCallFormats.Parser(format).Format, Is.EqualTo(format));
            Assert.That(ToolCallFormats.Writer(format).Format, Is.EqualTo(format));
        }
    }

    [Test]
    public void TruncatedToolCallKeepsTheTextFromItsTag()
    {
        var result = new HermesToolCallParser().Parse("Checking.\n<tool_call>\n{\"name\": \"get_we");
        Assert.That(result.Malformed, Has.Count.EqualTo(1));
        Assert.That(result.Malformed[0].Kind, Is.EqualTo(MalformedKind.Truncated));
        Assert.That(result.Malformed[0].RawText, Is.EqualTo("<tool_call>\n{\"name\": \"get_we"));
        Assert.That(result.Malformed[0].Reason, Does.Contain("</tool_call>"));
    }

    [Test]
    public void UnknownToolCallNamesTheOfferedTools()
    {
        var text = "<tool_call>\n<function=rm>\n</function>\n</tool_call>";
        var offered = new QwenXmlToolCallParser().Parse(text, ToolCallJson.GoldenTools);
        Assert.That(offered.Malformed.Single().Reason, Does.Contain("get_weather"));
        Assert.That(new QwenXmlToolCallParser().Parse(text).Calls.Single().Name, Is.EqualTo("rm"));
        Assert.That(new QwenXmlToolCallParser().Parse(text, []).Malformed.Single().Kind, Is.EqualTo(MalformedKind.UnknownTool));
    }

    // expected: the JSON the value becomes, or null when it stays the text it was.
    [TestCase("7", """["integer"]""", "7")]
    [TestCase("7", """["string", "integer"]""", null)]
    [TestCase("007", """["integer"]""", "7")]
    [TestCase("1.5", """["integer", "number"]""", "1.5")]
    [TestCase("12345678901234567890", """["integer"]""", null)]
    [TestCase("1e400", """["number"]""", null)]
    [TestCase("True", """["boolean"]""", "true")]
    [TestCase("null", """["string"]""", null)]
    [TestCase("null", """["boolean"]""", "null")]
    [TestCase("[1]", """["object", "array"]""", "[1]")]
    [TestCase("{\"a\": 1, \"a\": 2}", """["object"]""", null)]
    [TestCase("x", """[]""", null)]
    public void ToolCallXmlValueTakesTheDeclaredType(string value, string typesJson, string? expectedJson)
    {
        var types = System.Text.Json.JsonSerializer.Deserialize<string[]>(typesJson)!;
        var converted = QwenXmlToolCallParser.Convert(value, types);
        if (expectedJson is null)
            Assert.That(converted?.GetValue<string>(), Is.EqualTo(value));
        else
            Assert.That(converted?.ToJsonString() ?? "null", Is.EqualTo(expectedJson));
    }

    [Test]
    public void ToolSpecReadsDeclaredTypes()
    {
        var configure = ToolCallJson.GoldenTools.Single(t => t.Name == "configure");
        Assert.That(configure.ParameterTypes("mode"), Is.EqualTo(new[] { "integer", "null" }));
        Assert.That(configure.ParameterTypes("missing"), Is.Empty);
        var threshold = ToolCallJson.GoldenTools.Single(t => t.Name == "set_threshold");
        Assert.That(threshold.ParameterTypes("label"), Is.EqualTo(new[] { "string", "null" }));
        Assert.That(ToolSpec.FromJson(threshold.ToJson()), Is.Not.Null.And.Property("Name").EqualTo("set_threshold"));
    }
}
