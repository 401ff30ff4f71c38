namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// One row's decoder state kept from one generation to the next, so a prompt that starts with what the state has
/// already run costs only its new tokens. Checkpoints are taken right after the prompt (the next draw of the same
/// prompt returns there exactly: attention caches rewound, recurrent and conv states copied back, the logits
/// restored, the state a fresh prefill gives) and, where the caller names one, where the next prompt is expected to
/// part from this one (a conversation's end before the generation prompt: the next turn renders the assistant's
/// answer anew and runs on from there). A conversation whose new prompt holds everything run so far simply runs on.
/// Anything else starts afresh, as without the cache: another task's prompt that merely shares the system prompt is
/// prefilled whole, because a prefix run apart from its rest rounds differently and a draw must not depend on the
/// task before it.
/// </summary>
internal sealed class PrefixCache(Func<int, DecoderState> create) : IDisposable
{
    private DecoderState? _state;
    private int[] _seen = [];                           // the tokens the state holds, _state.Length of them
    private readonly List<(int[] Tokens, DecoderCheckpoint State)> _checkpoints = []; // by length, all prefixes of _seen

    /// <summary>
    /// Readies the state after prompt, its logits in <see cref="DecoderState.Scores"/>. Cached: prompt tokens not run
    /// again. turnStart (0: none): a shorter prefix to checkpoint on the way, for the next prompt to return to.
    /// mayContinue false: only an exact return (a checkpoint at the whole prompt), never a continuation.
    /// </summary>
    public (DecoderState State, int Cached) Begin(int[] prompt, int capacity, int? chunkSize, int turnStart = 0, bool mayContinue = true)
    {
        if (_state is { } state && state.CanExtend(prompt))
        {
            var common = _seen.AsSpan().CommonPrefixLength(prompt);
            if (mayContinue && common == _seen.Length && common < prompt.Length)
                return (Run(state, prompt, common, capacity, chunkSize, turnStart), common);
            var back = _checkpoints.FindLastIndex(c => c.Tokens.Length <= common && (mayContinue || c.Tokens.Length == prompt.Length));
            if (back >= 0)
            {
                var (tokens, checkpoint) = _checkpoints[back];
                // Returning there rewrites every later position: later checkpoints no longer hold.
                Drop(back + 1);
                state.Restore(checkpoint, tokens);
                state.Reserve(capacity);
                _seen = tokens;
                return tokens.Length == prompt.Length ? (state, tokens.Length) : (Run(state, prompt, tokens.Length, capacity, chunkSize, turnStart), tokens.Length);
            }
        }
        // The old state goes before the new one is allocated, so the peak is that of one generation.
        Forget();
        var fresh = _state = create(capacity);
        return (Run(fresh, prompt, 0, capacity, chunkSize, turnStart), 0);
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
        Drop(0);
        _state?.Dispose();
        _state = null;
        _seen = [];
    }

    public void Dispose() => Forget();

    // Runs prompt[from..] (stopping at turnStart for a checkpoint when it lies ahead) and checkpoints the prompt's end.
    private DecoderState Run(DecoderState state, int[] prompt, int from, int capacity, int? chunkSize, int turnStart)
    {
        state.Reserve(capacity);
        // Only the checkpoints this prompt may return to are kept (a copy of the recurrent states each).
        foreach (var stale in _checkpoints.Where(c => c.Tokens.Length != turnStart)) stale.State.Dispose();
        _checkpoints.RemoveAll(c => c.Tokens.Length != turnStart);
        if (turnStart > from && turnStart < prompt.Length)
        {
            var head = prompt[..turnStart];
            state.Extend(head, from, chunkSize);
            _checkpoints.Add((head, state.Save()));
            from = turnStart;
        }
        state.Extend(prompt, from, chunkSize);
        _checkpoints.Add((prompt, state.Save()));
        _seen = prompt;
        return state;
    }

    private void Drop(int from)
    {
        for (var i = from; i < _checkpoints.Count; i++) _checkpoints[i].State.Dispose();
        _checkpoints.RemoveRange(from, _checkpoints.Count - from);
    }
}
