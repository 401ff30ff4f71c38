using System.Diagnostics;
using System.Text;
using QwenEval.Backends.Worker;
using QwenEval.Core.Generation;
using QwenEval.Execution;
using QwenEval.Reports.Agentic;
using QwenEval.Tasks.Agentic;
using QwenEval.Tasks.Diffs;

namespace QwenEval.Runs.Agentic;

/// <summary>What one episode may use: the task's budgets (capped by the config), tokens per turn, the tests' time limit.</summary>
public sealed record EpisodeSettings(AgentBudgets Budgets, int MaxNewTokensPerTurn, TimeSpan TestTimeout, RepoLimits Limits, string ScratchRoot);

/// <summary>
/// Runs one episode: the agent takes turns until it submits, writes no call, or a budget (turns, generated tokens,
/// wall time) runs out. Each well-formed call with fitting arguments is run by the harness: file tools on the
/// episode's private folder, run_tests in a fresh sandbox on a copy; a malformed call is counted and answered with
/// what was wrong, never run. The result is the whole transcript and the final change as a diff.
/// </summary>
public sealed class EpisodeRunner(TestExecutor executor, EpisodeSettings settings)
{
    public const int MaxTestOutputChars = 6000;

    public EpisodeRecord Run(AgenticTask task, IAgent agent, SampleKey key, ulong seed, CancellationToken cancellation)
    {
        using var folder = new EpisodeFolder(settings.ScratchRoot, task.Repo);
        var tools = new RepoTools(folder.Repo, settings.Limits);
        var messages = AgentPrompt.Start(task).ToList();
        var turns = new List<EpisodeTurn>();
        var clock = Stopwatch.StartNew();
        var b = new Tally();
        string? ended = null, error = null;
        var budgets = settings.Budgets;
        bool WallSpent() => clock.Elapsed.TotalSeconds >= budgets.WallSeconds;
        for (var turn = 0; ended is null; turn++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (turn >= budgets.Turns) { ended = "turn_budget"; break; }
            if (WallSpent()) { ended = "wall_budget"; break; }
            var tokensLeft = budgets.Tokens - b.GeneratedTokens;
            if (tokensLeft <= 0) { ended = "token_budget"; break; }
            AgentReply reply;
            try
            {
                reply = agent.Next(messages, AgentTools.All, (int)Math.Min(settings.MaxNewTokensPerTurn, tokensLeft), seed + (ulong)turn, cancellation);
            }
            catch (WorkerRequestFailedException e)
            {
                (ended, error) = ("generation_error", e.Message);
                break;
            }
            catch (WorkerCrashedException e)
            {
                (ended, error) = (e.OomKilled ? "worker_oom" : "worker_crashed", e.Message);
                break;
            }
            turns.Add(new EpisodeTurn(reply.RawText, reply.Finish.ToWire(), reply.Turn.Format, reply.PromptTokens, reply.GeneratedTokens, reply.TtftMs, reply.TotalMs));
            b.Turn(reply, turns);
            // Nothing generated because the prompt filled the model's context: no further turn can do better.
            if (reply.Finish == FinishReason.Length && reply.GeneratedTokens == 0 && reply.Turn.Calls.Count == 0 && reply.Turn.Malformed.Count == 0)
            {
                messages.Add(new ChatMessage("assistant", ""));
                ended = "context_full";
                break;
            }
            ended = TakeTurn(reply.Turn, turn, messages, tools, b, WallSpent, cancellation);
        }
        var diff = UnifiedDiff.Write(task.Repo, tools.Snapshot());
        return new EpisodeRecord(key.Model, key.TaskId, key.SampleIndex, seed, messages, turns, b.Finish(ended!, turns.Count, clock.Elapsed.TotalMilliseconds), diff, error);
    }

    /// <summary>Records the assistant's turn and runs its calls in order; returns why the episode ends, or null to go on.</summary>
    private string? TakeTurn(ToolTurn reply, int turn, List<ChatMessage> messages, RepoTools tools, Tally b,
        Func<bool> wallSpent, CancellationToken cancellation)
    {
        var calls = reply.Calls.Select((c, i) => c.Id is null ? c with { Id = $"call_{turn}_{i}" } : c).ToList();
        // What the model wrote is kept: broken calls stay in its message as the text they were.
        var content = reply.Malformed.Count == 0 ? reply.Prose : string.Join("\n", [reply.Prose, .. reply.Malformed.Select(m => m.RawText)]).Trim();
        messages.Add(new ChatMessage("assistant", content)
        {
            ToolCalls = calls.Count > 0 ? calls : null,
            ReasoningContent = reply.Reasoning.Length > 0 ? reply.Reasoning : null,
        });
        b.Attempted(calls.Count + reply.Malformed.Count);
        foreach (var m in reply.Malformed) b.MalformedCall(m.Kind);
        if (calls.Count == 0 && reply.Malformed.Count == 0) return "no_tool_call";

        string? ended = null;
        foreach (var call in calls)
        {
            string answer;
            if (ended is not null) answer = "not run: the episode had already ended";
            else if (wallSpent()) { ended = "wall_budget"; answer = "not run: the episode's wall-clock budget is spent"; }
            else if (AgentTools.Problem(call) is { } problem)
            {
                b.MalformedCall("bad_arguments");
                answer = $"error: bad arguments, nothing was run: {problem}";
            }
            else
            {
                var outcome = Execute(call, tools, b, cancellation);
                if (call.Name == AgentTools.Submit) ended = "submitted";
                answer = outcome.Text;
            }
            messages.Add(new ChatMessage("tool", answer) { Name = call.Name, ToolCallId = call.Id });
        }
        if (reply.Malformed.Count > 0)
        {
            var sb = new StringBuilder($"{reply.Malformed.Count} of your tool calls could not be read, so nothing of them was run:");
            foreach (var m in reply.Malformed) sb.Append("\n- ").Append(m.Name is null ? "" : $"{m.Name}: ").Append(m.Reason);
            sb.Append("\nWrite each call exactly in the form the tool instructions show.");
            messages.Add(new ChatMessage("user", sb.ToString()));
        }
        return ended;
    }

