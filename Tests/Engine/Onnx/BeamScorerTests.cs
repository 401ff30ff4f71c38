using NUnit.Framework;
using QwenEval.Engine.Onnx.Search;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>GenAI's beam scorer rules on hand-made candidates: end tokens, length-normalised scores, early stopping.</summary>
public sealed class BeamScorerTests
{
    private const int Eos = 2;

    [Test]
    public void EndTokensBecomeHypothesesScoredByLengthAndEarlyStoppingEndsTheBatch()
    {
        var scorer = new BeamScorer(batch: 1, beams: 2, lengthPenalty: 1f, earlyStopping: true, padTokenId: 0, eosTokenIds: [Eos]);
        var sequences = new Sequences(rows: 2, maxLength: 5);
        sequences.SetPrompt([7], 1, rowsPerBatch: 2);

        // Best candidate is the end token from beam 0: finished as [7] with score -0.1 / 1.
        scorer.Process(sequences, [-0.1f, -0.5f, -0.7f, -0.9f], [Eos, 1, 0, 1], [0, 0, 0, 1]);
        Assert.That(scorer.NextTokens, Is.EqualTo(new[] { 1, 0 }));
        Assert.That(scorer.NextIndices, Is.EqualTo(new[] { 0, 0 }));
        Assert.That(scorer.NextScores, Is.EqualTo(new[] { -0.5f, -0.7f }));
        Assert.That(scorer.IsDone, Is.False);
        sequences.AppendReordered(scorer.NextTokens, scorer.NextIndices);

        // An end token outside the first num_beams candidates is ignored; one inside finishes [7, 1] at -0.6 / 2.
        scorer.Process(sequences, [-0.6f, -0.8f, -0.9f, -1.0f], [Eos, 1, Eos, 0], [0, 1, 1, 0]);
        Assert.That(scorer.IsDone, Is.True);
        Assert.That(scorer.Hypothesis(0, 0), Is.EqualTo(new[] { 7 }));
        Assert.That(scorer.Hypothesis(0, 1), Is.EqualTo(new[] { 7, 1 }));
    }

    [Test]
    public void OpenBeamsAreFinalisedWithTheirRunningScores()
    {
        var scorer = new BeamScorer(batch: 1, beams: 2, lengthPenalty: 1f, earlyStopping: true, padTokenId: 0, eosTokenIds: [Eos]);
        var sequences = new Sequences(rows: 2, maxLength: 3);
        sequences.SetPrompt([7], 1, rowsPerBatch: 2);
        scorer.Process(sequences, [-0.2f, -0.4f, -0.6f, -0.8f], [1, 0, 1, 0], [0, 0, 1, 1]);
        sequences.AppendReordered(scorer.NextTokens, scorer.NextIndices);
        scorer.Finalize(sequences);
        // Scores divide by the length (2): -0.1 beats -0.2.
        Assert.That(scorer.Hypothesis(0, 0), Is.EqualTo(new[] { 7, 1 }));
        Assert.That(scorer.Hypothesis(0, 1), Is.EqualTo(new[] { 7, 0 }));
    }
}
