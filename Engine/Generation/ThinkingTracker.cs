namespace QwenEval.Engine.Generation;

/// <summary>
/// Follows a Qwen-style answer token by token: whether it is inside &lt;think&gt;…&lt;/think&gt;, how many tokens the
/// reasoning took (reported apart from the answer), and whether it ran past its budget.
/// </summary>
public sealed class ThinkingTracker(int? openId, int? closeId, int? budget, bool startsInside)
{
    /// <summary>What Qwen's model cards suggest writing when reasoning is cut short, before the closing tag.</summary>
    public const string BudgetExhaustedText =
        "\n\nConsidering the limited time by the user, I have to give the solution based on the thinking directly now.\n</think>\n\n";

    public bool Inside { get; private set; } = startsInside;

    public int Count { get; private set; }

    public bool Exhausted => budget is { } b && Inside && Count >= b;

    /// <summary>Feeds one generated token; false means "stop here: the thinking budget is spent".</summary>
    public bool Observe(int token)
    {
        if (token == openId) Inside = true;
        else if (token == closeId) Inside = false;
        if (Inside || token == closeId) Count++;
        return !Exhausted;
    }

    /// <summary>True when a rendered prompt leaves the model inside a reasoning block (templates that open &lt;think&gt; for it).</summary>
    public static bool PromptOpensThinking(string prompt)
    {
        var open = prompt.LastIndexOf("<think>", StringComparison.Ordinal);
        return open >= 0 && prompt.IndexOf("</think>", open, StringComparison.Ordinal) < 0 &&
               prompt.LastIndexOf("<|im_start|>assistant", StringComparison.Ordinal) < open;
    }
}
