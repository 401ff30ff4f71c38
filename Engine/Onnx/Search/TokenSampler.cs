namespace QwenEval.Engine.Onnx.Search;

/// <summary>
/// Draws one token from temperature-scaled logits restricted as GenAI's ComputeSampledCategorical does: top_k > 1
/// keeps the k best (then top_p, if in (0,1), the smallest prefix reaching it); otherwise the nucleus of top_p over
/// the whole vocabulary. Buffers are reused, so a draw allocates nothing.
/// </summary>
internal sealed class TokenSampler(int vocabSize)
{
    private const int FirstNucleusGuess = 16;
    private readonly TopSelector _top = new(vocabSize);
    private readonly double[] _probs = new double[vocabSize];

    public int Sample(ReadOnlySpan<float> logits, int topK, float topP, float temperature, Xoshiro256StarStar random)
    {
        var invTemp = 1.0 / temperature;
        int kept;
        if (topK > 1)
        {
            kept = Math.Min(topK, logits.Length);
            _top.Select(logits, kept);
            var values = _top.Values(kept);
            double sum = 0;
            for (var j = 0; j < kept; j++) sum += _probs[j] = Math.Exp((values[j] - values[0]) * invTemp);
            if (topP > 0 && topP < 1)
            {
                double cum = 0;
                for (var j = 0; j < kept; j++)
                {
                    cum += _probs[j] / sum;
                    if (cum >= topP) { kept = j + 1; break; }
                }
            }
        }
        else if (topP >= 1)
        {
            return SampleAll(logits, invTemp, random);
        }
        else
        {
            kept = Nucleus(logits, topP, invTemp);
        }
        double total = 0;
        for (var j = 0; j < kept; j++) total += _probs[j];
        var u = random.NextDouble() * total;
        var indices = _top.Indices(kept);
        for (var j = 0; j < kept; j++)
        {
            u -= _probs[j];
            if (u < 0) return indices[j];
        }
        return indices[kept - 1];
    }

    // The whole distribution needs no ordering: walk it in vocabulary order.
    private static int SampleAll(ReadOnlySpan<float> logits, double invTemp, Xoshiro256StarStar random)
    {
        var max = float.NegativeInfinity;
        foreach (var s in logits) max = Math.Max(max, s);
        double total = 0;
        foreach (var s in logits) total += Math.Exp((s - max) * invTemp);
        var u = random.NextDouble() * total;
        var last = 0;
        for (var i = 0; i < logits.Length; i++)
        {
            var p = Math.Exp((logits[i] - max) * invTemp);
            if (p > 0) last = i;
            u -= p;
            if (u < 0) return i;
        }
        return last;
    }

    // Smallest best-first prefix whose probability reaches p, found by selecting 16, 64, 256, ... candidates
    // rather than sorting the whole vocabulary.
    private int Nucleus(ReadOnlySpan<float> logits, float p, double invTemp)
    {
        var max = float.NegativeInfinity;
        foreach (var s in logits) max = Math.Max(max, s);
        double global = 0;
        foreach (var s in logits) global += Math.Exp((s - max) * invTemp);
        var k = Math.Min(FirstNucleusGuess, logits.Length);
        while (true)
        {
            _top.Select(logits, k);
            var values = _top.Values(k);
            double cum = 0;
            for (var j = 0; j < k; j++)
            {
                cum += _probs[j] = Math.Exp((values[j] - max) * invTemp);
                if (cum >= p * global) return j + 1;
            }
            if (k == logits.Length) return k;
            k = Math.Min(k * 4, logits.Length);
        }
    }
}
