using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Core.Generation;
using QwenEval.Engine.ToolCalls;
using QwenEval.Execution;
using QwenEval.Runs;
using QwenEval.Runs.Agentic;
using QwenEval.Tasks.Agentic;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs.Agentic;

/// <summary>An episode ends when a budget runs out (turns, generated tokens, wall time), and each turn may generate only what the token budget has left.</summary>
public sealed class EpisodeBudgetTests
{
    /// <summary>Lists the files every turn, never submits, and says it generated 300 tokens each time.</summary>
    private sealed class Busy(int delayMs = 0) : IAgent
    {
        public List<int> MaxNewTokens { get; } = [];

        public AgentReply Next(IReadOnlyList<ChatMessage> conversation, IReadOnlyList<ToolSpec> tools, int maxNewTokens, ulong seed, CancellationToken cancellation)
        {
            MaxNewTokens.Add(maxNewTokens);
            Thread.Sleep(delayMs);
            var text = new QwenXmlToolCallWriter().Write(new ToolCall("list_files", new JsonObject()));
            return new AgentReply(text, ToolChat.Read(new QwenXmlToolCallParser(), text, tools), FinishReason.Stop, 1000 + 400 * MaxNewTokens.Count, 300, 1, 2);
        }
    }

    private static (EpisodeRecord Episode, Busy Agent) Play(AgentBudgets budgets, int delayMs = 0)
    {
        var task = AgenticSuiteLoader.Load(TestPaths.AgenticSuite).Find("a_bom_part_lookup")!;
        var executor = new TestExecutor(SandboxFactory.Create(unsafeNoSandbox: true), Path.GetTempPath()); // no test is run
        var agent = new Busy(delayMs);
        var e = new EpisodeRunner(executor, new EpisodeSettings(budgets, 512, TimeSpan.FromSeconds(5), RepoLimits.Default, Path.GetTempPath()))
            .Run(task, agent, new SampleKey("busy", task.Id, 0), 1, CancellationToken.None);
        return (e, agent);
    }

    [Test]
    public void TurnBudgetEndsTheEpisode()
    {
        var (e, agent) = Play(new AgentBudgets(3, 100_000, 600));
        Assert.That(e.Behaviour.Ended, Is.EqualTo("turn_budget"));
        Assert.That(e.Behaviour.Turns, Is.EqualTo(3));
        Assert.That(agent.MaxNewTokens, Is.All.EqualTo(512));
        Assert.That(e.FinalDiff, Is.Empty);
        // Each turn's prompt held the previous turn's prompt and answer: what a reused KV cache would not prefill again.
        Assert.That(e.Behaviour.ReprefillTokens, Is.EqualTo((1400 + 300) + (1800 + 300)));
    }

    [Test]
    public void TokenBudgetLimitsEachTurnAndEndsTheEpisode()
    {
        var (e, agent) = Play(new AgentBudgets(50, 1000, 600));
        Assert.That(e.Behaviour.Ended, Is.EqualTo("token_budget"));
        Assert.That(agent.MaxNewTokens, Is.EqualTo(new[] { 512, 512, 400, 100 }));
        Assert.That(e.Behaviour.GeneratedTokens, Is.EqualTo(1200));
    }

    [Test]
    public void WallBudgetEndsTheEpisode()
    {
        var (e, _) = Play(new AgentBudgets(50, 100_000, 0.2), delayMs: 150);
        Assert.That(e.Behaviour.Ended, Is.EqualTo("wall_budget"));
        Assert.That(e.Behaviour.Turns, Is.InRange(1, 2));
    }
}
