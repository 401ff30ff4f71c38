namespace QwenEval.Engine.Onnx.Search;

/// <summary>Chooses each step's tokens from the logits and keeps the sequences (greedy, sampling or beam search).</summary>
internal interface ITokenSearch
{
    /// <summary>Picks one token per row from scores [rows, vocab] (modified in place) and appends them.</summary>
    void Step(Span<float> scores);

    bool IsDone { get; }

    /// <summary>The tokens the last step chose, one per row: the decoder's next input.</summary>
    ReadOnlySpan<int> NextTokens { get; }

    /// <summary>For beam search, the row each row continues (reorders the caches); empty otherwise.</summary>
    ReadOnlySpan<int> BeamIndices { get; }

    Sequences Sequences { get; }

    /// <summary>The final sequences, prompt included: batch × num_return_sequences, best first within a batch entry.</summary>
    IReadOnlyList<int[]> Results();
}
