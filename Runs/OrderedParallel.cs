namespace QwenEval.Runs;

/// <summary>
/// Runs work over items with up to <c>slots</c> in flight, each on a slot of its own (one worker per slot), and
/// yields the results in the items' order: what is written from them reads the same as a one-at-a-time run.
/// </summary>
public static class OrderedParallel
{
    /// <remarks>
    /// One slot runs each item inline, on the caller's thread. With more, an item's exception is thrown when its turn
    /// comes; nothing after it is yielded, and the items still running are waited for (their slots' workers are
    /// about to be disposed).
    /// </remarks>
    public static IEnumerable<TOut> Run<TIn, TOut>(IReadOnlyList<TIn> items, int slots, Func<TIn, int, TOut> work, CancellationToken cancellation)
    {
        if (slots <= 1)
        {
            foreach (var item in items)
            {
                cancellation.ThrowIfCancellationRequested();
                yield return work(item, 0);
            }
            yield break;
        }

        var free = new System.Collections.Concurrent.ConcurrentQueue<int>(Enumerable.Range(0, slots));
        var tasks = new Task<TOut>?[items.Count];
        // Set by each item's work before it frees its slot: a Task's own IsCompleted turns true only after its
        // finally block has run, so a wake-up taken from the semaphore could otherwise find it still "running" and
        // wait for a release that never comes.
        var done = new bool[items.Count];
        var next = 0;
        using var finished = new SemaphoreSlim(0);
        void Fill()
        {
            while (next < items.Count && free.TryDequeue(out var slot))
            {
                var index = next++;
                tasks[index] = Task.Factory.StartNew(() =>
                {
                    try
                    {
                        return work(items[index], slot);
                    }
                    finally
                    {
                        Volatile.Write(ref done[index], true);
                        free.Enqueue(slot);
                        finished.Release();
                    }
                }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
        }

        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                Fill();
                while (!Volatile.Read(ref done[i]))
                {
                    finished.Wait(cancellation);
                    Fill();
                }
                yield return tasks[i]!.GetAwaiter().GetResult();
            }
        }
        finally
        {
            next = items.Count; // launch nothing more
            foreach (var t in tasks)
            {
                try
                {
                    t?.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Its own turn would have thrown it; after a stop it no longer matters.
                }
            }
        }
    }
}
