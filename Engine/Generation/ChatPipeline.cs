using System.Diagnostics;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Templates;
using QwenEval.Engine.Tokenization;
using QwenEval.Engine.ToolCalls;

namespace QwenEval.Engine.Generation;

/// <summary>
/// Chat messages → answer text, the same for every local runtime: the folder's chat template renders the prompt
/// (with enable_thinking, which GenAI's C# API cannot pass), the project's tokenizer encodes it, so both runtimes
/// receive identical ids; generation stops at an end token, a stop string, max_new_tokens, the thinking budget (the
/// reasoning is closed and the model answers on) or generation_seconds.
/// </summary>
public sealed class ChatPipeline(ITokenRuntime runtime, ITextTokenizer tokenizer, IChatTemplate template, GenerationSettings settings)
{
    private ToolChat? _toolChat;

    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation)
    {
        var start = Stopwatch.GetTimestamp();
        var decoding = request.Overrides?.Decoding ?? settings.Decoding;
        var enableThinking = request.Overrides?.EnableThinking ?? settings.EnableThinking;
        // With tools, the template renders them and the answer is read in the call format it teaches.
        var tools = request.Tools is null ? null : _toolChat ??= ToolChat.For(template);
        var text = tools?.Render(request.Messages, request.Tools!, enableThinking)
            ?? template.Render(request.Messages, addGenerationPrompt: true, enableThinking: enableThinking);
        var prompt = tokenizer.Encode(text);
        // A tool conversation's next prompt starts with this one up to the generation prompt (the assistant turn is
        // rendered anew): a runtime that keeps state returns there next turn. Rendered only for such a runtime.
        Func<int>? turnStart = tools is null ? null : () =>
            prompt.ToArray().AsSpan().CommonPrefixLength(tokenizer.Encode(tools.Render(request.Messages, request.Tools!, enableThinking, addGenerationPrompt: false)).ToArray());
        if (prompt.Count >= runtime.ContextLength)
        {
            // Nothing fits after the prompt: an empty, truncated answer rather than a failed run.
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return new GenerationResult("", FinishReason.Length, prompt.Count, 0, ms, ms) { ToolTurn = tools?.Parse("", request.Tools!) };
        }

        var deadline = new Deadline(settings.GenerationSeconds);
        var thinking = new ThinkingTracker(tokenizer.TokenToId("<think>"), tokenizer.TokenToId("</think>"),
            enableThinking ? settings.ThinkingBudget : null, enableThinking && ThinkingTracker.PromptOpensThinking(text));
        var stops = new StopStrings(decoding.Stop, tokenizer);
        var streamed = request.OnText is { } onText ? new TextDeltas(tokenizer, onText) : null;
        var beforeGenerate = Stopwatch.GetElapsedTime(start);
        var maxLength = Math.Min(runtime.ContextLength, prompt.Count + request.MaxNewTokens);
        using var stream = runtime.Start(prompt, maxLength, decoding, request.Seed, checkpoint: turnStart);
        var generated = new List<int>();
        bool Observe(int t, bool countThinking)
        {
            streamed?.Add(t);
            return (!countThinking || thinking.Observe(t)) && stops.Observe(t) && deadline.Observe();
        }

        var run = stream.Generate(request.MaxNewTokens, t => Observe(t, countThinking: true), cancellation);
        generated.AddRange(run.Tokens);
        var sawEos = run.SawEos;
        var ttft = beforeGenerate + run.TimeToFirstToken;
        if (run.Stopped && thinking.Exhausted && !deadline.Passed && !stops.Hit)
        {
            // Budget spent: close the reasoning as Qwen's model cards suggest and let the model answer in what is left.
            var close = tokenizer.Encode(ThinkingTracker.BudgetExhaustedText);
            var left = request.MaxNewTokens - generated.Count - close.Count;
            // No room left for an answer: stop inside the reasoning, which max_new_tokens then explains (truncated).
            if (left > 0)
            {
                foreach (var t in close) streamed?.Add(t);
                generated.AddRange(close);
                stream.Append(close);
                var rest = stream.Generate(left, t => Observe(t, countThinking: false), cancellation);
                generated.AddRange(rest.Tokens);
                sawEos = rest.SawEos;
            }
        }

        var answer = tokenizer.Decode(generated, skipSpecial: true);
        if (stops.Hit) answer = stops.Cut(answer);
        streamed?.Flush(answer);
        return new GenerationResult(
            answer,
            sawEos || stops.Hit ? FinishReason.Stop : deadline.Passed ? FinishReason.TimeLimit : FinishReason.Length,
            prompt.Count,
            // A final end token is not part of the answer, but it was generated.
            generated.Count + (sawEos ? 1 : 0),
            ttft.TotalMilliseconds,
            Stopwatch.GetElapsedTime(start).TotalMilliseconds,
            thinking.Count)
        {
            ToolTurn = tools?.Parse(answer, request.Tools!),
            CachedPromptTokens = run.CachedTokens,
        };
    }

    /// <summary>
    /// The tokenizer must not hold ids the model cannot embed (models pad their vocab past the tokenizer's: Qwen has
    /// 151,669 tokens and 151,936 logits; the reverse means the tokenizer belongs to another model).
    /// </summary>
    public static void CheckVocabulary(ITextTokenizer tokenizer, int modelVocab, string tokenizerFile, string configFile)
    {
        if (tokenizer.VocabSize > modelVocab)
            throw new UserInputException(
                $"{tokenizerFile}: the tokenizer has {tokenizer.VocabSize} tokens but {configFile} says $.model.vocab_size is {modelVocab}. " +
                "The tokenizer belongs to another model: copy the tokenizer files the model was exported with.");
    }
}

/// <summary>Streams answer text as it grows (for `serve`): whole characters only, never half a UTF-8 sequence.</summary>
internal sealed class TextDeltas(ITextTokenizer tokenizer, Action<string> onText)
{
    private readonly List<int> _tokens = [];
    private int _sent;

    public void Add(int token)
    {
        _tokens.Add(token);
        var text = tokenizer.Decode(_tokens, skipSpecial: true);
        // A trailing U+FFFD is usually a character whose bytes have not all arrived yet.
        var ready = text.EndsWith('\uFFFD') ? text.TrimEnd('\uFFFD') : text;
        if (ready.Length > _sent && ready.StartsWith(ready[.._sent], StringComparison.Ordinal))
        {
            onText(ready[_sent..]);
            _sent = ready.Length;
        }
    }

    /// <summary>The final answer may be shorter (a stop string cut it): nothing more is sent past it.</summary>
    public void Flush(string answer)
    {
        if (answer.Length > _sent) onText(answer[_sent..]);
        _sent = Math.Max(_sent, answer.Length);
    }
}
