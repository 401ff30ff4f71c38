using System.Diagnostics;
using QwenEval.Engine.Onnx.Search;
using QwenEval.Engine.Onnx.State;

namespace QwenEval.Engine.Onnx;

/// <summary>
/// Called after every step with the token each row chose (pad for rows that already ended; with beam search, the
/// tokens of the current beams, which may still be reordered). Return false to stop generating.
/// </summary>
public delegate bool TokenCallback(ReadOnlySpan<int> tokens);

/// <summary>
/// The sequences (prompt included), how many steps ran, why generation ended, and how many prompt tokens were not
/// run because the kept state held them (<see cref="OnnxGenerator.ReusePrefix"/>).
/// </summary>
public sealed record GenerationOutput(
    IReadOnlyList<int[]> Sequences,
    int PromptLength,
    int Steps,
    bool StoppedByCallback,
    TimeSpan TimeToFirstToken,
    TimeSpan Total,
    int CachedTokens = 0);

/// <summary>
/// Runs GenAI-style generation on an <see cref="OnnxModel"/>: a batch of equal-length prompts (pad with the
/// model's pad token; trailing pads are masked as GenAI masks them), greedy, sampling or beam search.
/// </summary>
public sealed class OnnxGenerator(OnnxModel model) : IDisposable
{
    private PrefixCache? _prefixes;

    /// <summary>Starting size of the KV buffers; null sizes them to the generation's max length. Tests shrink it to exercise growth.</summary>
    internal int? InitialCacheCapacity { get; init; }

    /// <summary>Overrides the config's past_present_share_buffer (tests compare both cache layouts on one model).</summary>
    internal bool? ShareBuffer { get; init; }

    public OnnxModel Model => model;

    /// <summary>
    /// Keeps a single-row state between generations: a prompt that starts with what was run before (the next draw of
    /// a task, the next turn of a conversation) runs only its new tokens. The kept state's memory stays allocated.
    /// </summary>
    public bool ReusePrefix { get; init; }

    /// <param name="turnStart">
    /// with <see cref="ReusePrefix"/>: a shorter prefix of the prompt to checkpoint on the way (where the next prompt is
    /// expected to part from this one, e.g. before a tool turn's generation prompt); 0 for none
    /// </param>
    /// <param name="mayContinue">
    /// with <see cref="ReusePrefix"/>: a prompt holding everything the kept state ran may continue from it (runs in a
    /// piece of its own, which can round differently); false allows only the exact return to an earlier prompt
    /// </param>
    public GenerationOutput Generate(
        IReadOnlyList<IReadOnlyList<int>> prompts,
        SearchOptions search,
        TokenCallback? onStep = null,
        CancellationToken cancellation = default,
        int turnStart = 0,
        bool mayContinue = true)
    {
        var start = Stopwatch.GetTimestamp();
        var config = model.Config.Model;
        search.Validate(config.VocabSize);
        var (flat, length) = Flatten(prompts, config.VocabSize);
        var batch = prompts.Count;
        // Rotary tables are sized to context_length: positions past it are undefined, so generation stops there.
        var maxLength = Math.Min(search.EffectiveMaxLength(length), config.ContextLength);
        if (length >= maxLength)
            throw new ArgumentException($"the prompt has {length} tokens, which leaves no room under max_length {maxLength} (context_length {config.ContextLength}).");

        var beams = search.NumBeams;
        var rows = batch * beams;
        // GenAI shares past and present buffers only without beam search (GeneratorParams::IsPastPresentShareBufferEnabled).
        var share = (ShareBuffer ?? model.Config.Search.PastPresentShareBuffer) && beams == 1;
        var sequences = new Sequences(rows, maxLength);
        sequences.SetPrompt(flat, length, beams);
        ITokenSearch tokenSearch = beams > 1
            ? new BeamSearch(config, search, sequences, batch)
            : new GreedySearch(config, search, sequences);

        var chunk = search.PrefillChunkSize ?? AutoChunk(length, rows);
        DecoderState NewState(int capacity) =>
            new(model.Session, model.Layout, model.Embedding, batch, beams, InitialCacheCapacity ?? capacity, share, config.PadTokenId);
        if (!ReusePrefix || rows != 1)
        {
            using var state = NewState(maxLength);
            state.Prefill(flat, length, chunk);
            return Run(state, tokenSearch, onStep, cancellation, start, length, 0);
        }
        // Only single rows get here, so the state factory of the first call serves every later one.
        var prefixes = _prefixes ??= new PrefixCache(NewState);
        try
        {
            var (kept, cached) = prefixes.Begin(flat, maxLength, chunk, turnStart, mayContinue);
            var output = Run(kept, tokenSearch, onStep, cancellation, start, length, cached);
            prefixes.End(output.Sequences[0]);
            return output;
        }
        catch
        {
            prefixes.Forget();
            throw;
        }
    }

    private static GenerationOutput Run(DecoderState state, ITokenSearch tokenSearch, TokenCallback? onStep, CancellationToken cancellation, long start, int length, int cached)
    {
        var scores = state.Scores;
        var steps = 0;
        var stopped = false;
        var firstToken = TimeSpan.Zero;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            tokenSearch.Step(scores);
            steps++;
            if (steps == 1) firstToken = Stopwatch.GetElapsedTime(start);
            if (onStep is not null && !onStep(tokenSearch.NextTokens))
            {
                stopped = true;
                break;
            }
            if (tokenSearch.IsDone) break;
            scores = state.Decode(tokenSearch.NextTokens, tokenSearch.BeamIndices);
        }
        return new GenerationOutput(tokenSearch.Results(), length, steps, stopped, firstToken, Stopwatch.GetElapsedTime(start), cached);
    }

    public void Dispose() => _prefixes?.Dispose();

    /// <summary>Prompt logits past this size are produced in chunks (ORT hands them back through one int-sized span).</summary>
    internal const long MaxPromptLogitsBytes = 1L << 30;

    private int? AutoChunk(int length, int rows)
    {
        var perToken = (long)model.Layout.VocabSize * State.TensorTypes.SizeOf(model.Layout.LogitsType);
        return rows == 1 && length * perToken > MaxPromptLogitsBytes ? (int)Math.Max(1, MaxPromptLogitsBytes / perToken) : null;
    }

    private static (int[] Flat, int Length) Flatten(IReadOnlyList<IReadOnlyList<int>> prompts, int vocab)
    {
        if (prompts.Count == 0) throw new ArgumentException("no prompts given.");
        var length = prompts[0].Count;
        if (length == 0) throw new ArgumentException("a prompt is empty.");
        var flat = new int[prompts.Count * length];
        for (var b = 0; b < prompts.Count; b++)
        {
            if (prompts[b].Count != length)
                throw new ArgumentException($"prompt {b} has {prompts[b].Count} tokens and prompt 0 has {length}; pad them to one length with the pad token.");
            for (var j = 0; j < length; j++)
            {
                var id = prompts[b][j];
                if (id < 0 || id >= vocab) throw new ArgumentException($"prompt {b} holds token {id}, outside the vocabulary [0, {vocab}).");
                flat[b * length + j] = id;
            }
        }
        return (flat, length);
    }
}
