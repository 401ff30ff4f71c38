using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// The decoder's inputs, outputs and caches for one generation: runs the prompt, then one token per row per step,
/// and hands back float logits of each row's last token. Tensors are allocated up front and bound through one
/// IoBinding, so a decode step rebinds only what changed shape (the mask, and growing caches).
/// </summary>
internal sealed class DecoderState : IDisposable
{
    private readonly InferenceSession _session;
    private readonly DecoderLayout _layout;
    private readonly int _rows;
    private readonly int _padTokenId;
    private readonly OrtIoBinding _binding;
    private readonly RunOptions _runOptions = new();
    private readonly PositionInputs _positions;
    private readonly IDecoderCache[] _caches;
    private readonly ITokenInputs _tokens;
    private readonly NativeBuffer _decodeLogits;
    private readonly float[] _scores;
    private OrtValue? _decodeLogitsView;
    private bool _decodeLogitsBound;
    private int _length;
    private int _step;

    public DecoderState(InferenceSession session, DecoderLayout layout, EmbeddingStage? embedding, int batch, int beams, int capacity, bool shareBuffer, int padTokenId)
    {
        _session = session;
        _layout = layout;
        _rows = batch * beams;
        _padTokenId = padTokenId;
        _binding = session.CreateIoBinding();
        _positions = new PositionInputs(layout, batch, beams, capacity);
        IDecoderCache attention = shareBuffer
            ? new SharedAttentionCache(layout.Attention, _rows, capacity)
            : new GrowingAttentionCache(layout.Attention, _rows, capacity);
        _caches = [attention, new FixedStateCache(layout.States, _rows)];
        _tokens = layout.EmbedsInput is null
            ? new IdsTokenInputs(layout.IdsInput!, layout.IdsType, _rows)
            : new EmbeddingTokenInputs(embedding ?? throw new ArgumentNullException(nameof(embedding)), layout, _rows);
        _decodeLogits = new NativeBuffer((long)_rows * layout.VocabSize * TensorTypes.SizeOf(layout.LogitsType));
        _scores = new float[_rows * layout.VocabSize];
        Batch = batch;
        Beams = beams;
    }

    public int Batch { get; }
    public int Beams { get; }
    public int Rows => _rows;
    public int VocabSize => _layout.VocabSize;

    /// <summary>Tokens in the cache so far (prompt plus generated).</summary>
    public int Length => _length;

    /// <summary>
    /// Runs the prompt [batch, length] (each row repeated over the beams) and returns logits [rows, vocab]. With
    /// chunkSize, a single unmasked prompt runs in pieces of that many tokens (GenAI's search.chunk_size), so
    /// the prompt logits ORT returns are [1, chunk, vocab] rather than [1, length, vocab].
    /// </summary>
    public Span<float> Prefill(ReadOnlySpan<int> prompt, int length, int? chunkSize = null)
    {
        if (_step != 0) throw new InvalidOperationException("the prompt was already run.");
        var rows = new int[_rows * length];
        for (var r = 0; r < _rows; r++) prompt.Slice(r / Beams * length, length).CopyTo(rows.AsSpan(r * length));
        _positions.Prepare(prompt, length, _padTokenId);
        var chunk = chunkSize is > 0 && _rows == 1 && _positions.PromptIsUnmasked ? Math.Min(chunkSize.Value, length) : length;
        RunTokens(prompt, rows, length, 0, chunk);
        return _scores;
    }

    /// <summary>
    /// One row only: runs tokens[from..] after the cache, which must hold tokens[..from] (a conversation that grew
    /// by a turn, or the rest of a prompt whose start is cached), and returns the logits of the last token.
    /// </summary>
    public Span<float> Extend(ReadOnlySpan<int> tokens, int from, int? chunkSize = null)
    {
        if (_rows != 1) throw new InvalidOperationException("only a single row extends its cache.");
        if (from != _length) throw new InvalidOperationException($"the cache holds {_length} tokens, not {from}.");
        if (from == 0) return Prefill(tokens, tokens.Length, chunkSize);
        var length = tokens.Length;
        _positions.Prepare(tokens, length, _padTokenId);
        if (!_positions.PromptIsUnmasked) throw new InvalidOperationException("a masked sequence cannot continue its cache.");
        var rest = length - from;
        RunTokens(tokens, tokens.ToArray(), length, from, chunkSize is > 0 ? Math.Min(chunkSize.Value, rest) : rest);
        return _scores;
    }

    /// <summary>True when the prompt rules give this single row no masked token (it may then run in pieces).</summary>
    public bool CanExtend(ReadOnlySpan<int> tokens) =>
        _rows == 1 && (tokens.IsEmpty || tokens[^1] != _padTokenId)
        && PositionInputs.PromptRow(_layout.Rules, true, tokens, _padTokenId).Mask.All(m => m == 1);

