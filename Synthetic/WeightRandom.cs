using QwenEval.Core;

namespace QwenEval.Synthetic;

/// <summary>
/// Weights drawn from <see cref="SplitMix64"/>: fixed by the seed on every platform, so generated model files are
/// byte-identical for a seed.
/// </summary>
public sealed class WeightRandom(ulong seed)
{
    private readonly SplitMix64 _source = new(seed);

    public ulong NextUInt64() => _source.Next();

    /// <summary>Uniform in [0, 1) with 24 bits, exactly representable as float.</summary>
    public float NextFloat() => (NextUInt64() >> 40) * (1f / (1 << 24));

    /// <summary>Uniform in [-scale, scale).</summary>
    public float NextSigned(float scale) => (NextFloat() * 2f - 1f) * scale;

    public float[] Uniform(int count, float scale)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++) values[i] = NextSigned(scale);
        return values;
    }

    /// <summary>Values in [center - spread, center + spread): norm weights around 1, decay rates, biases.</summary>
    public float[] Around(int count, float center, float spread)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++) values[i] = center + NextSigned(spread);
        return values;
    }
}
