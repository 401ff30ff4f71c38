using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core.Generation;
using QwenEval.Engine.ToolCalls;

namespace QwenEval.Tests.Engine.ToolCalls;

/// <summary>
/// Every golden in Tests/Goldens/tool_calls/{hermes,xml}: NAME.txt parsed with that format's parser (with tools.json
/// when the golden says so) must give NAME.json's prose, reasoning, calls and malformed calls (kind and name).
/// </summary>
[TestFixture]
public sealed class ToolCallGoldenTests
{
    private static readonly string[] Formats = ["hermes", "xml"];

    public static IEnumerable<TestCaseData> Goldens() =>
        Formats.SelectMany(format => Directory.GetFiles(Path.Combine(ToolCallJson.GoldenDir, format), "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(name => new TestCaseData(format, name).SetArgDisplayNames($"{format}/{name}")));

    private static IToolCallParser ParserFor(string format) =>
        ToolCallFormats.Parser(format == "xml" ? ToolCallFormat.QwenXml : ToolCallFormat.HermesJson);

    [TestCaseSource(nameof(Goldens))]
    public void ParsesLikeTheGolden(string format, string name)
    {
        var folder = Path.Combine(ToolCallJson.GoldenDir, format);
        var text = File.ReadAllText(Path.Combine(folder, name + ".txt"));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name + ".json")))!.AsObject();
        var tools = expected["tools"]!.GetValue<bool>() ? ToolCallJson.GoldenTools : null;

        var result = ParserFor(format).Parse(text, tools);

        Assert.Multiple(() =>
        {
            Assert.That(result.Prose, Is.EqualTo(expected["prose"]!.GetValue<string>()), "prose");
            Assert.That(result.Reasoning, Is.EqualTo(expected["reasoning"]!.GetValue<string>()), "reasoning");
            var calls = expected["calls"]!.AsArray();
            Assert.That(result.Calls.Select(c => c.Name), Is.EqualTo(calls.Select(c => c!["name"]!.GetValue<string>())), "call names");
            foreach (var (call, want) in result.Calls.Zip(calls))
                Assert.That(ToolCallJson.Same(call.Arguments, want!["arguments"]), Is.True,
                    $"arguments of {call.Name}: got {call.Arguments.ToJsonString()}, expected {want["arguments"]!.ToJsonString()}");
            var malformed = expected["malformed"]!.AsArray();
            Assert.That(result.Malformed.Select(m => (ToolCallJson.KindName(m.Kind), m.Name)),
                Is.EqualTo(malformed.Select(m => (m!["kind"]!.GetValue<string>(), m["name"]?.GetValue<string>()))),
                "malformed (kind, name): " + string.Join("; ", result.Malformed.Select(m => m.Reason)));
            // Raw texts are the blocks as written: each starts at <tool_call>, and a closed one ends with </tool_call>.
            foreach (var raw in result.Calls.Select(c => c.RawText!).Concat(result.Malformed.Select(m => m.RawText)))
            {
                Assert.That(raw, Does.StartWith("<tool_call>"));
                Assert.That(text, Does.Contain(raw));
            }
            foreach (var call in result.Calls) Assert.That(call.RawText, Does.EndWith("</tool_call>"));
        });
    }

    [Test]
    public void GoldenSetCoversBothFormatsAndEveryMalformedKind()
    {
        var byFormat = Goldens().GroupBy(c => (string)c.Arguments[0]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(byFormat["hermes"], Is.GreaterThanOrEqualTo(50));
        Assert.That(byFormat["xml"], Is.GreaterThanOrEqualTo(50));
        var kinds = Formats
            .SelectMany(f => Directory.GetFiles(Path.Combine(ToolCallJson.GoldenDir, f), "*.json"))
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file))!["malformed"]!.AsArray().Select(m => m!["kind"]!.GetValue<string>()))
            .ToHashSet();
        Assert.That(kinds, Is.EquivalentTo(Enum.GetValues<MalformedKind>().Select(ToolCallJson.KindName)));
    }
}
