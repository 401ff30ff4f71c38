namespace QwenEval.Tasks.Agentic;

/// <summary>
/// One agentic task as stored in a suite folder (tasks/&lt;id&gt;/): a small repository with visible tests, an issue to
/// resolve with tools, hidden tests that decide, and the canonical change and decoy changes as unified diffs.
/// </summary>
public sealed record AgenticTask(
    string Id,
    string Title,
    string Category,
    string Difficulty,
    IReadOnlyList<string> Tags,
    AgentBudgets Budgets,
    double TimeBudgetSeconds,
    string Issue,
    IReadOnlyDictionary<string, string> Repo,
    IReadOnlyList<HiddenTest> HiddenTests,
    string CanonicalDiff,
    IReadOnlyList<DiffDecoy> Decoys,
    string Folder);

/// <summary>What one episode may spend: assistant turns, generated tokens, and wall-clock seconds.</summary>
public sealed record AgentBudgets(int Turns, int Tokens, double WallSeconds)
{
    /// <summary>The smaller of each budget and its cap (a cap of null leaves the budget as it is).</summary>
    public AgentBudgets CappedBy(int? turns, int? tokens, double? wallSeconds) => new(
        turns is { } t ? Math.Min(Turns, t) : Turns,
        tokens is { } k ? Math.Min(Tokens, k) : Tokens,
        wallSeconds is { } w ? Math.Min(WallSeconds, w) : WallSeconds);
}

/// <summary>A hidden test module: its file name (test_*.py) and source. Never written into an episode's repository.</summary>
public sealed record HiddenTest(string Name, string Source);

/// <summary>A plausible wrong change that the hidden tests must reject, with what it gets wrong.</summary>
public sealed record DiffDecoy(string Name, string Diff, string Description);

/// <summary>A versioned, hashed set of agentic tasks (suite.json with "kind": "agentic").</summary>
public sealed record AgenticSuite(
    string Name,
    string Version,
    string Description,
    string License,
    IReadOnlyList<AgenticTask> Tasks,
    string Hash,
    string Folder)
{
    public AgenticTask? Find(string id) => Tasks.FirstOrDefault(t => t.Id == id);

    public static readonly AgenticSuite Empty = new("", "", "", "", [], "", "");
}
