using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Backends.Onnx;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.ToolCalls;
using QwenEval.Serve;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Serve;

/// <summary>
/// `serve` with tools: the conversation (tools, assistant tool_calls, tool results) reaches the folder's chat template
/// exactly as a direct run's does, and calls in the answer come back as tool_calls read by the harness's own parser.
/// </summary>
public sealed class ServedToolsTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");

    private static readonly ToolSpec ReadFile = new("read_file", "Read a file of the repository.", new JsonObject
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { ["path"] = new JsonObject { ["type"] = "string" } },
        ["required"] = new JsonArray("path"),
    });

    private static readonly List<ChatMessage> Conversation =
    [
        new("user", "Fix the bug in calc.py."),
        new("assistant", "Let me look.") { ToolCalls = [new ToolCall("read_file", new JsonObject { ["path"] = "calc.py" }) { Id = "call_1" }] },
        new("tool", "def add(a, b):\n    return a - b\n") { ToolCallId = "call_1", Name = "read_file" },
    ];

    [Test]
    public async Task AToolConversationIsRenderedAndAnsweredAsADirectRunDoesIt()
    {
        await using var server = await ServeHost.StartAsync(new ServeOptions(Folder, Port: 0));
        using var http = LoadBench.Client(null);
        var body = new JsonObject
        {
            ["model"] = "tiny-qwen35",
            ["messages"] = new JsonArray(Conversation.Select(QwenEval.Backends.OpenAi.OpenAiToolCalls.Message).ToArray()),
            ["tools"] = new JsonArray(ReadFile.ToJson()),
            ["tool_choice"] = "auto",
            ["max_tokens"] = 24,
            ["temperature"] = 0,
        };
        using var response = await http.PostAsync(server.BaseUrl + "/v1/chat/completions", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That((int)response.StatusCode, Is.EqualTo(200), json.ToString());

        using var direct = new OnnxKind().Create(new ModelSpec("m", "onnx", new OnnxSettings(Folder, null), TestSettings.Of(DecodingConfig.Greedy)));
        var g = direct.Generate(new GenerationRequest(Conversation, 0, 24) { Tools = [ReadFile] }, CancellationToken.None);
        Assert.That(json.GetProperty("usage").GetProperty("prompt_tokens").GetInt32(), Is.EqualTo(g.PromptTokens), "the same prompt");
        var message = json.GetProperty("choices")[0].GetProperty("message");
        // The tiny model's answer is noise without calls: served as the plain text the direct run generated.
        Assert.That(g.ToolTurn!.Calls, Is.Empty);
        Assert.That(message.GetProperty("content").GetString(), Is.EqualTo(g.Text));

        body["tool_choice"] = "none";
        using var none = await http.PostAsync(server.BaseUrl + "/v1/chat/completions", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var withoutTools = direct.Generate(new GenerationRequest(Conversation, 0, 24), CancellationToken.None);
        Assert.That(JsonDocument.Parse(await none.Content.ReadAsStringAsync()).RootElement.GetProperty("usage").GetProperty("prompt_tokens").GetInt32(),
            Is.EqualTo(withoutTools.PromptTokens), "tool_choice none offers no tools");
    }

    [Test]
    public void CallsBecomeToolCallsAndWhatCouldNotBeReadStaysContent()
    {
        const string answer = "<think>\nRead it first.\n</think>\n\nChecking.\n<tool_call>\n{\"name\": \"read_file\", \"arguments\": {\"path\": \"calc.py\"}}\n</tool_call>\n<tool_call>\n{\"name\": \"read_file\", \"arguments\": \n</tool_call>";
        var turn = ToolChat.Read(new HermesToolCallParser(), answer, [ReadFile]);
        var result = new GenerationResult(answer, FinishReason.Stop, 10, 20, 1, 2) { ToolTurn = turn };

        var message = ToolAnswer.Message(ToolAnswer.WithCalls(result)!, "chatcmpl-0123456789abcdef");
        var calls = message["tool_calls"]!.AsArray();
        Assert.That(calls, Has.Count.EqualTo(1));
        Assert.That(calls[0]!["function"]!["name"]!.GetValue<string>(), Is.EqualTo("read_file"));
        Assert.That(JsonNode.Parse(calls[0]!["function"]!["arguments"]!.GetValue<string>())!["path"]!.GetValue<string>(), Is.EqualTo("calc.py"));
        Assert.That(message["reasoning_content"]!.GetValue<string>(), Is.EqualTo("Read it first."));
        Assert.That(message["content"]!.GetValue<string>(), Does.StartWith("Checking.").And.Contain("\"arguments\": \n"));
        // Read back by the harness's openai client: the same call.
        var back = QwenEval.Backends.OpenAi.OpenAiToolCalls.Read(JsonDocument.Parse(message.ToJsonString()).RootElement, [ReadFile]);
        Assert.That(back.Calls.Single().Arguments.ToJsonString(), Is.EqualTo(turn.Calls.Single().Arguments.ToJsonString()));
        Assert.That(ToolAnswer.WithCalls(result with { ToolTurn = turn with { Calls = [] } }), Is.Null);
    }
}
