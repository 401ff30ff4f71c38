using QwenEval.Core.Generation;
using QwenEval.Tasks.Agentic;

namespace QwenEval.Runs.Agentic;

/// <summary>What an agent is told at the start of an episode: the system message and the issue.</summary>
public static class AgentPrompt
{
    /// <summary>Recorded in run.json; a change refuses to resume a run made with another version.</summary>
    public const string Version = "agent-1";

    public const string System =
        "You are a software engineer working in a Python repository. Resolve the issue the user gives you by changing " +
        "the repository with the tools. Read the relevant code first. Change existing files with edit_file (its old_text " +
        "must occur exactly once in the file); use write_file only to create new files. Run the tests with run_tests " +
        "before you finish. When the repository resolves the issue, call submit. Paths are relative to the repository root.";

    public static IReadOnlyList<ChatMessage> Start(AgenticTask task) =>
    [
        new ChatMessage("system", System),
        new ChatMessage("user", $"<issue>\n{task.Issue.Trim()}\n</issue>\n\nThe repository is checked out for you; its tests are in tests/ (run them with run_tests). Resolve the issue, then call submit."),
    ];
}
