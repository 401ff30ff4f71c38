namespace QwenEval.Tasks;

/// <summary>One coding task as stored in a suite folder (tasks/&lt;id&gt;/).</summary>
/// <param name="PromptIsPrelude">every program (canonical, decoy, answer) and the tests run after the prompt's code, as
/// human-eval runs prompt + completion: set for imported HumanEval-style suites whose prompts define helpers</param>
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
    string Folder,
    bool PromptIsPrelude = false);

/// <summary>A plausible wrong solution that the hidden tests must reject.</summary>
public sealed record Decoy(string Name, string Code);
