using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace QwenEval.Engine.GenAi;

/// <summary>How a session picks tokens. Every option is set explicitly, so the folder's "search" section never leaks in.</summary>
public sealed record GenAiSearch(
    int MaxLength,
    bool DoSample = false,
    double Temperature = 1.0,
    double TopP = 1.0,
    int TopK = 0,              // 0: no top-k cut when sampling (GenAI treats top_k 1 as greedy)
    int? RandomSeed = null,    // null: GenAI's default (-1, not reproducible)
    int MinLength = 0);        // > prompt suppresses end tokens until that length (benchmarks)

/// <summary>
/// One sequence. GenAI's RewindTo(n) followed directly by GenerateNextToken yields a wrong token (it was measured to
/// skip one), so a rewind goes to n-1 and re-feeds token n-1 lazily; that also recomputes the logits Next() needs.
/// Hybrid models (Qwen3.5 DeltaNet, LFM2 conv) cannot crop their recurrent state: they rewind cheaply only to a
/// checkpoint and otherwise replay the prefix into a fresh generator.
/// </summary>
public sealed class GenAiSession : IDisposable
{
    private readonly Model _model;
    private readonly GenAiSearch _search;
    private readonly List<int> _tokens = [];
    private Generator _generator;
    private int? _pending;          // token already in _tokens but not yet fed to GenAI
    private int _checkpoint = -1;   // GenAI length at which the recurrent state was snapshotted

    internal GenAiSession(Model model, GenAiSearch search)
    {
        _model = model;
        _search = search;
        _generator = NewGenerator();
    }

    public int Length => _tokens.Count;
    /// <summary>Prompt and generated tokens; a generated end token is returned by Next() but not kept here (as in GenAI).</summary>
    public IReadOnlyList<int> Tokens => _tokens;
    /// <summary>GenAI's view: an end token was generated or max_length was reached.</summary>
    public bool IsDone => _pending is null && _generator.IsDone();

    /// <summary>
    /// Feeds tokens (prompt, or forced tokens such as "&lt;/think&gt;" mid-generation: no re-prefill).
    /// checkpoint: remember the state just before the last of these tokens, so RewindTo(Length) is cheap
    /// even on hybrid models (one extra single-token step).
    /// </summary>
    public void Append(ReadOnlySpan<int> tokens, bool checkpoint = false)
    {
        if (tokens.IsEmpty) return;
        if (Length + tokens.Length > _search.MaxLength)
            throw new InvalidOperationException($"Appending {tokens.Length} tokens to {Length} passes max_length {_search.MaxLength}.");
        int[] feed = _pending is int p ? [p, .. tokens] : tokens.ToArray();
        _pending = null;
        if (checkpoint)
        {
            if (feed.Length > 1) _generator.AppendTokens(feed.AsSpan(0, feed.Length - 1));
            _checkpoint = Snapshot.TryTake(_generator) ? (int)_generator.TokenCount() : -1;
            _generator.AppendTokens(feed.AsSpan(feed.Length - 1));
        }
        else _generator.AppendTokens(feed);
        _tokens.AddRange(tokens);
    }

    public int Next()
    {
        if (_pending is int p) { _pending = null; _generator.AppendTokens([p]); }
        if (_generator.IsDone())
            throw new InvalidOperationException($"The sequence is finished (end token or max_length {_search.MaxLength}); Append or RewindTo first.");
        var before = _generator.TokenCount();
        _generator.GenerateNextToken();
        var token = _generator.GetNextTokens()[0];
        // GenAI leaves a generated end token out of its sequence (and cache); keep Length equal to its TokenCount.
        if (_generator.TokenCount() > before) _tokens.Add(token);
        return token;
    }

    public void RewindTo(int length)
    {
        if (length < 0 || length > Length)
            throw new ArgumentOutOfRangeException(nameof(length), $"Cannot rewind to {length}: the sequence has {Length} tokens.");
        if (length == Length) return;
        // Rewinds to 0 or 1 cost nothing to replay, so they start a fresh generator: no old snapshot survives them.
        if (length > 1 && TryNativeRewind(length - 1)) _pending = _tokens[length - 1];
        else Replay(length);
        _tokens.RemoveRange(length, _tokens.Count - length);
    }

    public void Dispose() => _generator.Dispose();

    private bool TryNativeRewind(int length)
    {
        // Fails on hybrid models unless length is the checkpoint, and always on LFM2.
        try { _generator.RewindTo((ulong)length); return true; }
        catch (OnnxRuntimeGenAIException) { return false; }
    }

    // Feeds the prefix into a fresh generator, re-taking the checkpoint on the way so later rewinds to it stay cheap.
    private void Replay(int length)
    {
        _generator.Dispose();
        _generator = NewGenerator();
        _pending = null;
        var prefix = CollectionsMarshal.AsSpan(_tokens)[..length];
        if (_checkpoint > 0 && _checkpoint <= length)
        {
            int cut = _checkpoint;
            _generator.AppendTokens(prefix[..cut]);
            if (!Snapshot.TryTake(_generator)) _checkpoint = -1;
            prefix = prefix[cut..];
        }
        else _checkpoint = -1;
        if (!prefix.IsEmpty) _generator.AppendTokens(prefix);
    }

    private Generator NewGenerator()
    {
        using var p = new GeneratorParams(_model);
        p.SetSearchOption("max_length", _search.MaxLength);
        p.SetSearchOption("min_length", _search.MinLength);
        p.SetSearchOption("num_beams", 1); // GenAI cannot rewind beam search
        p.SetSearchOption("do_sample", _search.DoSample);
        p.SetSearchOption("temperature", _search.Temperature);
        p.SetSearchOption("top_p", _search.TopP);
        p.SetSearchOption("top_k", _search.TopK);
        p.SetSearchOption("repetition_penalty", 1.0);
        if (_search.RandomSeed is int seed) p.SetSearchOption("random_seed", seed);
        return new Generator(_model, p);
    }

    /// <summary>
    /// OgaGenerator_SnapshotState is in the 0.20 native library but not in its C# API. Reached through the
    /// Generator's private handle; if that ever changes, sessions simply fall back to replay.
    /// </summary>
    private static class Snapshot
    {
        private static readonly FieldInfo? Handle =
            typeof(Generator).GetField("_generatorHandle", BindingFlags.NonPublic | BindingFlags.Instance);

        [DllImport("onnxruntime-genai")] private static extern IntPtr OgaGenerator_SnapshotState(IntPtr generator);
        [DllImport("onnxruntime-genai")] private static extern void OgaDestroyResult(IntPtr result);

        public static bool TryTake(Generator g)
        {
            if (Handle?.GetValue(g) is not IntPtr h || h == IntPtr.Zero) return false;
            try
            {
                var result = OgaGenerator_SnapshotState(h);
                if (result == IntPtr.Zero) return true;
                OgaDestroyResult(result);
                return false;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { return false; }
        }
    }
}
