namespace QwenEval.Core;

/// <summary>
/// Vigna's SplitMix64: a tiny PRNG whose output is fixed by its seed on every platform and .NET version
/// (System.Random makes no such promise). The one place it is written: bootstrap resampling, synthetic weights and
/// the seeding of the engine's sampler all draw from it.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
