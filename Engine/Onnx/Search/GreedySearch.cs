using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.Onnx.Search;

/// <summary>
/// GenAI's GreedySearch_Cpu, for argmax and for sampling: a row that has produced an end-of-sequence token gets the
/// pad token from then on, and the search is done when every row has ended or the sequences reach max length.
/// As in GenAI, the step on which the last row ends appends nothing.
/// </summary>
internal sealed class GreedySearch : ITokenSearch
{
    private readonly ModelSection _model;
    private readonly SearchOptions _options;
    private readonly LogitsPenalties _penalties;
    private readonly TokenSampler? _sampler;
    private readonly Xoshiro256StarStar _random;
    private readonly int[] _eos;
    private readonly bool[] _eosSeen;
    private readonly int[] _next;
    private int _notDone;

    public GreedySearch(ModelSection model, SearchOptions options, Sequences sequences)
    {
        _model = model;
        _options = options;
        Sequences = sequences;
        _penalties = new LogitsPenalties(options.MinLength, options.RepetitionPenalty, model.EosTokenIds, model.VocabSize);
        _sampler = options.IsSampling ? new TokenSampler(model.VocabSize) : null;
        _random = new Xoshiro256StarStar(options.Seed);
        // An array, not the config's IReadOnlyList: foreach over the interface allocates an enumerator per token.
        _eos = [.. model.EosTokenIds];
        _eosSeen = new bool[sequences.Rows];
        _next = new int[sequences.Rows];
        _notDone = sequences.Rows;
    }

    public Sequences Sequences { get; }
    public bool IsDone { get; private set; }
    public ReadOnlySpan<int> NextTokens => _next;
    public ReadOnlySpan<int> BeamIndices => [];

    public void Step(Span<float> scores)
    {
        var vocab = _model.VocabSize;
        for (var r = 0; r < Sequences.Rows; r++)
        {
            if (_eosSeen[r])
            {
                _next[r] = _model.PadTokenId;
                continue;
            }
            var row = scores.Slice(r * vocab, vocab);
            _penalties.Apply(row, Sequences.Row(r));
            var token = _sampler is null
                ? ArgMax(row)
                : _sampler.Sample(row, _options.TopK, _options.TopP, _options.Temperature, _random);
            _next[r] = token;
            if (IsEos(token))
            {
                _eosSeen[r] = true;
                if (--_notDone == 0) IsDone = true;
            }
        }
        if (IsDone) return;
        Sequences.Append(_next);
        if (Sequences.Length == Sequences.MaxLength) IsDone = true;
    }

    private bool IsEos(int token)
    {
        return Array.IndexOf(_eos, token) >= 0;
    }

    /// <summary>First index of the maximum, as GenAI's ArgMax.</summary>
    public static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }

    public IReadOnlyList<int[]> Results()
    {
        var results = new int[Sequences.Rows][];
        for (var r = 0; r < results.Length; r++) results[r] = Sequences.Row(r).ToArray();
        return results;
    }
}
