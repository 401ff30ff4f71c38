using QwenEval.Backends;
using QwenEval.Backends.Worker;
using QwenEval.Core.Generation;

namespace QwenEval.Runs;

/// <summary>
/// A model's worker processes, one per request it may have in flight (<see cref="IBackendKind.Concurrency"/>): slot i
/// of <see cref="OrderedParallel"/> generates in worker i. All start together, and all stop together.
/// </summary>
public sealed class WorkerSlots : IDisposable
{
    private readonly IReadOnlyList<WorkerClient> _workers;

    private WorkerSlots(IReadOnlyList<WorkerClient> workers) => _workers = workers;

    /// <summary>How many workers the model's kind asks for; pseudo-models and local folders: one.</summary>
    public static int For(ModelSpec spec) => Math.Max(1, BackendKinds.Find(spec.Kind)?.Concurrency(spec) ?? 1);

    /// <summary>
    /// Starts <paramref name="count"/> workers at once. If any fails to load or dies, the others are stopped and the
    /// first failure (in slot order) is thrown, as a single worker's would be.
    /// </summary>
    public static WorkerSlots Start(ModelSpec spec, int count, CancellationToken cancellation)
    {
        if (count <= 1) return new WorkerSlots([new WorkerClient(spec, cancellation)]);
        var starts = Enumerable.Range(0, count)
            .Select(_ => Task.Factory.StartNew(() => new WorkerClient(spec, cancellation), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            Task.WaitAll(starts, CancellationToken.None);
        }
        catch (AggregateException)
        {
            foreach (var s in starts.Where(s => s.IsCompletedSuccessfully)) s.Result.Dispose();
            starts.First(s => s.IsFaulted).GetAwaiter().GetResult();
        }
        return new WorkerSlots(starts.Select(s => s.Result).ToList());
    }

    public int Count => _workers.Count;

    public WorkerClient this[int slot] => _workers[slot];

    /// <summary>The worker whose reading has the largest peak (every worker of a served model samples the same server): its memory and load time.</summary>
    public WorkerClient Largest => _workers.MaxBy(w => w.Memory.PeakBytes ?? -1)!;

    public void Dispose()
    {
        // Together: each waits for its process to exit.
        Parallel.ForEach(_workers, w => w.Dispose());
    }
}
