using QwenEval.Engine.Tokenization;

namespace QwenEval.Engine.Generation;

/// <summary>
/// Ends generation when the text contains a stop string (as the "stop" of OpenAI-style APIs) and cuts the answer
/// before it. Only a window of recent tokens is decoded per step: a stop string of n characters spans at most
/// n + a few tokens, so the check costs the same at token 10 and token 10,000.
/// </summary>
public sealed class StopStrings(IReadOnlyList<string> stops, ITextTokenizer tokenizer)
{
    private readonly List<int> _tokens = [];
    private readonly int _window = stops.Count == 0 ? 0 : stops.Max(s => s.Length) + 8;

    public bool Hit { get; private set; }

    /// <summary>Feeds one generated token; false means a stop string just appeared.</summary>
    public bool Observe(int token)
    {
        if (stops.Count == 0) return true;
        _tokens.Add(token);
        var tail = tokenizer.Decode(_tokens.Skip(Math.Max(0, _tokens.Count - _window)));
        Hit = stops.Any(s => tail.Contains(s, StringComparison.Ordinal));
        return !Hit;
    }

    /// <summary>The answer up to (not including) the earliest stop string.</summary>
    public string Cut(string answer)
    {
        var cut = stops.Select(s => answer.IndexOf(s, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(answer.Length).Min();
        return answer[..cut];
    }
}
