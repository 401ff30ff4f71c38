using System.Globalization;
using System.Text;

namespace QwenEval.Engine.Tokenization;

/// <summary>The four Unicode normalization forms a tokenizer.json can ask for.</summary>
internal enum NormalizationKind
{
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

/// <summary>
/// Unicode normalization (UAX #15) on the tables in <see cref="UnicodeNormalizationData"/>.
/// string.Normalize cannot be used: under InvariantGlobalization it returns its input unchanged, and the
/// Hugging Face reference normalizes with an older Unicode version than .NET would anyway.
/// </summary>
internal static class UnicodeNormalizer
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Tables Data = new();

    public static string Normalize(string text, NormalizationKind kind)
    {
        bool compat = kind is NormalizationKind.Nfkc or NormalizationKind.Nfkd;
        bool compose = kind is NormalizationKind.Nfc or NormalizationKind.Nfkc;
        if (IsQuickYes(text, kind))
        {
            return text;
        }

        var cps = new List<int>(text.Length + 8);
        byte decomposeMask = (byte)(1 << (int)(compat ? NormalizationKind.Nfkd : NormalizationKind.Nfd));
        foreach (Rune r in text.EnumerateRunes())
        {
            if (r.IsBmp && (Data.MayChange[r.Value] & decomposeMask) == 0)
            {
                cps.Add(r.Value);
            }
            else
            {
                Decompose(r.Value, compat, cps);
            }
        }

        Reorder(cps);
        if (compose)
        {
            Compose(cps);
        }

        var sb = new StringBuilder(cps.Count + 8);
        foreach (int cp in cps)
        {
            sb.Append(new Rune(cp));
        }

        return sb.ToString();
    }

    public static int CombiningClass(int cp) =>
        cp < 0x10000 ? Data.CccBmp[cp] : Data.Ccc.TryGetValue(cp, out byte c) ? c : 0;

