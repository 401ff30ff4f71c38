namespace QwenEval.Engine.Tokenization;

/// <summary>
/// Hashes a pair of ids packed into a long. long.GetHashCode is hi ^ lo, which puts the 150k BPE merges of a
/// large vocabulary into long collision chains (and made encoding ~50x slower); this mixes all 64 bits.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static readonly PairKeyComparer Instance = new();

    public static long Pack(int left, int right) => ((long)left << 32) | (uint)right;

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
}
