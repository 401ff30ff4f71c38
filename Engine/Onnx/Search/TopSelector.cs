namespace QwenEval.Engine.Onnx.Search;

/// <summary>
/// The k highest scores of a row, best first, in O(n log k) with buffers reused across calls (no allocation per
/// token). Ties keep the lower index first, so results are deterministic.
/// </summary>
internal sealed class TopSelector(int capacity)
{
    private readonly int[] _index = new int[capacity];
    private readonly float[] _value = new float[capacity];

    public ReadOnlySpan<int> Indices(int k) => _index.AsSpan(0, k);
    public ReadOnlySpan<float> Values(int k) => _value.AsSpan(0, k);

    /// <summary>Selects the top k of scores into Indices/Values, sorted by descending score.</summary>
    public void Select(ReadOnlySpan<float> scores, int k)
    {
        k = Math.Min(k, scores.Length);
        var count = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            if (count < k)
            {
                _index[count] = i;
                _value[count] = s;
                SiftUp(count++);
            }
            else if (s > _value[0])
            {
                _index[0] = i;
                _value[0] = s;
                SiftDown(0, k);
            }
        }
        // In-place heapsort of the min-heap leaves the array best first.
        for (var end = k - 1; end > 0; end--)
        {
            Swap(0, end);
            SiftDown(0, end);
        }
    }

    // Min-heap on value; among equal values the higher index is "smaller" so it is evicted first.
    private bool Less(int a, int b) => _value[a] < _value[b] || (_value[a] == _value[b] && _index[a] > _index[b]);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Less(i, parent)) break;
            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i, int n)
    {
        while (true)
        {
            var l = 2 * i + 1;
            if (l >= n) return;
            var m = l + 1 < n && Less(l + 1, l) ? l + 1 : l;
            if (!Less(m, i)) return;
            Swap(i, m);
            i = m;
        }
    }

    private void Swap(int a, int b)
    {
        (_index[a], _index[b]) = (_index[b], _index[a]);
        (_value[a], _value[b]) = (_value[b], _value[a]);
    }
}
