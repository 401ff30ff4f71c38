using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace QwenEval.Engine.Tokenization;

/// <summary>Settings of a tokenizer.json "BPE" model besides vocab and merges.</summary>
internal sealed record BpeOptions(
    string? UnkToken = null,
    string? ContinuingSubwordPrefix = null,
    string? EndOfWordSuffix = null,
    bool FuseUnk = false,
    bool ByteFallback = false,
    bool IgnoreMerges = false);

/// <summary>
/// The BPE model of the Hugging Face library: a word is split into characters, then the adjacent pair with
/// the lowest merge rank is merged (leftmost first on ties) until no pair has a merge. Results are cached per
/// pre-tokenized piece, since code and prose repeat the same pieces constantly.
/// </summary>
internal sealed class BpeModel
{
    private const int MaxCacheEntries = 100_000;
    private const int MaxCachedLength = 256;

    private readonly Dictionary<string, int> vocab;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabBySpan;
    private readonly Dictionary<int, string> tokenById;

    /// <summary>(left id, right id) packed into a long, to (rank, merged id).</summary>
    private readonly Dictionary<long, (int Rank, int NewId)> merges;
    private readonly BpeOptions options;
    private readonly int? unkId;
    private readonly ConcurrentDictionary<string, int[]> cache = new(StringComparer.Ordinal);

    /// <summary>Throws ArgumentException naming the merge that does not fit the vocabulary.</summary>
    public BpeModel(Dictionary<string, int> vocab, IReadOnlyList<(string Left, string Right)> merges, BpeOptions options)
    {
        this.vocab = vocab;
        vocabBySpan = vocab.GetAlternateLookup<ReadOnlySpan<char>>();
        this.options = options;
        tokenById = new Dictionary<int, string>(vocab.Count);
        foreach ((string token, int id) in vocab)
        {
            tokenById[id] = token;
        }

        int prefixLength = options.ContinuingSubwordPrefix?.Length ?? 0;
        this.merges = new Dictionary<long, (int Rank, int NewId)>(merges.Count, PairKeyComparer.Instance);
        for (int rank = 0; rank < merges.Count; rank++)
        {
            (string left, string right) = merges[rank];
            int leftId = Lookup(left, rank);
            int rightId = Lookup(right, rank);
            int newId = Lookup(left + right[prefixLength..], rank);

            // A repeated pair keeps its last rank, as the reference's map does.
            this.merges[Pack(leftId, rightId)] = (rank, newId);
        }

        if (options.UnkToken is { } unk)
        {
            unkId = vocab.TryGetValue(unk, out int id) ? id : throw new ArgumentException($"unk_token \"{unk}\" is not in the vocabulary");
        }

        int Lookup(string token, int rank) =>
            vocab.TryGetValue(token, out int id) ? id : throw new ArgumentException($"merge {rank} needs \"{token}\", which is not in the vocabulary");
    }

    /// <summary>Entries in the vocabulary (the reference numbers added tokens from here).</summary>
    public int VocabCount => vocab.Count;

    public int MaxId => tokenById.Count == 0 ? -1 : tokenById.Keys.Max();

    public int? TokenToId(string token) => vocab.TryGetValue(token, out int id) ? id : null;

    public string? IdToToken(int id) => tokenById.GetValueOrDefault(id);

    public void Tokenize(string piece, List<int> output)
    {
        if (piece.Length == 0)
        {
            return;
        }

        if (options.IgnoreMerges && vocab.TryGetValue(piece, out int whole))
        {
            output.Add(whole);
            return;
        }

        if (cache.TryGetValue(piece, out int[]? cached))
        {
            output.AddRange(cached);
            return;
        }

        int[] ids = MergeWord(piece);
        if (piece.Length < MaxCachedLength && cache.Count < MaxCacheEntries)
        {
            cache.TryAdd(piece, ids);
        }

        output.AddRange(ids);
    }

