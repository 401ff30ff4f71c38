using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>The memory figure a chart plots for a model, and where it came from (so labels never overstate it).</summary>
public sealed record Footprint(long Bytes, string Source)
{
    public const double BytesPerGiB = 1024.0 * 1024 * 1024;

    /// <summary>Measured peak beats prediction beats bytes on disk.</summary>
    public static Footprint Of(ModelFacts m) =>
        m.PeakRssBytes is { } rss ? new Footprint(rss, "peak_rss")
        : m.PredictedBytes is { } predicted ? new Footprint(predicted, "predicted")
        : new Footprint(m.DiskBytes, "disk");

    /// <summary>GiB, the unit Mac memory sizes are sold in ("32 GB" is 32 GiB).</summary>
    public double GiB => Bytes / BytesPerGiB;
}
