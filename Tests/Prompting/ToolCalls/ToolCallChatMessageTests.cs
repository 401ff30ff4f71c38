using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Harness.Prompting;
using QwenEval.Harness.Prompting.ToolCalls;
using QwenEval.Harness.Runs;

namespace QwenEval.Tests.Prompting.ToolCalls;

/// <summary>ChatMessage carries tool conversations without changing how plain messages are stored.</summary>
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
}
