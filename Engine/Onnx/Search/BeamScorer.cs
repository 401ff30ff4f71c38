namespace QwenEval.Engine.Onnx.Search;

/// <summary>
/// GenAI's BeamSearchScorer and BeamHypotheses (src/beam_search_scorer.cpp), kept line for line in behaviour so the
/// published beam-search outputs reproduce: finished hypotheses are scored sum_logprobs / length^length_penalty,
/// where length is the sequence length without the end token.
/// </summary>
internal sealed class BeamScorer
{
    private readonly int _batch;
    private readonly int _beams;
    private readonly int _padTokenId;
    private readonly int[] _eos;
    private readonly bool _earlyStopping;
    private readonly Hypotheses[] _hypotheses;
    private int _notDone;

    public BeamScorer(int batch, int beams, float lengthPenalty, bool earlyStopping, int padTokenId, IReadOnlyList<int> eosTokenIds)
    {
        _batch = batch;
        _beams = beams;
        _padTokenId = padTokenId;
        _eos = [.. eosTokenIds];
        _earlyStopping = earlyStopping;
        _notDone = batch;
        _hypotheses = Enumerable.Range(0, batch).Select(_ => new Hypotheses(beams, lengthPenalty)).ToArray();
        NextScores = new float[batch * beams];
        NextTokens = new int[batch * beams];
        NextIndices = new int[batch * beams];
        // Only the first beam of each batch entry starts live, so the beams do not all pick the same tokens.
        for (var b = 0; b < batch; b++)
            for (var j = 1; j < beams; j++)
                NextScores[b * beams + j] = -1e9f;
    }

    public float[] NextScores { get; }
    public int[] NextTokens { get; }
    public int[] NextIndices { get; }
    public bool IsDone => _notDone == 0;

    /// <summary>
    /// Consumes the 2·num_beams best (score, token, beam) candidates per batch entry, best first: end tokens among
    /// the first num_beams become finished hypotheses; the others fill the next beams.
    /// </summary>
    public void Process(Sequences sequences, ReadOnlySpan<float> scores, ReadOnlySpan<int> tokens, ReadOnlySpan<int> beamOfCandidate)
    {
        var length = sequences.Length;
        var topK = 2 * _beams;
        for (var b = 0; b < _batch; b++)
        {
            var hyp = _hypotheses[b];
            if (hyp.Done)
            {
                for (var j = 0; j < _beams; j++)
                {
                    NextScores[b * _beams + j] = 0;
                    NextTokens[b * _beams + j] = _padTokenId;
                    NextIndices[b * _beams + j] = 0;
                }
                continue;
            }
            var beamIdx = 0;
            for (var j = 0; j < topK; j++)
            {
                var token = tokens[b * topK + j];
                var score = scores[b * topK + j];
                var row = b * _beams + beamOfCandidate[b * topK + j];
                if (_eos.Contains(token))
                {
                    if (j >= _beams) continue;
                    hyp.Add(sequences.Row(row).ToArray(), score);
                }
                else
                {
                    NextScores[b * _beams + beamIdx] = score;
                    NextTokens[b * _beams + beamIdx] = token;
                    NextIndices[b * _beams + beamIdx] = row;
                    beamIdx++;
                }
                if (beamIdx == _beams) break;
            }
            if (hyp.Count < _beams) continue;
            if (!_earlyStopping)
            {
                // GenAI reads this window at batch·num_beams, not batch·2·num_beams; kept as is to match its results.
                var window = scores.Slice(b * _beams, topK);
                var best = float.NegativeInfinity;
                foreach (var s in window) best = Math.Max(best, s);
                if (hyp.CanImprove(best, length)) continue;
            }
            hyp.Done = true;
            _notDone--;
        }
    }

    /// <summary>Adds every still-open beam as a hypothesis with its running score.</summary>
    public void Finalize(Sequences sequences)
    {
        for (var b = 0; b < _batch; b++)
        {
            if (_hypotheses[b].Done) continue;
            for (var j = 0; j < _beams; j++)
                _hypotheses[b].Add(sequences.Row(b * _beams + j).ToArray(), NextScores[b * _beams + j]);
        }
    }

    public int[] Hypothesis(int batch, int rank) => _hypotheses[batch].Get(rank);

    private sealed class Hypotheses(int size, float lengthPenalty)
    {
        private readonly (int[] Tokens, float Score)[] _items = new (int[], float)[size];

        public int Count { get; private set; }
        public bool Done { get; set; }

        public void Add(int[] tokens, float sumLogProbs)
        {
            var score = sumLogProbs / MathF.Pow(tokens.Length, lengthPenalty);
            var index = Count;
            if (index == size)
            {
                if (score <= _items[--index].Score) return;
            }
            else
            {
                Count++;
            }
            for (; index > 0 && score > _items[index - 1].Score; index--) _items[index] = _items[index - 1];
            _items[index] = (tokens, score);
        }

        public bool CanImprove(float bestSumLogProbs, int length) =>
            _items[size - 1].Score < bestSumLogProbs / MathF.Pow(length, lengthPenalty);

        public int[] Get(int rank) => rank < Count ? _items[rank].Tokens : throw new ArgumentOutOfRangeException(nameof(rank));
    }
}
