using System.Diagnostics;
using QwenEval.Harness.Cli;
using QwenEval.Harness.Config;
using QwenEval.Harness.Models.Onnx.Search;
using QwenEval.Harness.Prompting;
using QwenEval.Harness.Tokenization;

namespace QwenEval.Harness.Models.Onnx;

/// <summary>
/// The ONNX engine behind <see cref="IModelBackend"/>: chat template → token ids → generation → text of the new
/// tokens. Decoding comes from the eval config only (not the folder's search defaults), so every model in a run
/// decodes the same way; generation ends at the folder's end-of-sequence ids or at max_new_tokens.
/// </summary>
public sealed class OnnxBackend : IModelBackend
{
    private readonly OnnxModel _model;
    private readonly OnnxGenerator _generator;
    private readonly ITextTokenizer _tokenizer;
    private readonly IChatTemplate _template;
    private readonly DecodingConfig _decoding;
    private readonly bool _enableThinking;
    private readonly int[] _eos;

    public OnnxBackend(ModelConfig model, EvalConfig config, ITextTokenizer tokenizer, IChatTemplate template, EngineOptions? engine = null)
        : this(
            OnnxModel.Load(model.Path ?? throw new UserInputException(
                $"{config.SourceFile}: model \"{model.Name}\": kind \"onnx\" needs \"path\", the model folder. Add it."), engine),
            tokenizer, template, config.Decoding, model.EnableThinking)
    {
    }

    public OnnxBackend(OnnxModel model, ITextTokenizer tokenizer, IChatTemplate template, DecodingConfig decoding, bool enableThinking)
    {
        _model = model;
        _generator = new OnnxGenerator(model);
        _tokenizer = tokenizer;
        _template = template;
        _decoding = decoding;
        _enableThinking = enableThinking;
        _eos = [.. model.Config.Model.EosTokenIds];
    }

    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation)
    {
        var start = Stopwatch.GetTimestamp();
        var text = _template.Render(request.Messages, addGenerationPrompt: true, enableThinking: _enableThinking);
        var prompt = _tokenizer.Encode(text);
        var context = _model.Config.Model.ContextLength;
        if (prompt.Count >= context)
        {
            // Nothing fits after the prompt: an empty, truncated answer rather than a failed run.
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return new GenerationResult("", FinishReason.Length, prompt.Count, 0, ms, ms);
        }

        var sawEos = false;
        var beforeGenerate = Stopwatch.GetElapsedTime(start);
        GenerationOutput output;
        try
        {
            output = _generator.Generate([prompt], Search(request), tokens =>
            {
                sawEos = Array.IndexOf(_eos, tokens[0]) >= 0;
                return true;
            }, cancellation);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException($"{_model.Config.ModelDirectory}: {e.Message} Check \"decoding\" in the eval config.");
        }

        var sequence = output.Sequences[0];
        var generated = sequence.AsSpan(prompt.Count);
        // A final end token is not part of the sequence (GenAI appends none when the last row ends).
        var answer = _tokenizer.Decode(generated.ToArray(), skipSpecial: true);
        return new GenerationResult(
            answer,
            sawEos ? FinishReason.Stop : FinishReason.Length,
            prompt.Count,
            generated.Length + (sawEos ? 1 : 0),
            (beforeGenerate + output.TimeToFirstToken).TotalMilliseconds,
            Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    private SearchOptions Search(GenerationRequest request)
    {
        var search = new SearchOptions
        {
            MaxLength = _model.Config.Model.ContextLength,
            MaxNewTokens = request.MaxNewTokens,
        };
        return _decoding.Mode == DecodingMode.Greedy
            ? search
            : search with
            {
                DoSample = true,
                Temperature = (float)_decoding.Temperature,
                TopP = (float)_decoding.TopP,
                TopK = _decoding.TopK,
                Seed = request.Seed,
            };
    }

    public void Dispose() => _model.Dispose();
}
