using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.Onnx.Search;

/// <summary>
/// How tokens are chosen, GenAI's search options: MaxLength counts the prompt (as in GenAI); MaxNewTokens caps
/// the generated part on top of that. Do-sample with TopK 1 or Temperature 0 is greedy, as in GenAI.
/// </summary>
public sealed record SearchOptions
{
    public int MaxLength { get; init; } = 2048;
    public int? MaxNewTokens { get; init; }
    public int MinLength { get; init; }
    public bool DoSample { get; init; }
    public int TopK { get; init; } = 50;
    public float TopP { get; init; }
    public float Temperature { get; init; } = 1f;
    public int NumBeams { get; init; } = 1;
    public float LengthPenalty { get; init; } = 1f;
    public bool EarlyStopping { get; init; } = true;
    public int NumReturnSequences { get; init; } = 1;
    public float RepetitionPenalty { get; init; } = 1f;
    public ulong Seed { get; init; }

    /// <summary>Run a single prompt in pieces of this many tokens (GenAI's chunk_size); null runs it whole.</summary>
    public int? PrefillChunkSize { get; init; }

    /// <summary>The folder's genai_config.json "search" section (random_seed -1 becomes seed 0: runs stay reproducible).</summary>
    public static SearchOptions From(SearchDefaults d) => new()
    {
        MaxLength = d.MaxLength,
        MinLength = d.MinLength,
        DoSample = d.DoSample,
        TopK = d.TopK,
        TopP = d.TopP,
        Temperature = d.Temperature,
        NumBeams = d.NumBeams,
        LengthPenalty = d.LengthPenalty,
        EarlyStopping = d.EarlyStopping,
        NumReturnSequences = d.NumReturnSequences,
        RepetitionPenalty = d.RepetitionPenalty,
        Seed = d.RandomSeed < 0 ? 0 : (ulong)d.RandomSeed,
        PrefillChunkSize = d.ChunkSize,
    };

    /// <summary>True when tokens are drawn at random (GenAI's InitializeSamplingMethod).</summary>
    public bool IsSampling => DoSample && TopK != 1 && Temperature != 0;

    /// <summary>The sequence length generation stops at for a prompt of promptLength tokens.</summary>
    public int EffectiveMaxLength(int promptLength) =>
        MaxNewTokens is { } n ? Math.Min(MaxLength, promptLength + n) : MaxLength;

    public void Validate(int vocabSize)
    {
        if (NumBeams is < 1 or > 32) throw new ArgumentOutOfRangeException(nameof(NumBeams), $"num_beams is {NumBeams}; use 1 to 32.");
        if (NumReturnSequences < 1 || NumReturnSequences > NumBeams)
            throw new ArgumentOutOfRangeException(nameof(NumReturnSequences), $"num_return_sequences is {NumReturnSequences}; use 1 to num_beams ({NumBeams}).");
        if (IsSampling && NumBeams != 1) throw new ArgumentException("sampling (top_k/top_p) cannot be combined with beam search.");
        if (TopP is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(TopP), $"top_p is {TopP}; use 0 to 1.");
        if (TopK < 0 || TopK > vocabSize) throw new ArgumentOutOfRangeException(nameof(TopK), $"top_k is {TopK}; use 0 to vocab_size ({vocabSize}).");
        if (Temperature < 0) throw new ArgumentOutOfRangeException(nameof(Temperature), $"temperature is {Temperature}; use a value >= 0.");
        if (PrefillChunkSize is < 1) throw new ArgumentOutOfRangeException(nameof(PrefillChunkSize), "chunk_size must be at least 1.");
        if (MaxNewTokens is < 1) throw new ArgumentOutOfRangeException(nameof(MaxNewTokens), "max_new_tokens must be at least 1.");
    }
}