    private int[] MergeWord(string word)
    {
        var symbols = new List<int>(word.Length);
        int? pendingUnk = null;
        int index = 0;
        while (index < word.Length)
        {
            int length = char.IsHighSurrogate(word[index]) && index + 1 < word.Length && char.IsLowSurrogate(word[index + 1]) ? 2 : 1;
            bool isFirst = index == 0, isLast = index + length == word.Length;
            ReadOnlySpan<char> unit = word.AsSpan(index, length);
            int? id;
            if ((isFirst || options.ContinuingSubwordPrefix is null) && (!isLast || options.EndOfWordSuffix is null))
            {
                id = vocabBySpan.TryGetValue(unit, out int found) ? found : null;
            }
            else
            {
                string s = (isFirst ? "" : options.ContinuingSubwordPrefix) + unit.ToString() + (isLast ? options.EndOfWordSuffix : "");
                id = vocab.TryGetValue(s, out int found) ? found : null;
            }

            index += length;
            if (id is { } known)
            {
                if (pendingUnk is { } u)
                {
                    symbols.Add(u);
                    pendingUnk = null;
                }

                symbols.Add(known);
                continue;
            }

            if (options.ByteFallback && TryByteFallback(unit, symbols))
            {
                continue;
            }

            if (unkId is { } unk)
            {
                if (pendingUnk is { } u && !options.FuseUnk)
                {
                    symbols.Add(u);
                }

                pendingUnk = unk;
            }

            // Without an unk_token the reference drops the character.
        }

        if (pendingUnk is { } last)
        {
            symbols.Add(last);
        }

        return MergeAll(symbols);
    }

    private bool TryByteFallback(ReadOnlySpan<char> unit, List<int> symbols)
    {
        Span<byte> bytes = stackalloc byte[4];
        int count = Encoding.UTF8.GetBytes(unit, bytes);
        Span<int> ids = stackalloc int[4];
        for (int i = 0; i < count; i++)
        {
            if (!vocab.TryGetValue(string.Create(CultureInfo.InvariantCulture, $"<0x{bytes[i]:X2}>"), out ids[i]))
            {
                return false;
            }
        }

        for (int i = 0; i < count; i++)
        {
            symbols.Add(ids[i]);
        }

        return true;
    }

    /// <summary>The reference's Word::merge_all: a queue of candidate merges ordered by (rank, position).</summary>
    private int[] MergeAll(List<int> ids)
    {
        int n = ids.Count;
        if (n < 2)
        {
            return [.. ids];
        }

        int[] c = [.. ids];
        var prev = new int[n];
        var next = new int[n];
        var removed = new bool[n];
        var queue = new PriorityQueue<(int Pos, int NewId), long>();
        for (int i = 0; i < n; i++)
        {
            prev[i] = i - 1;
            next[i] = i + 1 < n ? i + 1 : -1;
            if (i + 1 < n && merges.TryGetValue(Pack(c[i], c[i + 1]), out var m))
            {
                queue.Enqueue((i, m.NewId), Priority(m.Rank, i));
            }
        }

        while (queue.TryDequeue(out var top, out _))
        {
            int pos = top.Pos;
            if (removed[pos] || next[pos] == -1)
            {
                continue;
            }

            int right = next[pos];

            // Skip entries made stale by an earlier merge.
            if (!merges.TryGetValue(Pack(c[pos], c[right]), out var current) || current.NewId != top.NewId)
            {
                continue;
            }

            c[pos] = top.NewId;
            removed[right] = true;
            next[pos] = next[right];
            if (next[right] != -1)
            {
                prev[next[right]] = pos;
            }

            if (prev[pos] >= 0 && merges.TryGetValue(Pack(c[prev[pos]], c[pos]), out var before))
            {
                queue.Enqueue((prev[pos], before.NewId), Priority(before.Rank, prev[pos]));
            }

            if (next[pos] != -1 && merges.TryGetValue(Pack(c[pos], c[next[pos]]), out var after))
            {
                queue.Enqueue((pos, after.NewId), Priority(after.Rank, pos));
            }
        }

        var result = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            if (!removed[i])
            {
                result.Add(c[i]);
            }
        }

        return [.. result];
    }

    private static long Pack(int left, int right) => PairKeyComparer.Pack(left, right);

    private static long Priority(int rank, int pos) => ((long)rank << 32) | (uint)pos;
}
