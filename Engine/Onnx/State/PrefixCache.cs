namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// One row's decoder state kept from one generation to the next, so a prompt that starts with what the state has
/// already run costs only its new tokens: the next draw of the same prompt returns to a checkpoint taken right after
/// the prompt (attention caches rewound, recurrent and conv states copied back, the logits restored: exactly the
/// state a fresh prefill gives), and a conversation that grew by a turn (or a reasoning block closed by forced tokens)
/// runs on from the cache. Anything else starts afresh, as without the cache: another task's prompt that merely
/// shares the system prompt is prefilled whole, because a prefix run apart from its rest rounds differently, and a
/// draw must not depend on the task before it.
/// </summary>
internal sealed class PrefixCache(Func<int, DecoderState> create) : IDisposable
{
    private DecoderState? _state;
    private int[] _seen = [];                 // the tokens the state holds, _state.Length of them
    private DecoderCheckpoint? _checkpoint;   // the state right after the last prompt ran
    private int[] _checkpointTokens = [];

    /// <summary>Bytes held between generations for the checkpoint's copies (logits, recurrent and conv states).</summary>
    public long CheckpointBytes => _checkpoint is null ? 0 : _checkpoint.Scores.Length * sizeof(float) + _checkpoint.Caches.Sum(c => c?.Bytes ?? 0);

    /// <summary>Readies the state after prompt, its logits in <see cref="DecoderState.Scores"/>; Cached: prompt tokens not run again.</summary>
    public (DecoderState State, int Cached) Begin(int[] prompt, int capacity, int? chunkSize)
    {
        if (_state is { } state && state.CanExtend(prompt))
        {
            var common = CommonPrefix(_seen, prompt);
            if (common == _seen.Length && common < prompt.Length)
                return (Extend(state, prompt, common, capacity, chunkSize), common);
            if (_checkpoint is { } checkpoint && checkpoint.Length <= common)
            {
                state.Restore(checkpoint, _checkpointTokens);
                state.Reserve(capacity);
                _seen = _checkpointTokens;
                return checkpoint.Length == prompt.Length
                    ? (state, checkpoint.Length)
                    : (Extend(state, prompt, checkpoint.Length, capacity, chunkSize), checkpoint.Length);
            }
        }
        // The old state goes before the new one is allocated, so the peak is that of one generation.
        Forget();
        var fresh = _state = create(capacity);
        fresh.Prefill(prompt, prompt.Length, chunkSize);
        Checkpoint(fresh, prompt);
        return (fresh, 0);
    }

    /// <summary>After a generation: the tokens its state now holds (prompt and all generated tokens but the last).</summary>
    public void End(ReadOnlySpan<int> sequence)
    {
        if (_state is null) return;
        _seen = sequence[.._state.Length].ToArray();
    }

    /// <summary>Drops the state (a generation failed midway, so its contents are unknown).</summary>
    public void Forget()
    {
        _checkpoint?.Dispose();
        _checkpoint = null;
        _checkpointTokens = [];
        _state?.Dispose();
        _state = null;
        _seen = [];
    }

    public void Dispose() => Forget();

    private DecoderState Extend(DecoderState state, int[] prompt, int from, int capacity, int? chunkSize)
    {
        state.Reserve(capacity);
        state.Extend(prompt, from, chunkSize);
        Checkpoint(state, prompt);
        return state;
    }

    private void Checkpoint(DecoderState state, int[] prompt)
    {
        _checkpoint?.Dispose();
        _checkpoint = state.Save();
        _checkpointTokens = prompt;
        _seen = prompt;
    }

    private static int CommonPrefix(int[] a, int[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i]) i++;
        return i;
    }
}
