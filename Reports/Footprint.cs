using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>The memory figure a chart plots for a model, and where it came from (so labels never overstate it).</summary>
public sealed record Footprint(long Bytes, string Source)
{
    public const double BytesPerGiB = 1024.0 * 1024 * 1024;

    /// <summary>
    /// Measured peak beats prediction beats bytes on disk. When a model's measurement was lost, the figure that
    /// stands in says so in its source ("predicted; measurement lost"): a prediction is never passed off as a measurement.
    /// </summary>
    public static Footprint Of(ModelFacts m)
    {
        if (m.PeakRssBytes is { } rss) return new Footprint(rss, "peak_rss");
        var lost = m.MeasurementLost ? "; measurement lost" : "";
        return m.PredictedBytes is { } predicted ? new Footprint(predicted, "predicted" + lost) : new Footprint(m.DiskBytes, "disk" + lost);
    }

    /// <summary>GiB, the unit Mac memory sizes are sold in ("32 GB" is 32 GiB).</summary>
    public double GiB => Bytes / BytesPerGiB;
}
