namespace QwenEval.Synthetic;

/// <summary>
/// SplitMix64: a tiny PRNG whose output is fixed by its seed on every platform and .NET version (System.Random
/// makes no such promise), so generated weights, and therefore model files, are byte-identical for a seed.
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

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
