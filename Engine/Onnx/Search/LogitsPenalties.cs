namespace QwenEval.Engine.Onnx.Search;

/// <summary>GenAI's min_length and repetition_penalty (sampling_distribution.h), applied to raw logits in that order.</summary>
internal sealed class LogitsPenalties(int minLength, float repetitionPenalty, IReadOnlyList<int> eosTokenIds, int vocabSize)
{
    private readonly bool[] _seen = repetitionPenalty == 1f ? [] : new bool[vocabSize];
    private readonly int[] _eos = [.. eosTokenIds];

    public void Apply(Span<float> logits, ReadOnlySpan<int> sequence)
    {
        if (sequence.Length < minLength)
            foreach (var eos in _eos)
                logits[eos] = float.MinValue;
        if (repetitionPenalty == 1f) return;
        foreach (var id in sequence)
        {
            if ((uint)id >= (uint)logits.Length || _seen[id]) continue;
            _seen[id] = true;
            var score = logits[id];
            logits[id] = score < 0 ? score * repetitionPenalty : score / repetitionPenalty;
        }
        foreach (var id in sequence)
            if ((uint)id < (uint)_seen.Length) _seen[id] = false;
    }
}
