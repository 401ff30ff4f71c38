namespace QwenEval.Core.Generation;

/// <summary>
/// A model's peak memory and where it was measured: <see cref="Worker"/> (the worker process that ran it),
/// <see cref="Server"/> (a model server's process tree, sampled) or <see cref="None"/> (not measured: a server nobody
/// named, whose memory must not be mistaken for the harness's).
/// </summary>
public sealed record MemoryReading(long? PeakBytes, string Source, string? Detail = null)
{
    public const string Worker = "worker";
    public const string Server = "server";
    public const string None = "none";

    public static MemoryReading OfThisProcess() => new(PeakMemory.OfThisProcess(), Worker);
}

/// <summary>A backend whose model runs elsewhere: the worker reports this reading instead of its own memory.</summary>
public interface IMeasuresMemory
{
    MemoryReading Memory { get; }
}
