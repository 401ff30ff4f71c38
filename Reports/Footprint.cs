using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>The memory figure a chart plots for a model, and where it came from (so labels never overstate it).</summary>
public sealed record Footprint(long Bytes, string Source)
{
    public static Footprint Of(ModelFacts m) =>
        m.PeakRssBytes is { } rss ? new Footprint(rss, "peak_rss") : new Footprint(m.DiskBytes, "disk");

    public double Gigabytes => Bytes / 1e9;
}
