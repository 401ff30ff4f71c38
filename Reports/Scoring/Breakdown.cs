namespace QwenEval.Reports.Scoring;

/// <summary>The three ways reports split a pass rate (difficulty, category, tag), with their values in reading order.</summary>
public sealed record Breakdown(string Dimension, Func<ModelScore, IReadOnlyDictionary<string, double>> Select)
{
    public static readonly IReadOnlyList<Breakdown> All =
    [
        new("difficulty", s => s.ByDifficulty),
        new("category", s => s.ByCategory),
        new("tag", s => s.ByTag),
    ];

    /// <summary>Every value any model has: difficulties easy, medium, hard; the others alphabetically.</summary>
    public IReadOnlyList<string> Values(IEnumerable<ModelScore> scores)
    {
        var values = scores.SelectMany(s => Select(s).Keys).Distinct();
        return (Dimension == "difficulty" ? TaskFacts.InDifficultyOrder(values) : values.Order(StringComparer.Ordinal)).ToList();
    }
}
