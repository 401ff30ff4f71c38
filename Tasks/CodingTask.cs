namespace QwenEval.Tasks;

/// <summary>One coding task as stored in a suite folder (tasks/&lt;id&gt;/).</summary>
public sealed record CodingTask(
    string Id,
    string Title,
    string EntryPoint,
    IReadOnlyList<string> Tags,
    string Difficulty,
    double TimeBudgetSeconds,
    string Prompt,
    string Solution,
    string Tests,
    IReadOnlyList<Decoy> Decoys,
    string Folder);

/// <summary>A plausible wrong solution that the hidden tests must reject.</summary>
public sealed record Decoy(string Name, string Code);
