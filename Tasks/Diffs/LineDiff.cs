namespace QwenEval.Tasks.Diffs;

/// <summary>
/// The line edits between two texts, grouped into unified-diff hunks. A longest common subsequence over the lines
/// that differ (common head and tail trimmed first); past a size where that table would be large, the differing
/// middle is written as one replacement: still a correct diff, only not the shortest.
/// </summary>
internal static class LineDiff
{
    private const long MaxTable = 4_000_000;

    public static List<Hunk> Hunks(List<(string Text, bool NoNewline)> a, List<(string Text, bool NoNewline)> b, int context)
    {
        var ops = Script(a, b);
        var hunks = new List<Hunk>();
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ') { i++; continue; }
            // A hunk: from `context` lines before the first change to `context` after the last one, merging changes closer than 2×context.
            var start = Math.Max(0, i - context);
            var end = i;
            while (true)
            {
                while (end < ops.Count && ops[end].Kind != ' ') end++;
                var next = end;
                while (next < ops.Count && ops[next].Kind == ' ') next++;
                if (next < ops.Count && next - end <= 2 * context) { end = next; continue; }
                end = Math.Min(ops.Count, end + context);
                break;
            }
            var lines = ops.GetRange(start, end - start);
            var oldStart = ops[start].OldIndex;
            var newStart = ops[start].NewIndex;
            var oldCount = lines.Count(l => l.Kind != '+');
            var newCount = lines.Count(l => l.Kind != '-');
            hunks.Add(new Hunk(oldCount == 0 ? oldStart : oldStart + 1, oldCount, newCount == 0 ? newStart : newStart + 1, newCount,
                lines.Select(l => new HunkLine(l.Kind, l.Text, l.NoNewline)).ToList()));
            i = end;
        }
        return hunks;
    }

    private readonly record struct Op(char Kind, string Text, bool NoNewline, int OldIndex, int NewIndex);

    /// <summary>Every line of both texts as kept (' '), removed ('-') or added ('+'), with its position in the old and new text.</summary>
    private static List<Op> Script(List<(string Text, bool NoNewline)> a, List<(string Text, bool NoNewline)> b)
    {
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail]) tail++;
        var ops = new List<Op>();
        for (var k = 0; k < head; k++) ops.Add(new(' ', a[k].Text, a[k].NoNewline, k, k));
        int n = a.Count - head - tail, m = b.Count - head - tail;
        if ((long)n * m <= MaxTable) Middle(a, b, head, n, m, ops);
        else
        {
            for (var k = 0; k < n; k++) ops.Add(new('-', a[head + k].Text, a[head + k].NoNewline, head + k, head));
            for (var k = 0; k < m; k++) ops.Add(new('+', b[head + k].Text, b[head + k].NoNewline, head + n, head + k));
        }
        for (var k = 0; k < tail; k++)
        {
            var ai = a.Count - tail + k;
            ops.Add(new(' ', a[ai].Text, a[ai].NoNewline, ai, b.Count - tail + k));
        }
        return ops;
    }

    private static void Middle(List<(string Text, bool NoNewline)> a, List<(string Text, bool NoNewline)> b, int head, int n, int m, List<Op> ops)
    {
        // lcs[i, j]: the longest common subsequence of a[head+i..] and b[head+j..].
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = a[head + i] == b[head + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[head + x] == b[head + y])
            {
                ops.Add(new(' ', a[head + x].Text, a[head + x].NoNewline, head + x, head + y));
                x++;
                y++;
            }
            else if (y >= m || (x < n && lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                ops.Add(new('-', a[head + x].Text, a[head + x].NoNewline, head + x, head + y));
                x++;
            }
            else
            {
                ops.Add(new('+', b[head + y].Text, b[head + y].NoNewline, head + x, head + y));
                y++;
            }
        }
    }
}
