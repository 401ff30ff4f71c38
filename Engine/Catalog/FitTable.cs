using QwenEval.Engine.Footprint;
using QwenEval.Core;

namespace QwenEval.Engine.Catalog;

/// <summary>Whether a predicted footprint fits a machine.</summary>
public enum Fit
{
    /// <summary>Within the share of unified memory macOS lets the GPU wire by default.</summary>
    Yes,

    /// <summary>Within the machine's memory but over the GPU's default share (CPU only, or raise iogpu.wired_limit_mb).</summary>
    OverGpuShare,

    /// <summary>More than the machine's memory.</summary>
    No,
}

/// <summary>One model at one weight format: its predicted footprint and whether it fits.</summary>
public sealed record FitRow(Qwen35Model Model, WeightFormat Format, FootprintEstimate Estimate, Fit Fit, bool Highlighted);

/// <summary>
/// Every catalog model × format against one Mac's memory, at one context length: predicted with the packing rules of
/// ONNX Runtime on Apple silicon (<see cref="CpuFamily.Arm64"/>).
/// </summary>
public sealed record FitTable(long MemoryBytes, long GpuShareBytes, double GpuShare, int ContextTokens, IReadOnlyList<FitRow> Rows)
{
    private const double GiB = 1024.0 * 1024 * 1024;

    /// <param name="onlyFitting">hide rows that do not fit the GPU share, except the highlighted models, which always show</param>
    public static FitTable For(long memoryBytes, int contextTokens, IReadOnlyList<WeightFormat>? formats = null, bool onlyFitting = false)
    {
        // Reports/Charts/MemoryBudget: 2/3 of unified memory up to 32 GB, 3/4 above (Metal recommendedMaxWorkingSetSize).
        var budget = new MemoryBudget(memoryBytes / GiB);
        var share = (long)(budget.GpuWiredGiB * GiB);
        var rows = new List<FitRow>();
        foreach (var model in Qwen35Catalog.All)
        {
            foreach (var format in formats ?? WeightFormats.FitTable)
            {
                var estimate = CatalogFootprint.Predict(model, format, contextTokens, CpuFamily.Arm64);
                var fit = estimate.TotalBytes <= share ? Fit.Yes : estimate.TotalBytes <= memoryBytes ? Fit.OverGpuShare : Fit.No;
                var highlighted = Qwen35Catalog.Highlighted.Contains(model.Name);
                if (onlyFitting && fit != Fit.Yes && !highlighted) continue;
                rows.Add(new FitRow(model, format, estimate, fit, highlighted));
            }
        }
        return new FitTable(memoryBytes, share, budget.GpuWiredShare, contextTokens, rows);
    }

    public static string Describe(Fit fit) => fit switch
    {
        Fit.Yes => "yes",
        Fit.OverGpuShare => "over GPU share",
        _ => "no",
    };
}
