namespace QwenEval.Runs;

/// <summary>What a run left undone: models that did not load, and draws still missing from samples.jsonl. Empty means complete.</summary>
public sealed record RunOutcome(IReadOnlyList<ModelOutcome> Unfinished)
{
    public bool Complete => Unfinished.Count == 0;

    public int Remaining => Unfinished.Sum(m => m.Remaining);

    /// <summary>Models that did not load: the agentic tasks skip them too.</summary>
    public IReadOnlySet<string> NotRunModels => Unfinished.Where(m => m.NotRun is not null).Select(m => m.Model).ToHashSet();

    /// <summary>One line per unfinished model, for the console.</summary>
    public IEnumerable<string> Lines() => Unfinished.Select(m => m.NotRun is not null
        ? $"NOT RUN: model \"{m.Model}\" did not load: {m.NotRun}"
        : $"INCOMPLETE: model \"{m.Model}\": {m.Remaining} sample(s) remain to be generated");
}
