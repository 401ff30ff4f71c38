using System.Diagnostics;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Search;
using QwenEval.Engine.Templates;
using QwenEval.Engine.Tokenization;
using QwenEval.Engine.ToolCalls;

namespace QwenEval.Backends.Onnx;

/// <summary>
/// The built-in ONNX engine behind <see cref="IModelBackend"/>: chat template → token ids → generation → text of the
/// new tokens. Decoding comes from the model's resolved settings only (not the folder's search defaults), so every
/// model in a run decodes the same way; generation ends at the folder's end-of-sequence ids, at max_new_tokens, or
/// at generation_seconds (finish reason time_limit).
/// </summary>
public sealed class OnnxBackend : IModelBackend
{
    private readonly OnnxModel _model;
    private readonly OnnxGenerator _generator;
    private readonly ITextTokenizer _tokenizer;
    private readonly IChatTemplate _template;
    private readonly GenerationSettings _settings;
    private readonly int[] _eos;
    private ToolChat? _toolChat;

    public OnnxBackend(OnnxModel model, ITextTokenizer tokenizer, IChatTemplate template, GenerationSettings settings)
    {
        // Models pad their vocab past the tokenizer's (Qwen: 151,669 tokens, 151,936 logits); the reverse means ids the model cannot embed.
        if (tokenizer.VocabSize > model.Config.Model.VocabSize)
        {
            var error = new UserInputException(
                $"{Path.Combine(model.Config.ModelDirectory, "tokenizer.json")}: the tokenizer has {tokenizer.VocabSize} tokens but {model.Config.File} says $.model.vocab_size is {model.Config.Model.VocabSize}. " +
                "The tokenizer belongs to another model: copy the tokenizer files the model was exported with.");
            model.Dispose(); // the backend owns the model it was given
            throw error;
        }
        _model = model;
        _generator = new OnnxGenerator(model);
        _tokenizer = tokenizer;
        _template = template;
        _settings = settings;
        _eos = [.. model.Config.Model.EosTokenIds];
    }

    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation)
    {
        var start = Stopwatch.GetTimestamp();
        // With tools, the template renders them and the answer is read in the call format it teaches.
        var tools = request.Tools is null ? null : _toolChat ??= ToolChat.For(_template);
        var text = tools?.Render(request.Messages, request.Tools!, _settings.EnableThinking)
            ?? _template.Render(request.Messages, addGenerationPrompt: true, enableThinking: _settings.EnableThinking);
        var prompt = _tokenizer.Encode(text);
        var context = _model.Config.Model.ContextLength;
        if (prompt.Count >= context)
        {
            // Nothing fits after the prompt: an empty, truncated answer rather than a failed run.
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return new GenerationResult("", FinishReason.Length, prompt.Count, 0, ms, ms) { ToolTurn = tools?.Parse("", request.Tools!) };
        }

        var sawEos = false;
        var deadline = new Deadline(_settings.GenerationSeconds);
        var thinking = new ThinkingTracker(_tokenizer.TokenToId("<think>"), _tokenizer.TokenToId("</think>"),
            _settings.EnableThinking ? _settings.ThinkingBudget : null, _settings.EnableThinking && ThinkingTracker.PromptOpensThinking(text));
        var stops = new StopStrings(_settings.Decoding.Stop, _tokenizer);
        var beforeGenerate = Stopwatch.GetElapsedTime(start);
        var output = Run(prompt, Search(request, request.MaxNewTokens, request.Seed), t => thinking.Observe(t) && stops.Observe(t) && deadline.Observe(), () => sawEos = true, cancellation);
        var generated = output.Sequences[0][prompt.Count..].ToList();
        var ttft = beforeGenerate + output.TimeToFirstToken;

        if (output.StoppedByCallback && thinking.Exhausted && !deadline.Passed)
        {
            // Budget spent: close the reasoning as Qwen's model cards suggest and let the model answer in what is left.
            var close = _tokenizer.Encode(ThinkingTracker.BudgetExhaustedText);
            var left = request.MaxNewTokens - generated.Count - close.Count;
            // No room left for an answer: stop inside the reasoning, which max_new_tokens then explains (truncated).
            if (left > 0)
            {
                generated.AddRange(close);
                var resumed = prompt.Concat(generated).ToList();
                var rest = Run(resumed, Search(request, left, request.Seed + 1), t => stops.Observe(t) && deadline.Observe(), () => sawEos = true, cancellation);
                generated.AddRange(rest.Sequences[0][resumed.Count..]);
            }
        }

        // A final end token is not part of the sequence (GenAI appends none when the last row ends).
        var answer = _tokenizer.Decode(generated, skipSpecial: true);
        if (stops.Hit) answer = stops.Cut(answer);
        return new GenerationResult(
            answer,
            sawEos || stops.Hit ? FinishReason.Stop : deadline.Passed ? FinishReason.TimeLimit : FinishReason.Length,
            prompt.Count,
            generated.Count + (sawEos ? 1 : 0),
            ttft.TotalMilliseconds,
            Stopwatch.GetElapsedTime(start).TotalMilliseconds,
            thinking.Count)
        {
            ToolTurn = tools?.Parse(answer, request.Tools!),
        };
    }

    private GenerationOutput Run(IReadOnlyList<int> prompt, SearchOptions search, Func<int, bool> keepGoing, Action onEos, CancellationToken cancellation)
    {
        try
        {
            return _generator.Generate([prompt], search, tokens =>
            {
                if (Array.IndexOf(_eos, tokens[0]) >= 0) onEos();
                return keepGoing(tokens[0]);
            }, cancellation);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException($"{_model.Config.ModelDirectory}: {e.Message} Check \"decoding\" in the eval config.");
        }
    }

    private SearchOptions Search(GenerationRequest request, int maxNewTokens, ulong seed)
    {
        var search = new SearchOptions
        {
            MaxLength = _model.Config.Model.ContextLength,
            MaxNewTokens = maxNewTokens,
        };
        return _settings.Decoding.Mode == DecodingMode.Greedy
            ? search
            : search with
            {
                DoSample = true,
                Temperature = (float)_settings.Decoding.Temperature,
                TopP = (float)_settings.Decoding.TopP,
                TopK = _settings.Decoding.TopK,
                Seed = seed,
            };
    }

    public void Dispose() => _model.Dispose();
}
