namespace QwenEval.Synthetic.Tokenizer;

/// <summary>
/// GPT-2's byte-to-character table used by byte-level BPE: printable bytes map to themselves, the rest to
/// U+0100 onwards. <see cref="ByteOrder"/> is the order of the 256 base tokens in Qwen's vocabulary ('!' is id 0).
/// </summary>
public static class ByteLevelAlphabet
{
    public static IReadOnlyList<byte> ByteOrder { get; }
    public static IReadOnlyList<char> ByteToChar { get; }

    static ByteLevelAlphabet()
    {
        var order = new List<byte>();
        for (int b = '!'; b <= '~'; b++) order.Add((byte)b);
        for (int b = 0xA1; b <= 0xAC; b++) order.Add((byte)b);
        for (int b = 0xAE; b <= 0xFF; b++) order.Add((byte)b);
        var map = new char[256];
        foreach (var b in order) map[b] = (char)b;
        int next = 0;
        for (int b = 0; b < 256; b++)
        {
            if (order.Contains((byte)b)) continue;
            order.Add((byte)b);
            map[b] = (char)(256 + next++);
        }
        ByteOrder = order;
        ByteToChar = map;
    }

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) chars[i] = ByteToChar[bytes[i]];
        return new string(chars);
    }
}
