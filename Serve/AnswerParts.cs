namespace QwenEval.Serve;

/// <summary>
/// Splits Qwen's answer text into reasoning_content and content, as vLLM's and llama.cpp's reasoning parsers do:
/// an answer "&lt;think&gt;\nR\n&lt;/think&gt;\n\nC" (or "R\n&lt;/think&gt;\n\nC" when the prompt already opened the
/// block) is reasoning R and content C; an answer that does not open with a reasoning block is all content; a block
/// that never closes is all reasoning. The OpenAI client rejoins them as "&lt;think&gt;\nR\n&lt;/think&gt;\n\nC", so
/// a served answer of that form reads back byte for byte.
/// </summary>
public static class AnswerParts
{
    public const string Open = "<think>\n";
    public const string Close = "</think>";

    /// <summary>
    /// The split of <paramref name="text"/>. Not <paramref name="final"/>: only what later text cannot change
    /// (so streamed parts only ever grow): a possible start of the closing tag and newlines after it are held back.
    /// </summary>
    public static (string? Reasoning, string Content) Split(string text, bool promptOpensThinking, bool final)
    {
        string body;
        if (promptOpensThinking) body = text;
        else if (text.StartsWith(Open, StringComparison.Ordinal)) body = text[Open.Length..];
        else if (!final && Open.StartsWith(text, StringComparison.Ordinal)) return (null, "");
        else return (null, text);

        var close = body.IndexOf(Close, StringComparison.Ordinal);
        if (close < 0)
            return (final ? body : body[..Math.Max(0, body.Length - Close.Length - 1)], "");
        var reasoning = body[..close];
        if (reasoning.EndsWith('\n')) reasoning = reasoning[..^1];
        var content = body[(close + Close.Length)..];
        if (!final && content.Length < 2 && content.All(c => c == '\n')) return (reasoning, "");
        for (var i = 0; i < 2 && content.StartsWith('\n'); i++) content = content[1..];
        return (reasoning, content);
    }
}

/// <summary>
/// Turns the generator's text deltas into reasoning and content deltas for server-sent events. Text that could still
/// become a stop string is held back (the generator only cuts it at the end), so a client never receives text the
/// final answer does not have.
/// </summary>
public sealed class StreamedAnswer(IReadOnlyList<string> stops, bool promptOpensThinking)
{
    private readonly System.Text.StringBuilder _raw = new();
    private readonly int _holdBack = stops.Count == 0 ? 0 : stops.Max(s => s.Length) - 1;
    private int _sentReasoning;
    private int _sentContent;

    /// <summary>Adds generated text; returns the reasoning and content that became certain (empty when none).</summary>
    public (string Reasoning, string Content) Add(string delta)
    {
        _raw.Append(delta);
        var raw = _raw.ToString();
        // The generator checks stop strings on a window of tokens; a stop string already in the whole text ends what may be sent.
        var cut = stops.Select(s => raw.IndexOf(s, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(raw.Length).Min();
        var safe = raw[..Math.Min(cut, Math.Max(0, raw.Length - _holdBack))];
        return Emit(AnswerParts.Split(safe, promptOpensThinking, final: false));
    }

    /// <summary>The rest, from the final answer (cut at a stop string where one appeared).</summary>
    public (string Reasoning, string Content) Finish(string answer) => Emit(AnswerParts.Split(answer, promptOpensThinking, final: true));

    private (string, string) Emit((string? Reasoning, string Content) split)
    {
        var reasoning = Grow(split.Reasoning ?? "", ref _sentReasoning);
        var content = Grow(split.Content, ref _sentContent);
        return (reasoning, content);
    }

    private static string Grow(string now, ref int sent)
    {
        if (now.Length <= sent) return "";
        var delta = now[sent..];
        sent = now.Length;
        return delta;
    }
}
