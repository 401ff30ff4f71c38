using System.Collections.Concurrent;
using QwenEval.Core.Generation;

namespace QwenEval.Serve;

/// <summary>
/// One model instance, one generation at a time: requests wait in arrival order on a single generator thread. A
/// request whose client went away is skipped if still waiting and cancelled (token by token) if running, so the next
/// request starts at once. Past <paramref name="capacity"/> requests waiting or running, new ones are refused (503).
/// </summary>
public sealed class GenerationQueue : IDisposable
{
    private readonly IModelBackend _backend;
    private readonly int _capacity;
    private readonly BlockingCollection<Job> _jobs = new(new ConcurrentQueue<Job>());
    private readonly Thread _thread;
    private int _pending;
    private long _served;
    private long _cancelled;

    public GenerationQueue(IModelBackend backend, int capacity)
    {
        _backend = backend;
        _capacity = capacity;
        _thread = new Thread(Loop) { IsBackground = true, Name = "generator" };
        _thread.Start();
    }

    /// <summary>Requests waiting or running.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Generations finished (answered, failed or cancelled).</summary>
    public long Served => Interlocked.Read(ref _served);

    /// <summary>Generations ended because their client went away.</summary>
    public long Cancelled => Interlocked.Read(ref _cancelled);

    /// <exception cref="ApiError">503 when the queue is full</exception>
    public Task<GenerationResult> Enqueue(GenerationRequest request, CancellationToken cancellation)
    {
        if (Interlocked.Increment(ref _pending) > _capacity)
        {
            Interlocked.Decrement(ref _pending);
            throw ApiError.QueueFull(_capacity);
        }
        var job = new Job(request, cancellation, new TaskCompletionSource<GenerationResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            _jobs.Add(job, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            Interlocked.Decrement(ref _pending);
            throw new ApiError(503, "The server is shutting down.", ApiError.ServerError);
        }
        return job.Done.Task;
    }

    private void Loop()
    {
        foreach (var job in _jobs.GetConsumingEnumerable())
        {
            try
            {
                job.Cancellation.ThrowIfCancellationRequested();
                job.Done.SetResult(_backend.Generate(job.Request, job.Cancellation));
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _cancelled);
                job.Done.SetCanceled(job.Cancellation);
            }
            catch (Exception e)
            {
                job.Done.SetException(e);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
                Interlocked.Increment(ref _served);
            }
        }
    }

    /// <summary>Stops taking requests and waits for the generator (running requests are cancelled by their clients' tokens).</summary>
    public void Dispose()
    {
        _jobs.CompleteAdding();
        _thread.Join();
        _jobs.Dispose();
    }

    private sealed record Job(GenerationRequest Request, CancellationToken Cancellation, TaskCompletionSource<GenerationResult> Done);
}
