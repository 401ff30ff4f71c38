using QwenEval.Engine.Onnx.Config;

namespace QwenEval.Engine.Onnx.Search;

/// <summary>
/// GenAI's BeamSearch_Cpu: log-softmax each beam's logits, add the beam's running score, take the 2·num_beams best
/// (beam, token) pairs per batch entry and let the scorer pick the next beams.
/// </summary>
internal sealed class BeamSearch : ITokenSearch
{
    private readonly ModelSection _model;
    private readonly SearchOptions _options;
    private readonly BeamScorer _scorer;
    private readonly LogitsPenalties _penalties;
    private readonly TopSelector _top;
    private readonly float[] _candScores;
    private readonly int[] _candTokens;
    private readonly int[] _candBeams;
    private readonly int _batch;
    private readonly int _beams;

    public BeamSearch(ModelSection model, SearchOptions options, Sequences sequences, int batch)
    {
        _model = model;
        _options = options;
        _batch = batch;
        _beams = options.NumBeams;
        Sequences = sequences;
        _scorer = new BeamScorer(batch, _beams, options.LengthPenalty, options.EarlyStopping, model.PadTokenId, model.EosTokenIds);
        _penalties = new LogitsPenalties(options.MinLength, options.RepetitionPenalty, model.EosTokenIds, model.VocabSize);
        _top = new TopSelector(2 * _beams);
        _candScores = new float[batch * 2 * _beams];
        _candTokens = new int[batch * 2 * _beams];
        _candBeams = new int[batch * 2 * _beams];
    }

    public Sequences Sequences { get; }
    public bool IsDone { get; private set; }
    public ReadOnlySpan<int> NextTokens => _scorer.NextTokens;
    public ReadOnlySpan<int> BeamIndices => _scorer.NextIndices;

    public void Step(Span<float> scores)
    {
        var vocab = _model.VocabSize;
        var beamScores = _scorer.NextScores;
        for (var r = 0; r < Sequences.Rows; r++)
        {
            var row = scores.Slice(r * vocab, vocab);
            _penalties.Apply(row, Sequences.Row(r));
            LogSoftmax(row);
            var add = beamScores[r];
            for (var k = 0; k < vocab; k++) row[k] += add;
        }
        var topK = 2 * _beams;
        for (var b = 0; b < _batch; b++)
        {
            _top.Select(scores.Slice(b * _beams * vocab, _beams * vocab), topK);
            var indices = _top.Indices(topK);
            var values = _top.Values(topK);
            for (var i = 0; i < topK; i++)
            {
                _candBeams[b * topK + i] = indices[i] / vocab;
                _candTokens[b * topK + i] = indices[i] % vocab;
                _candScores[b * topK + i] = values[i];
            }
        }
        _scorer.Process(Sequences, _candScores, _candTokens, _candBeams);
        Sequences.AppendReordered(_scorer.NextTokens, _scorer.NextIndices);
        if (_scorer.IsDone || Sequences.Length == Sequences.MaxLength) IsDone = true;
    }

    // GenAI's LogSoftMax (softmax.h), in float like it.
    private static void LogSoftmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] -= max;
            sum += MathF.Exp(scores[i]);
        }
        var log = MathF.Log(sum);
        for (var i = 0; i < scores.Length; i++) scores[i] -= log;
    }

    public IReadOnlyList<int[]> Results()
    {
        _scorer.Finalize(Sequences);
        var results = new List<int[]>();
        for (var b = 0; b < _batch; b++)
            for (var k = 0; k < _options.NumReturnSequences; k++)
                results.Add(_scorer.Hypothesis(b, k));
        return results;
    }
}
