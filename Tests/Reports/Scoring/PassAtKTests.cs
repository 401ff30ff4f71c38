using NUnit.Framework;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Tests.Reports.Scoring;

public sealed class PassAtKTests
{
    [TestCase(10, 0, 1, 0.0)]
    [TestCase(10, 10, 1, 1.0)]
    [TestCase(10, 3, 1, 0.3)]
    [TestCase(5, 1, 5, 1.0)]
    [TestCase(4, 1, 2, 0.5)] // 1 - C(3,2)/C(4,2) = 1 - 3/6
    [TestCase(10, 2, 5, 0.7777777777777778)] // 1 - C(8,5)/C(10,5) = 1 - 56/252
    public void MatchesTheClosedForm(int n, int c, int k, double expected) =>
        Assert.That(PassAtK.ForTask(n, c, k), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void KLargerThanNIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PassAtK.ForTask(3, 1, 4));

    [Test]
    public void ModelScoreCountsStatusesSeparately()
    {
        var m = new ModelFacts("m", "onnx", 0, null);
        var outcomes = new[]
        {
            new SampleOutcome("m", "a", 0, SampleStatus.Pass),
            new SampleOutcome("m", "b", 0, SampleStatus.Timeout),
            new SampleOutcome("m", "c", 0, SampleStatus.NoCode),
            new SampleOutcome("other", "a", 0, SampleStatus.Pass),
        };
        var score = ModelScore.From(m, outcomes);
        Assert.That(score.PassAt1, Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(score.StatusCounts[SampleStatus.Timeout], Is.EqualTo(1));
        Assert.That(score.StatusCounts[SampleStatus.NoCode], Is.EqualTo(1));
        Assert.That(score.Samples, Is.EqualTo(3));
    }
}
