namespace QwenEval.Reports.Agentic;

/// <summary>
/// How an agent worked through one episode: what it called, what went wrong, how it changed files, and what the
/// episode cost. Written with each episode (episodes.jsonl) and summed per model in the behaviour table.
/// </summary>
/// <param name="Ended">submitted, no_tool_call, context_full, turn_budget, token_budget, wall_budget, generation_error, worker_crashed, worker_oom</param>
/// <param name="ToolCalls">every call attempted, well-formed or not</param>
/// <param name="Malformed">calls nothing was run for: <paramref name="Unparseable"/> + <paramref name="UnknownTool"/> + <paramref name="BadArguments"/></param>
/// <param name="Rewrites">write_file over an existing file (a whole-file rewrite)</param>
/// <param name="Edits">successful edit_file calls</param>
/// <param name="Creates">write_file of a new file</param>
/// <param name="ToolErrors">well-formed calls whose tool refused them (path outside the repository, text not found …)</param>
/// <param name="ReprefillTokens">prompt tokens each turn that the previous turn's prompt and answer already held and that were run again (the runtime's kept state did not hold them)</param>
/// <param name="CachedTokens">prompt tokens the runtime took from its kept state instead of running them (built-in engine; 0 for runtimes that keep none)</param>
public sealed record EpisodeBehaviour(
    string Ended,
    int Turns,
    int ToolCalls,
    int Malformed,
    int Unparseable,
    int UnknownTool,
    int BadArguments,
    int ToolErrors,
    int Edits,
    int Rewrites,
    int Creates,
    int TestRuns,
    bool TestedBeforeSubmit,
    bool Submitted,
    long PromptTokens,
    long GeneratedTokens,
    long ReprefillTokens,
    double GenerationMs,
    double WallMs,
    long CachedTokens = 0);
