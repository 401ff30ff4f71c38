using QwenEval.Core.Generation;
using QwenEval.Reports.Agentic;

namespace QwenEval.Runs.Agentic;

/// <summary>
/// One line of episodes.jsonl: a whole episode, written once when it ends (a killed episode leaves nothing and is
/// run again): the conversation with every tool call and result, each turn's raw text and cost, the behaviour
/// figures and the final change as a unified diff against the task's repository. Its verdict is in results.jsonl
/// under the same key.
/// </summary>
public sealed record EpisodeRecord(
    string Model,
    string TaskId,
    int SampleIndex,
    ulong Seed,
    IReadOnlyList<ChatMessage> Messages,
    IReadOnlyList<EpisodeTurn> Turns,
    EpisodeBehaviour Behaviour,
    string FinalDiff,
    string? Error = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public SampleKey Key => new(Model, TaskId, SampleIndex);
}

/// <summary>One assistant turn: the text as generated, how it ended, and its cost.</summary>
public sealed record EpisodeTurn(string RawText, string Finish, string Format, int PromptTokens, int GeneratedTokens, double TtftMs, double GenerationMs);
