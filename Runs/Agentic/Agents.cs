using QwenEval.Core.Generation;
using QwenEval.Engine.ToolCalls;

namespace QwenEval.Runs.Agentic;

/// <summary>One assistant turn of an episode: the text as generated, the calls read from it, and what it cost.</summary>
/// <param name="CachedPromptTokens">prompt tokens the runtime took from its kept state rather than running again</param>
public sealed record AgentReply(string RawText, ToolTurn Turn, FinishReason Finish, int PromptTokens, int GeneratedTokens, double TtftMs, double TotalMs, int CachedPromptTokens = 0);

/// <summary>Whatever takes the next turn of an episode: a model behind a backend, or a scripted pseudo-agent.</summary>
public interface IAgent
{
    AgentReply Next(IReadOnlyList<ChatMessage> conversation, IReadOnlyList<ToolSpec> tools, int maxNewTokens, ulong seed, CancellationToken cancellation);
}

/// <summary>A model: each turn is one generation with the tools offered; its backend reads the calls in the model's own format.</summary>
public sealed class BackendAgent(IModelBackend backend) : IAgent
{
    public AgentReply Next(IReadOnlyList<ChatMessage> conversation, IReadOnlyList<ToolSpec> tools, int maxNewTokens, ulong seed, CancellationToken cancellation)
    {
        var g = backend.Generate(new GenerationRequest(conversation, seed, maxNewTokens) { Tools = tools }, cancellation);
        // A backend that ignores tools answers in prose: no calls, which ends the episode.
        var turn = g.ToolTurn ?? new ToolTurn("none", g.Text.Trim(), "", [], []);
        return new AgentReply(g.Text, turn, g.Finish, g.PromptTokens, g.GeneratedTokens, g.TimeToFirstTokenMs, g.TotalMs, g.CachedPromptTokens);
    }
}

/// <summary>
/// A pseudo-agent's turns, written as text in the Qwen3.5 XML tool-call form and read back by the same parser a
/// model's output goes through, so the parsing path runs end to end. It needs no weights and costs no tokens.
/// </summary>
public sealed class ScriptedAgent(IReadOnlyList<string> turns) : IAgent
{
    private static readonly IToolCallParser Parser = new QwenXmlToolCallParser();
    private int _next;

    public AgentReply Next(IReadOnlyList<ChatMessage> conversation, IReadOnlyList<ToolSpec> tools, int maxNewTokens, ulong seed, CancellationToken cancellation)
    {
        var text = _next < turns.Count ? turns[_next++] : "I have nothing more to do.";
        return new AgentReply(text, ToolChat.Read(Parser, text, tools), FinishReason.Stop, 0, 0, 0, 0);
    }
}