    // Runs rows' columns [from, length) in chunks, the cache holding [0, from).
    private void RunTokens(ReadOnlySpan<int> prompt, int[] rows, int length, int from, int chunk)
    {
        // A prompt-shaped run rebinds the inputs, so the decode tensors are bound again at the next step.
        _decodeLogitsBound = false;
        for (var start = from; start < length; start += chunk)
        {
            var count = Math.Min(chunk, length - start);
            // Rows are contiguous only for a single row, which is the only chunked case.
            _tokens.BindPrompt(_binding, count == length ? rows : rows.AsSpan(start, count), count);
            _positions.BindPromptRange(_binding, start, count);
            foreach (var cache in _caches) cache.BeginStep(_binding, start, start + count, []);
            // Prompt logits are [rows, count, vocab]: let ORT allocate them per run rather than keep such a buffer.
            _binding.BindOutputToDevice(_layout.LogitsOutput, OrtMemoryInfo.DefaultInstance);
            _session.RunWithBinding(_runOptions, _binding);
            if (start + count == length) ReadPromptLogits(prompt, length, start);
        }
        _length = length;
        _step = 1;
    }

    /// <summary>
    /// The state now, for returning to it later: the logits, and copies of what cannot be rewound (recurrent and
    /// conv states); attention caches are rewound instead. The copy is taken before the search reads the logits.
    /// </summary>
    public DecoderCheckpoint Save() => new(_length, _scores.ToArray(), _caches.Select(c => c.Snapshot()).ToArray());

    /// <summary>
    /// Returns to a checkpoint taken after running <paramref name="tokens"/> (the cache has run on since), exactly:
    /// the next decode step sees the same cache and logits it saw then.
    /// </summary>
    public Span<float> Restore(DecoderCheckpoint checkpoint, ReadOnlySpan<int> tokens)
    {
        if (tokens.Length != checkpoint.Length) throw new ArgumentException("the tokens are not the checkpoint's.", nameof(tokens));
        for (var i = 0; i < _caches.Length; i++)
        {
            if (checkpoint.Caches[i] is { } snapshot) _caches[i].Restore(snapshot);
            else _caches[i].Rewind(checkpoint.Length);
        }
        checkpoint.Scores.CopyTo(_scores, 0);
        _positions.Prepare(tokens, tokens.Length, _padTokenId);
        _length = checkpoint.Length;
        _step = 1;
        return _scores;
    }

    /// <summary>Makes room for capacity tokens in one step rather than by doubling as decode goes (one copy, no slack).</summary>
    public void Reserve(int capacity)
    {
        foreach (var cache in _caches) cache.Reserve(capacity, _length);
    }

    /// <summary>The logits of the last run, per row.</summary>
    public Span<float> Scores => _scores;

    private void ReadPromptLogits(ReadOnlySpan<int> prompt, int length, int start)
    {
        var names = _binding.GetOutputNames();
        using var outputs = _binding.GetOutputValues();
        var logits = outputs.ElementAt(Array.IndexOf(names, _layout.LogitsOutput));
        var seq = (int)logits.GetTensorTypeAndShape().Shape[1];
        var bytes = logits.GetTensorMutableRawData();
        var size = TensorTypes.SizeOf(_layout.LogitsType);
        var vocab = _layout.VocabSize;
        using var staging = new NativeBuffer((long)vocab * size);
        for (var r = 0; r < _rows; r++)
        {
            // GenAI reads each row's logits at its last non-pad prompt token (logits.cpp); a graph that already
            // trims the prompt logits to one position gives just that.
            var index = seq == 1 ? 0 : LastRealToken(prompt.Slice(r / Beams * length, length)) - start;
            bytes.Slice((int)(((long)r * seq + index) * vocab * size), vocab * size).CopyTo(staging.Span<byte>(0, vocab * size));
            TensorTypes.ToFloat(staging, _layout.LogitsType, 0, _scores.AsSpan(r * vocab, vocab));
        }
    }

    private int LastRealToken(ReadOnlySpan<int> row)
    {
        var i = row.Length;
        while (i-- > 0)
            if (row[i] != _padTokenId) return i;
        return 0;
    }

    /// <summary>Runs one token per row. beamIndices (empty without beams) maps each row to the row it continues.</summary>
    public Span<float> Decode(ReadOnlySpan<int> tokens, ReadOnlySpan<int> beamIndices)
    {
        if (_step == 0) throw new InvalidOperationException("run the prompt first.");
        _tokens.BindDecode(_binding, tokens);
        if (!_decodeLogitsBound)
        {
            _decodeLogitsView ??= _decodeLogits.View(_layout.LogitsType, [_rows, 1, _layout.VocabSize]);
            _binding.BindOutput(_layout.LogitsOutput, _decodeLogitsView);
            _decodeLogitsBound = true;
        }
        var total = _length + 1;
        _positions.BindDecode(_binding, total, _step);
        foreach (var cache in _caches) cache.BeginStep(_binding, _length, total, beamIndices);
        _session.RunWithBinding(_runOptions, _binding);
        _length = total;
        _step++;
        TensorTypes.ToFloat(_decodeLogits, _layout.LogitsType, 0, _scores);
        return _scores;
    }

    public void Dispose()
    {
        foreach (var cache in _caches) cache.Dispose();
        _positions.Dispose();
        _tokens.Dispose();
        _decodeLogitsView?.Dispose();
        _decodeLogits.Dispose();
        _binding.Dispose();
        _runOptions.Dispose();
    }
}

/// <summary>A decoder state to return to: its length, its logits, and per cache a snapshot or null (it rewinds).</summary>
internal sealed class DecoderCheckpoint(int length, float[] scores, CacheSnapshot?[] caches) : IDisposable
{
    public int Length => length;
    public float[] Scores => scores;
    public IReadOnlyList<CacheSnapshot?> Caches => caches;

    public void Dispose()
    {
        foreach (var c in caches) c?.Dispose();
    }
}
