using System.Globalization;

namespace QwenEval.Engine.Footprint;

/// <summary>
/// A predicted peak memory footprint of one model in a worker process, by part. Weights are what ONNX Runtime
/// keeps resident after loading (packed copies included), not the bytes on disk.
/// </summary>
/// <param name="WeightBytes">resident weights</param>
/// <param name="WeightFileBytes">the same weights as stored in the model files</param>
/// <param name="KvCacheBytes">attention caches of the full-attention layers, sized for <paramref name="Tokens"/></param>
/// <param name="StateBytes">fixed-size recurrent states (Gated DeltaNet conv and recurrent state, LFM2 conv state)</param>
/// <param name="ActivationBytes">prompt logits, attention scores and intermediate tensors of the largest prefill step</param>
/// <param name="RuntimeBytes">the process before any model: .NET, ONNX Runtime, the harness</param>
/// <param name="Tokens">prompt plus generated tokens the caches are sized for</param>
public sealed record FootprintEstimate(
    long WeightBytes,
    long WeightFileBytes,
    long KvCacheBytes,
    long StateBytes,
    long ActivationBytes,
    long RuntimeBytes,
    int Tokens)
{
    public long TotalBytes => WeightBytes + KvCacheBytes + StateBytes + ActivationBytes + RuntimeBytes;

    public IEnumerable<(string Part, long Bytes)> Parts()
    {
        yield return ("weights", WeightBytes);
        yield return ("kv_cache", KvCacheBytes);
        yield return ("recurrent_state", StateBytes);
        yield return ("activations", ActivationBytes);
        yield return ("runtime", RuntimeBytes);
    }

    /// <summary>Bytes as GiB with two decimals ("32 GB" Macs have 32 GiB).</summary>
    public static string GiB(long bytes) => (bytes / (1024.0 * 1024 * 1024)).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Bytes as MiB with one decimal.</summary>
    public static string MiB(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture);
}
