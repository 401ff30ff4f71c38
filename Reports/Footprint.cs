using QwenEval.Core.Generation;
using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>
/// The memory a chart plots for a model: its measured peak (of its worker process, or of the server that ran it),
/// or nothing and the reason. A prediction, the size on disk or the harness's own memory never stands in for a
/// measurement (metrics.csv keeps predictions in their own column).
/// </summary>
public sealed record Footprint(long? Bytes, string? MissingReason, bool FromServer = false)
{
    public const double BytesPerGiB = 1024.0 * 1024 * 1024;

    /// <summary>metrics.csv's footprint_source for a measured peak: the model's worker process's peak resident memory.</summary>
    public const string MeasuredSource = "peak_rss";

    /// <summary>footprint_source for a served model: the peak of the server's process tree (server_pid / server_process).</summary>
    public const string ServerSource = "server_peak_rss";

    public static Footprint Of(ModelFacts m) => m.PeakRssBytes is { } rss
        ? new Footprint(rss, null, m.MemorySource == MemoryReading.Server)
        : new Footprint(null, m.FootprintMissing ?? (m.MemorySource == MemoryReading.None
            ? "served over HTTP: name its server (server_pid or server_process) to measure it"
            : "no peak memory was recorded"));

    /// <summary>GiB, the unit Mac memory sizes are sold in ("32 GB" is 32 GiB).</summary>
    public double? GiB => Bytes / BytesPerGiB;

    public string Source => Bytes is null ? "" : FromServer ? ServerSource : MeasuredSource;
}
