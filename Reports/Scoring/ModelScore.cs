namespace QwenEval.Reports.Scoring;

/// <summary>One model's score over a suite: pass@1, sample counts and the status tally.</summary>
public sealed record ModelScore(
    ModelFacts Model,
    double PassAt1,
    int Tasks,
    int Samples,
    IReadOnlyDictionary<SampleStatus, int> StatusCounts)
{
    public static ModelScore From(ModelFacts model, IEnumerable<SampleOutcome> outcomes)
    {
        var mine = outcomes.Where(o => o.Model == model.Name).ToList();
        var perTask = mine.GroupBy(o => o.TaskId)
            .Select(g => (N: g.Count(), C: g.Count(o => o.Status == SampleStatus.Pass)))
            .ToList();
        var counts = Enum.GetValues<SampleStatus>().ToDictionary(s => s, s => mine.Count(o => o.Status == s));
        return new ModelScore(model, PassAtK.Mean(perTask, 1), perTask.Count, mine.Count, counts);
    }
}
