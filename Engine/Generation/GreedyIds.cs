using QwenEval.Core.Config;

namespace QwenEval.Engine.Generation;

/// <summary>Greedy continuation of token ids through any runtime: what parity tests and `generate --runtime` compare.</summary>
public static class GreedyIds
{
    /// <returns>the new tokens after the prompt, up to <paramref name="maxLength"/> in all; a final end token is not included</returns>
    public static IReadOnlyList<int> Continue(ITokenRuntime runtime, IReadOnlyList<int> prompt, int maxLength, CancellationToken cancellation = default)
    {
        using var stream = runtime.Start(prompt, maxLength, DecodingConfig.Greedy, 0);
        return stream.Generate(maxLength - prompt.Count, _ => true, cancellation).Tokens;
    }
}
