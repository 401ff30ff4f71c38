using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>
/// The memory a chart plots for a model: its measured peak, or nothing and the reason. A prediction or the size
/// on disk never stands in for a measurement (metrics.csv keeps those in their own columns).
/// </summary>
public sealed record Footprint(long? Bytes, string? MissingReason)
{
    public const double BytesPerGiB = 1024.0 * 1024 * 1024;

    /// <summary>metrics.csv's footprint_source for a measured peak: the model's worker process's peak resident memory.</summary>
    public const string MeasuredSource = "peak_rss";

    /// <summary>The measured peak, unless the run says why there is none (a server's worker measures only its HTTP client).</summary>
    public static Footprint Of(ModelFacts m) =>
        m.FootprintMissing is { } why ? new Footprint(null, why)
        : m.PeakRssBytes is { } rss ? new Footprint(rss, null)
        : new Footprint(null, "no peak memory was recorded");

    /// <summary>GiB, the unit Mac memory sizes are sold in ("32 GB" is 32 GiB).</summary>
    public double? GiB => Bytes / BytesPerGiB;

    public string Source => Bytes is null ? "" : MeasuredSource;
}
