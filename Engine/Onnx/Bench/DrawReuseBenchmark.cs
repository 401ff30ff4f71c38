using System.Diagnostics;
using System.Text.Json.Nodes;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Onnx.Search;

namespace QwenEval.Engine.Onnx.Bench;

/// <summary>End-to-end tokens/s of n sampled draws of one prompt, with the prompt prefilled once and prefilled per draw.</summary>
public sealed record DrawReuseResult(int Draws, int PromptTokens, int NewTokens, double WithoutTokensPerSecond, double WithTokensPerSecond, bool Identical)
{
    public double Ratio => WithTokensPerSecond / WithoutTokensPerSecond;

    public JsonObject ToJson() => new()
    {
        ["draws"] = Draws,
        ["prompt_tokens"] = PromptTokens,
        ["new_tokens"] = NewTokens,
        ["without_reuse_tokens_per_s"] = Math.Round(WithoutTokensPerSecond, 1),
        ["with_reuse_tokens_per_s"] = Math.Round(WithTokensPerSecond, 1),
        ["ratio"] = Math.Round(Ratio, 3),
        ["identical"] = Identical,
    };
}

/// <summary>
/// What prompt reuse buys an eval with samples_per_task = n: the same n seeded draws (Qwen's recommended sampling,
/// end tokens suppressed so every draw has the same length) through the engine with and without its kept state,
/// after one warm-up draw each, interleaved, and whether the draws are identical token for token.
/// </summary>
public sealed class DrawReuseBenchmark(OnnxModel model)
{
    public DrawReuseResult Run(int draws, int promptTokens, int newTokens)
    {
        var config = model.Config.Model;
        var prompt = RuntimeBench.Prompt(config.VocabSize, Math.Max(1, Math.Min(promptTokens, config.ContextLength - newTokens - 1)));
        var promptLength = prompt.Length;
        var length = Math.Min(config.ContextLength, promptLength + newTokens);
        SearchOptions Draw(int i) => new()
        {
            MaxLength = length, MinLength = length, DoSample = true, Temperature = 0.7f, TopP = 0.8f, TopK = 20, Seed = (ulong)i + 1,
        };

        using var reusing = new OnnxGenerator(model) { ReusePrefix = true };
        var fresh = new OnnxGenerator(model);
        // Warm-up: sessions, allocations; the kept state is then another prompt's, so the first timed draw prefills.
        int[] other = [.. prompt.Reverse()];
        fresh.Generate([other], Draw(-1));
        reusing.Generate([other], Draw(-1));
        // Interleaved draw by draw, so a busy spell on the machine slows both the same.
        double withoutSeconds = 0, withSeconds = 0;
        var identical = true;
        for (var i = 0; i < draws; i++)
        {
            var (a, without) = Time(fresh, prompt, Draw(i));
            var (b, with) = Time(reusing, prompt, Draw(i));
            withoutSeconds += a;
            withSeconds += b;
            identical &= without.SequenceEqual(with);
        }
        var generated = (double)draws * (length - promptLength);
        return new DrawReuseResult(draws, promptLength, length - promptLength, generated / withoutSeconds, generated / withSeconds, identical);
    }

    private static (double Seconds, int[] Draw) Time(OnnxGenerator generator, int[] prompt, SearchOptions search)
    {
        var start = Stopwatch.GetTimestamp();
        var draw = generator.Generate([prompt], search).Sequences[0];
        return (Stopwatch.GetElapsedTime(start).TotalSeconds, draw);
    }
}
