using System.Text;
using System.Text.RegularExpressions;

namespace QwenEval.Synthetic.Tokenizer;

/// <summary>A trained byte-level BPE: tokens in id order (256 bytes, then one per merge) and the merges by rank.</summary>
public sealed record BpeVocabulary(IReadOnlyList<string> Tokens, IReadOnlyList<(string Left, string Right)> Merges);

/// <summary>
/// Learns byte-level BPE merges from a text the way Hugging Face's trainer does (most frequent adjacent pair
/// first), with ties broken by ordinal order so the result never depends on hash or dictionary order.
/// </summary>
public static class BpeTrainer
{
    /// <summary>Qwen2/Qwen3's pre-tokenizer split pattern (tokenizer.json, Split with behavior Isolated).</summary>
    public const string QwenSplitPattern =
        @"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    public static BpeVocabulary Train(string corpus, int maxMerges)
    {
        var words = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Regex.Matches(corpus.Normalize(NormalizationForm.FormC), QwenSplitPattern))
        {
            var piece = ByteLevelAlphabet.Encode(Encoding.UTF8.GetBytes(m.Value));
            words[piece] = words.GetValueOrDefault(piece) + 1;
        }
        var symbols = words.Keys.Select(w => w.Select(c => c.ToString()).ToList()).ToList();
        var counts = words.Values.ToList();

        var tokens = ByteLevelAlphabet.ByteOrder.Select(b => ByteLevelAlphabet.ByteToChar[b].ToString()).ToList();
        var known = new HashSet<string>(tokens, StringComparer.Ordinal);
        var merges = new List<(string, string)>();
        while (merges.Count < maxMerges)
        {
            var pairCounts = new Dictionary<(string, string), int>();
            for (int w = 0; w < symbols.Count; w++)
            {
                var s = symbols[w];
                for (int i = 0; i + 1 < s.Count; i++)
                {
                    var pair = (s[i], s[i + 1]);
                    pairCounts[pair] = pairCounts.GetValueOrDefault(pair) + counts[w];
                }
            }
            (string Left, string Right)? best = null;
            int bestCount = 1;
            foreach (var (pair, count) in pairCounts)
            {
                if (count > bestCount || (count == bestCount && best is { } b && Compare(pair, b) < 0))
                {
                    best = pair;
                    bestCount = count;
                }
            }
            // A pair seen once is not a pattern; stop rather than memorize the corpus.
            if (best is not { } chosen || bestCount < 2) break;
            var merged = chosen.Left + chosen.Right;
            merges.Add(chosen);
            if (known.Add(merged)) tokens.Add(merged);
            foreach (var s in symbols) ApplyMerge(s, chosen.Left, chosen.Right, merged);
        }
        return new BpeVocabulary(tokens, merges);
    }

    private static int Compare((string Left, string Right) a, (string Left, string Right) b)
    {
        int c = string.CompareOrdinal(a.Left, b.Left);
        return c != 0 ? c : string.CompareOrdinal(a.Right, b.Right);
    }

    private static void ApplyMerge(List<string> s, string left, string right, string merged)
    {
        for (int i = 0; i + 1 < s.Count; i++)
        {
            if (s[i] == left && s[i + 1] == right)
            {
                s[i] = merged;
                s.RemoveAt(i + 1);
            }
        }
    }
}
