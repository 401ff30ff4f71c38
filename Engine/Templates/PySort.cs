namespace QwenEval.Engine.Templates;

/// <summary>
/// Python's sorted(items, key=..., reverse=...). Stable; uses CPython's comparison order (initial run detection,
/// then binary insertion) so that sorting incomparable values fails on the same pair, with the same message, as Python.
/// </summary>
internal static class PySort
{
    public static List<T> Sorted<T>(IReadOnlyList<T> items, Func<T, object?> key, bool reverse = false)
    {
        var keys = items.Select(key).ToList();
        var order = Enumerable.Range(0, items.Count).ToList();
        // CPython reverses before and after sorting so that reverse=True keeps equal items in their original order.
        if (reverse) order.Reverse();
        SortInPlace(order, (a, b) => PyOps.Order("lt", keys[a], keys[b]));
        if (reverse) order.Reverse();
        return order.Select(i => items[i]).ToList();
    }

    private static void SortInPlace(List<int> a, Func<int, int, bool> lessThan)
    {
        var n = a.Count;
        if (n < 2) return;
        int run;
        if (lessThan(a[1], a[0]))
        {
            run = 2;
            while (run < n && lessThan(a[run], a[run - 1])) run++;
            a.Reverse(0, run);
        }
        else
        {
            run = 2;
            while (run < n && !lessThan(a[run], a[run - 1])) run++;
        }
        for (var i = run; i < n; i++)
        {
            var pivot = a[i];
            int lo = 0, hi = i;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (lessThan(pivot, a[mid])) hi = mid;
                else lo = mid + 1;
            }
            a.RemoveAt(i);
            a.Insert(lo, pivot);
        }
    }
}