    /// <summary>True when no character can change, or make a neighbour change, under this form.</summary>
    private static bool IsQuickYes(string text, NormalizationKind kind)
    {
        byte mask = (byte)(1 << (int)kind);
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (!char.IsSurrogate(ch))
            {
                if ((Data.MayChange[ch] & mask) != 0)
                {
                    return false;
                }
            }
            else if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if ((Data.SupplementaryMayChange.GetValueOrDefault(char.ConvertToUtf32(ch, text[++i])) & mask) != 0)
                {
                    return false;
                }
            }
            else
            {
                // A lone surrogate becomes U+FFFD.
                return false;
            }
        }

        return true;
    }

    private static void Decompose(int cp, bool compat, List<int> output)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0)
            {
                output.Add(TBase + s % TCount);
            }

            return;
        }

        if (Data.Decomp.TryGetValue(cp, out Decomposition d) && (compat || !d.Compat))
        {
            foreach (int part in d.Mapping)
            {
                Decompose(part, compat, output);
            }

            return;
        }

        output.Add(cp);
    }

    /// <summary>Canonical ordering: a stable sort of every run of non-starters by combining class.</summary>
    private static void Reorder(List<int> cps)
    {
        for (int i = 1; i < cps.Count; i++)
        {
            int c = CombiningClass(cps[i]);
            if (c == 0)
            {
                continue;
            }

            int j = i;
            while (j > 0 && CombiningClass(cps[j - 1]) > c)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    private static void Compose(List<int> cps)
    {
        int write = 0;
        int starter = -1;
        int lastClass = -1;
        for (int read = 0; read < cps.Count; read++)
        {
            int cp = cps[read];
            int c = CombiningClass(cp);
            bool adjacentToStarter = lastClass == 0 && write - 1 == starter;
            if (starter >= 0 && (lastClass < c || adjacentToStarter) && Data.IsSecond(cp) && TryCompose(cps[starter], cp, out int composite))
            {
                cps[starter] = composite;
                continue;
            }

            if (c == 0)
            {
                starter = write;
            }

            lastClass = c;
            cps[write++] = cp;
        }

        cps.RemoveRange(write, cps.Count - write);
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first >= LBase && first < LBase + LCount && second >= VBase && second < VBase + VCount)
        {
            composite = SBase + ((first - LBase) * VCount + second - VBase) * TCount;
            return true;
        }

        if (first >= SBase && first < SBase + SCount && (first - SBase) % TCount == 0 && second > TBase && second < TBase + TCount)
        {
            composite = first + second - TBase;
            return true;
        }

        return Data.Pairs.TryGetValue(PairKeyComparer.Pack(first, second), out composite);
    }

    private readonly record struct Decomposition(bool Compat, int[] Mapping);

    /// <summary>The parsed tables, built once on first use.</summary>
    private sealed class Tables
    {
        public readonly byte[] CccBmp = new byte[0x10000];
        public readonly Dictionary<int, byte> Ccc = [];
        public readonly Dictionary<int, Decomposition> Decomp = [];
        public readonly Dictionary<long, int> Pairs = new(PairKeyComparer.Instance);

        /// <summary>Characters that end a composing pair (Hangul V and T jamo included).</summary>
        private readonly bool[] secondsBmp = new bool[0x10000];
        private readonly HashSet<int> secondsSupplementary = [];

        /// <summary>Per BMP character, bit (1 &lt;&lt; kind) set when it may change or make a neighbour change under that form.</summary>
        public readonly byte[] MayChange = new byte[0x10000];

        /// <summary>The same for characters outside the BMP; absent means none.</summary>
        public readonly Dictionary<int, byte> SupplementaryMayChange = [];

        public Tables()
        {
            const byte All = 0b1111;
            const byte Decomposing = (1 << (int)NormalizationKind.Nfd) | (1 << (int)NormalizationKind.Nfkd);
            const byte CompatOnly = (1 << (int)NormalizationKind.Nfkc) | (1 << (int)NormalizationKind.Nfkd);
            foreach (string line in UnicodeNormalizationData.CombiningClasses.Split('\n'))
            {
                string[] parts = line.Trim().Split(' ');
                string[] range = parts[0].Split('-');
                int first = Hex(range[0]);
                int last = range.Length > 1 ? Hex(range[1]) : first;
                byte value = byte.Parse(parts[1], CultureInfo.InvariantCulture);
                for (int cp = first; cp <= last; cp++)
                {
                    Ccc[cp] = value;
                    if (cp < 0x10000)
                    {
                        CccBmp[cp] = value;
                    }

                    Mark(cp, All);
                }
            }

            foreach (string line in UnicodeNormalizationData.Decompositions.Split('\n'))
            {
                string trimmed = line.Trim();
                char kind = trimmed[0];
                int colon = trimmed.IndexOf(':', StringComparison.Ordinal);
                int cp = Hex(trimmed[2..colon]);
                int[] mapping = trimmed[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Hex).ToArray();
                Decomp[cp] = new Decomposition(kind == 'K', mapping);
                switch (kind)
                {
                    case 'K':
                        Mark(cp, CompatOnly);
                        break;
                    case 'C':
                        // The precomposed character survives NFC/NFKC alone; its second half may compose with what precedes it.
                        Pairs[PairKeyComparer.Pack(mapping[0], mapping[1])] = cp;
                        AddSecond(mapping[1]);
                        Mark(cp, Decomposing);
                        Mark(mapping[1], All);
                        break;
                    default:
                        Mark(cp, All);
                        break;
                }
            }

            // A canonical decomposition can hide a compatibility one further down (U+1E9B holds U+017F).
            foreach (KeyValuePair<int, Decomposition> entry in Decomp)
            {
                if (!entry.Value.Compat && entry.Value.Mapping.Any(HasCompatibilityMapping))
                {
                    Mark(entry.Key, CompatOnly);
                }
            }

            // Hangul: syllables decompose, and conjoining jamo compose with their neighbours.
            for (int cp = SBase; cp < SBase + SCount; cp++)
            {
                Mark(cp, Decomposing);
            }

            for (int cp = LBase; cp < 0x1200; cp++)
            {
                Mark(cp, All);
            }

            for (int cp = VBase; cp < VBase + VCount; cp++)
            {
                AddSecond(cp);
            }

            for (int cp = TBase + 1; cp < TBase + TCount; cp++)
            {
                AddSecond(cp);
            }
        }

        public bool IsSecond(int cp) => cp < 0x10000 ? secondsBmp[cp] : secondsSupplementary.Contains(cp);

        private void AddSecond(int cp)
        {
            if (cp < 0x10000)
            {
                secondsBmp[cp] = true;
            }
            else
            {
                secondsSupplementary.Add(cp);
            }
        }

        private bool HasCompatibilityMapping(int cp) =>
            Decomp.TryGetValue(cp, out Decomposition d) && (d.Compat || d.Mapping.Any(HasCompatibilityMapping));

        private void Mark(int cp, byte forms)
        {
            if (cp < MayChange.Length)
            {
                MayChange[cp] |= forms;
            }
            else
            {
                SupplementaryMayChange[cp] = (byte)(SupplementaryMayChange.GetValueOrDefault(cp) | forms);
            }
        }

        private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
