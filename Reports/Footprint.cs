using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>The memory figure a chart plots for a model, and where it came from (so labels never overstate it).</summary>
public sealed record Footprint(long Bytes, string Source)
{
    public const double BytesPerGiB = 1024.0 * 1024 * 1024;

    /// <summary>A served model whose server nobody named: no figure at all, never the harness's own memory.</summary>
    public const string NotMeasured = "not_measured";

    /// <summary>Measured peak (of the model's worker, or of the server that ran it) beats prediction beats bytes on disk.</summary>
    public static Footprint Of(ModelFacts m) =>
        m.PeakRssBytes is { } rss ? new Footprint(rss, m.MemorySource == Core.Generation.MemoryReading.Server ? "server_peak_rss" : "peak_rss")
        : m.MemorySource == Core.Generation.MemoryReading.None ? new Footprint(0, NotMeasured)
        : m.PredictedBytes is { } predicted ? new Footprint(predicted, "predicted")
        : new Footprint(m.DiskBytes, "disk");

    /// <summary>Whether the memory chart has a point for it.</summary>
    public bool OnChart => Source != NotMeasured;

    /// <summary>GiB, the unit Mac memory sizes are sold in ("32 GB" is 32 GiB).</summary>
    public double GiB => Bytes / BytesPerGiB;
}
