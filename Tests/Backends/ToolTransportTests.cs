using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Backends.Onnx;
using QwenEval.Backends.OpenAi;
using QwenEval.Backends.Worker;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Templates;
using QwenEval.Execution;
using QwenEval.Runs;
using QwenEval.Runs.Agentic;
using QwenEval.Tasks.Agentic;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Backends;

/// <summary>
/// Tools reach each transport the way it takes them and calls come back parsed: the ONNX engine renders them through
/// the model's chat template and reads calls in the format that template teaches (Hermes JSON for the Qwen3
/// template, XML for the project's Qwen3.5-style one), the worker protocol carries both ways, and an OpenAI server
/// gets `tools` and answers with `tool_calls`, whose broken ones count as malformed.
/// </summary>
public sealed class ToolTransportTests
{
    private static string Tiny => Path.Combine(TestPaths.Root, "models", "tiny-qwen35");

    private static readonly ToolSpec Echo = new("echo", "Repeat a word.",
        new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["word"] = new JsonObject { ["type"] = "string" } }, ["required"] = new JsonArray("word") });

    private static GenerationRequest Ask(bool tools) =>
        new([new ChatMessage("user", "Say hi.")], 1, 8) { Tools = tools ? [Echo] : null };

    private static ModelSpec Spec(string kind, IKindSettings settings) =>
        new("m", kind, settings, TestSettings.Of(DecodingConfig.Greedy));

    [Test]
    public void OnnxEngineRendersToolsWithTheModelsTemplateAndParsesItsFormat()
    {
        using var hermes = new OnnxKind().Create(Spec("onnx", new OnnxSettings(Tiny, 1)));
        var plain = hermes.Generate(Ask(tools: false), CancellationToken.None);
        var withTools = hermes.Generate(Ask(tools: true), CancellationToken.None);
        Assert.That(plain.ToolTurn, Is.Null);
        Assert.That(withTools.ToolTurn!.Format, Is.EqualTo("hermes_json"));
        Assert.That(withTools.PromptTokens, Is.GreaterThan(plain.PromptTokens + 20), "the tools are in the prompt");

        using var xml = OnnxBackend.Create(OnnxModel.Load(Tiny, new EngineOptions { IntraOpThreads = 1 }), FolderTokenizer.Load(Tiny),
            QwenXmlToolsTemplate.Create(), TestSettings.Of(DecodingConfig.Greedy));
        Assert.That(xml.Generate(Ask(tools: true), CancellationToken.None).ToolTurn!.Format, Is.EqualTo("qwen_xml"));
    }

    [Test]
    public void WorkerCarriesToolsToTheModelAndCallsBack()
    {
        using var worker = new WorkerClient(Spec("onnx", new OnnxSettings(Tiny, 1)));
        var g = worker.Generate(Ask(tools: true), CancellationToken.None);
        Assert.That(g.ToolTurn, Is.Not.Null);
        Assert.That(g.ToolTurn!.Format, Is.EqualTo("hermes_json"));
        Assert.That(worker.Generate(Ask(tools: false), CancellationToken.None).ToolTurn, Is.Null);
    }

    /// <summary>Answers each chat-completions request with the next scripted message and keeps the requests.</summary>
    private sealed class ScriptedServer(params string[] messages) : HttpMessageHandler
    {
        private int _next;

        public List<JsonElement> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(JsonDocument.Parse(request.Content!.ReadAsStringAsync(cancellationToken).Result).RootElement.Clone());
            var body = """{"choices": [{"message": """ + messages[Math.Min(_next++, messages.Length - 1)]
                + """, "finish_reason": "tool_calls"}], "usage": {"prompt_tokens": 100, "completion_tokens": 10}}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }

    [Test]
    public void OpenAiServerGetsToolsAndItsToolCallsDriveAnEpisode()
    {
        var server = new ScriptedServer(
            """{"role": "assistant", "content": "Looking.", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "list_files", "arguments": "{\"path\": \"bom\"}"}}, {"id": "c2", "type": "function", "function": {"name": "read_file", "arguments": "{\"path\": "}}, {"id": "c3", "type": "function", "function": {"name": "rm_rf", "arguments": "{}"}}]}""",
            """{"role": "assistant", "content": null, "tool_calls": [{"id": "c4", "type": "function", "function": {"name": "submit", "arguments": ""}}]}""");
        using var backend = new OpenAiChatBackend(Spec("openai", new OpenAiSettings("http://127.0.0.1:9/v1", "served", null)),
            new OpenAiSettings("http://127.0.0.1:9/v1", "served", null), null, server);
        var task = AgenticSuiteLoader.Load(TestPaths.AgenticSuite).Find("a_bom_part_lookup")!;
        var executor = new TestExecutor(SandboxFactory.Create(unsafeNoSandbox: true), Path.GetTempPath()); // no test is run
        var settings = new EpisodeSettings(task.Budgets, 256, TimeSpan.FromSeconds(5), RepoLimits.Default, Path.GetTempPath());
        var e = new EpisodeRunner(executor, settings).Run(task, new BackendAgent(backend), new SampleKey("served", task.Id, 0), 1, CancellationToken.None);

        Assert.That(e.Behaviour.Ended, Is.EqualTo("submitted"));
        Assert.That((e.Behaviour.ToolCalls, e.Behaviour.Malformed, e.Behaviour.Unparseable, e.Behaviour.UnknownTool), Is.EqualTo((4, 2, 1, 1)));
        Assert.That(e.Turns.Select(t => t.Format), Is.All.EqualTo("openai"));
        var first = server.Requests[0];
        Assert.That(first.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()),
            Is.EqualTo(AgentTools.All.Select(t => t.Name)));
        // The second request carries the first turn back: the assistant's call with its id, and the tool's answer to it.
        var messages = server.Requests[1].GetProperty("messages").EnumerateArray().ToList();
        var assistant = messages.Single(m => m.GetProperty("role").GetString() == "assistant");
        Assert.That(assistant.GetProperty("tool_calls")[0].GetProperty("id").GetString(), Is.EqualTo("c1"));
        Assert.That(assistant.GetProperty("tool_calls")[0].GetProperty("function").GetProperty("arguments").GetString(), Is.EqualTo("""{"path":"bom"}"""));
        var tool = messages.Single(m => m.GetProperty("role").GetString() == "tool");
        Assert.That(tool.GetProperty("tool_call_id").GetString(), Is.EqualTo("c1"));
        Assert.That(tool.GetProperty("content").GetString(), Does.Contain("bom/partno.py"));
        Assert.That(messages[^1].GetProperty("content").GetString(), Does.Contain("could not be read").And.Contain("rm_rf"));
    }
}
