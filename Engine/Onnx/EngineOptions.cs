namespace QwenEval.Engine.Onnx;

/// <summary>How the engine runs a model on this machine (not what it generates).</summary>
public sealed record EngineOptions
{
    /// <summary>ORT intra-op threads; null means one per physical core.</summary>
    public int? IntraOpThreads { get; init; }

    /// <summary>Where provider fallbacks and other non-fatal notes go; stderr unless replaced.</summary>
    public TextWriter? Warnings { get; init; }

    public static readonly EngineOptions Default = new();
}