    private ToolOutcome Execute(ToolCall call, RepoTools tools, Tally b, CancellationToken cancellation)
    {
        ToolOutcome outcome;
        switch (call.Name)
        {
            case AgentTools.Submit:
                b.Submit();
                return new ToolOutcome(true, "Submitted. The hidden tests will judge the repository as it is now.");
            case AgentTools.RunTests:
                outcome = RunTests(tools, AgentTools.Text(call, "selector"), cancellation);
                b.TestRun();
                break;
            default:
                outcome = tools.Execute(call);
                break;
        }
        b.Effect(outcome);
        return outcome;
    }

    private ToolOutcome RunTests(RepoTools tools, string? selector, CancellationToken cancellation)
    {
        var name = selector?.Trim() ?? "";
        if (name.EndsWith(".py", StringComparison.Ordinal)) name = name[..^3].Replace('/', '.');
        if (name.Length > 200 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '.')))
            return ToolOutcome.Error("selector must be a unittest name such as tests.test_core or tests.test_core.CoreTests.test_one");
        var v = executor.RunRepoOnce(new RepoTestRun(tools.Snapshot(), Selector: name), settings.TestTimeout, cancellation);
        var status = v.Status switch
        {
            Core.SampleStatus.Pass => "passed",
            Core.SampleStatus.Fail => "failed",
            Core.SampleStatus.Timeout => $"timed out after {settings.TestTimeout.TotalSeconds:0.#} s",
            Core.SampleStatus.Oom => "out of memory",
            _ => "error",
        };
        var output = (v.StdoutTail + (v.StdoutTail.Length > 0 && v.StderrTail.Length > 0 ? "\n" : "") + v.StderrTail).Trim();
        if (output.Length > MaxTestOutputChars)
            output = output[..(MaxTestOutputChars / 4)] + $"\n[… {output.Length - MaxTestOutputChars} characters cut …]\n" + output[^(MaxTestOutputChars * 3 / 4)..];
        return new ToolOutcome(v.Status == Core.SampleStatus.Pass, $"tests {status}{(v.Detail.Length > 0 ? $" ({v.Detail})" : "")}\n{output}");
    }

    /// <summary>The behaviour figures as an episode goes.</summary>
    private sealed class Tally
    {
        private int _calls, _unparseable, _unknown, _bad, _toolErrors, _edits, _rewrites, _creates, _tests;
        private bool _tested, _testedBeforeSubmit, _submitted;
        private long _prompt, _reprefill, _cached;
        private double _generationMs;

        public long GeneratedTokens { get; private set; }

        public void Turn(AgentReply reply, List<EpisodeTurn> turns)
        {
            if (turns.Count > 1)
            {
                var previous = turns[^2];
                // The conversation so far, run again unless the runtime's kept state held it.
                var history = Math.Min(reply.PromptTokens, previous.PromptTokens + previous.GeneratedTokens);
                _reprefill += Math.Max(0, history - reply.CachedPromptTokens);
            }
            _cached += reply.CachedPromptTokens;
            _prompt += reply.PromptTokens;
            GeneratedTokens += reply.GeneratedTokens;
            _generationMs += reply.TotalMs;
        }

        public void Attempted(int n) => _calls += n;

        public void MalformedCall(string kind)
        {
            if (kind == "unknown_tool") _unknown++;
            else if (kind == "bad_arguments") _bad++;
            else _unparseable++;
        }

        public void TestRun()
        {
            _tests++;
            _tested = true;
        }

        public void Submit()
        {
            _submitted = true;
            _testedBeforeSubmit = _tested;
        }

        public void Effect(ToolOutcome outcome)
        {
            if (!outcome.Ok && outcome.Text.StartsWith("error:", StringComparison.Ordinal)) _toolErrors++;
            switch (outcome.Effect)
            {
                case ToolEffect.Edit: _edits++; break;
                case ToolEffect.Rewrite: _rewrites++; break;
                case ToolEffect.Create: _creates++; break;
            }
        }

        public EpisodeBehaviour Finish(string ended, int turns, double wallMs) => new(ended, turns, _calls, _unparseable + _unknown + _bad, _unparseable, _unknown, _bad,
            _toolErrors, _edits, _rewrites, _creates, _tests, _testedBeforeSubmit, _submitted, _prompt, GeneratedTokens, _reprefill, Math.Round(_generationMs, 1), Math.Round(wallMs, 1), _cached);
    }
}
