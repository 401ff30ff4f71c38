using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core.Generation;
using QwenEval.Engine.Templates;
using QwenEval.Engine.ToolCalls;
using QwenEval.Runs;
using QwenEval.Tests.Engine.Templates;

namespace QwenEval.Tests.Engine.ToolCalls;

/// <summary>
/// ChatMessage carries tool conversations without changing how plain messages are stored, and chat templates see its
/// tool fields exactly as transformers passes them: every tool conversation in the Qwen goldens renders the same
/// through ChatMessage and ToolSpec as Jinja2 rendered the JSON.
/// </summary>
[TestFixture]
public sealed class ToolCallChatMessageTests
{
    private const string PlainSample =
        """{"model":"m","task_id":"t","sample_index":0,"seed":1,"messages":[{"role":"system","content":"s"},{"role":"user","content":"u \"q\" é"}],"raw_answer":"a","code":null,"finish_reason":"stop","prompt_tokens":1,"generated_tokens":2,"error":null,"thinking_tokens":0}""";

    [Test]
    public void PlainMessagesSerializeAsBeforeToolCalls()
    {
        Assert.That(JsonSerializer.Serialize(new ChatMessage("user", "hi"), JsonLines.Options), Is.EqualTo("""{"role":"user","content":"hi"}"""));
        var record = JsonSerializer.Deserialize<SampleRecord>(PlainSample, JsonLines.Options)!;
        Assert.That(JsonSerializer.Serialize(record, JsonLines.Options), Is.EqualTo(PlainSample));
    }

    [Test]
    public void ToolCallFieldsSerializeAndReadBack()
    {
        var call = new ToolCall("get_weather", new JsonObject { ["city"] = "Oslo", ["days"] = 2 }) { Id = "call_1" };
        var messages = new[]
        {
            new ChatMessage("assistant", "") { ToolCalls = [call], ReasoningContent = "need data" },
            new ChatMessage("tool", "3 °C") { Name = "get_weather", ToolCallId = "call_1" },
        };
        var json = JsonSerializer.Serialize(messages, JsonLines.Options);
        Assert.That(json, Is.EqualTo(
            """[{"role":"assistant","content":"","tool_calls":[{"name":"get_weather","arguments":{"city":"Oslo","days":2},"id":"call_1"}],"reasoning_content":"need data"},{"role":"tool","content":"3 °C","name":"get_weather","tool_call_id":"call_1"}]"""));
        var back = JsonSerializer.Deserialize<ChatMessage[]>(json, JsonLines.Options)!;
        Assert.That(JsonSerializer.Serialize(back, JsonLines.Options), Is.EqualTo(json));
        Assert.That(back[0].ToolCalls![0].Arguments["days"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [TestCase("qwen3.json")]
    [TestCase("qwen_xml_tools.json")]
    public void ToolConversationGoldensRenderThroughChatMessage(string file)
    {
        var root = GoldenFiles.Read(file);
        var template = new ChatTemplate(root.GetProperty("template").GetString()!,
            root.GetProperty("special_tokens").EnumerateObject().ToDictionary(p => p.Name, p => JinjaValues.FromJson(p.Value)), file);
        var check = new GoldenAssert();
        var cases = root.GetProperty("cases").EnumerateArray().Where(c => c.GetProperty("name").GetString()!.StartsWith("tools/")).ToList();
        var rendered = 0;
        foreach (var c in cases)
        {
            var messages = c.GetProperty("messages").EnumerateArray().Select(ToChatMessage).ToList();
            if (messages.Any(m => m is null)) continue;
            rendered++;
            Dictionary<string, object?>? extra = null;
            if (c.TryGetProperty("extra", out var e))
                extra = new() { ["tools"] = e.GetProperty("tools").EnumerateArray().Select(t => ToolSpec.FromJson(JsonNode.Parse(t.GetRawText())!.AsObject()).ToJson()).ToList() };
            bool? thinking = c.TryGetProperty("enable_thinking", out var t) ? t.GetBoolean() : null;
            var name = c.GetProperty("name").GetString()!;
            try
            {
                var text = template.Render(messages!, c.GetProperty("add_generation_prompt").GetBoolean(), thinking, extra);
                if (c.TryGetProperty("expected", out var expected)) check.Equal(name, expected.GetString(), text);
                else check.Fail(name, "rendered, but Jinja2 raised an error");
            }
            catch (ChatTemplateException ex)
            {
                if (c.TryGetProperty("error", out var error) && ex.Message.Contains(error.GetProperty("message").GetString()!)) check.Passed();
                else check.Fail(name, ex.Message);
            }
        }
        check.Verify(file);
        Assert.That(rendered, Is.GreaterThanOrEqualTo(cases.Count * 3 / 4), "most tool conversations should be expressible as ChatMessages");
    }

    /// <summary>A golden message as a ChatMessage, or null when it has a shape ChatMessage does not carry.</summary>
    private static ChatMessage? ToChatMessage(JsonElement m)
    {
        string? role = null, content = null, name = null, callId = null, reasoning = null;
        List<ToolCall>? calls = null;
        foreach (var p in m.EnumerateObject())
        {
            switch (p.Name)
            {
                case "role": role = p.Value.GetString(); break;
                case "content" when p.Value.ValueKind == JsonValueKind.String: content = p.Value.GetString(); break;
                case "name": name = p.Value.GetString(); break;
                case "tool_call_id": callId = p.Value.GetString(); break;
                case "reasoning_content": reasoning = p.Value.GetString(); break;
                case "tool_calls":
                    calls = [];
                    foreach (var c in p.Value.EnumerateArray())
                    {
                        if (!c.TryGetProperty("function", out var f) || !f.TryGetProperty("arguments", out var args) || args.ValueKind != JsonValueKind.Object)
                            return null;
                        calls.Add(new ToolCall(f.GetProperty("name").GetString()!, JsonNode.Parse(args.GetRawText())!.AsObject())
                        {
                            Id = c.TryGetProperty("id", out var id) ? id.GetString() : null,
                        });
                    }
                    break;
                default: return null;
            }
        }
        return role is null || content is null ? null
            : new ChatMessage(role, content) { ToolCalls = calls, Name = name, ToolCallId = callId, ReasoningContent = reasoning };
    }
}
