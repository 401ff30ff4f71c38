using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Engine.Generation;
using QwenEval.Engine.Onnx.Search;

namespace QwenEval.Engine.Onnx;

/// <summary>
/// The built-in engine as a token runtime for the chat pipeline. It keeps its state between generations as
/// <paramref name="reuse"/> says: by default the draws of one prompt prefill it once, and a conversation's next turn
/// runs only its new tokens.
/// </summary>
/// <param name="ownsModel">false when several runtimes share one loaded model (benchmarks): disposing leaves it loaded</param>
public sealed class OnnxTokenRuntime(OnnxModel model, StateReuse reuse = StateReuse.DrawsAndTurns, bool ownsModel = true) : ITokenRuntime
{
    private readonly OnnxGenerator _generator = new(model) { ReusePrefix = reuse != StateReuse.None };
    private readonly bool _turns = reuse == StateReuse.DrawsAndTurns;
    private readonly int[] _eos = [.. model.Config.Model.EosTokenIds];

    public int ContextLength => model.Config.Model.ContextLength;

    public int VocabSize => model.Config.Model.VocabSize;

    public IReadOnlyList<int> EosTokenIds => _eos;

    public string Describe => $"{model.Config.ModelDirectory} (built-in engine)";

    public OnnxModel Model => model;

    public ITokenStream Start(IReadOnlyList<int> prompt, int maxLength, DecodingConfig decoding, ulong seed, int minLength = 0, Func<int>? checkpoint = null) =>
        new Stream(this, [.. prompt], decoding, seed, minLength, checkpoint);

    public void Dispose()
    {
        _generator.Dispose();
        if (ownsModel) model.Dispose();
    }

    /// <summary>
    /// Each Generate call hands the engine the whole context so far (with prefix reuse, a continuation runs only the
    /// forced tokens), with the draw's seed on the first call and seed + 1 on the next, as this engine always has.
    /// </summary>
    private sealed class Stream(OnnxTokenRuntime runtime, List<int> context, DecodingConfig decoding, ulong seed, int minLength, Func<int>? checkpoint) : ITokenStream
    {
        private int _calls;

        public StreamRun Generate(int maxNew, Func<int, bool> keepGoing, CancellationToken cancellation)
        {
            var sawEos = false;
            // A continuation adds forced tokens to this same answer and always runs on from the cache (as GenAI appends
            // them); a new answer continues an earlier one only when turns are reused.
            var continuation = _calls > 0;
            var turnStart = !continuation && runtime._turns ? checkpoint?.Invoke() ?? 0 : 0;
            GenerationOutput output;
            try
            {
                output = runtime._generator.Generate([context], Search(maxNew, seed + (ulong)_calls++), tokens =>
                {
                    if (Array.IndexOf(runtime._eos, tokens[0]) >= 0) sawEos = true;
                    return keepGoing(tokens[0]);
                }, cancellation, turnStart, mayContinue: continuation || runtime._turns);
            }
            catch (ArgumentException e)
            {
                throw new UserInputException($"{runtime.Model.Config.ModelDirectory}: {e.Message} Check \"decoding\" in the eval config.");
            }
            var produced = output.Sequences[0][context.Count..];
            context.AddRange(produced);
            return new StreamRun(produced, sawEos, output.StoppedByCallback, output.TimeToFirstToken, output.CachedTokens);
        }

        public void Append(IReadOnlyList<int> tokens) => context.AddRange(tokens);

        private SearchOptions Search(int maxNewTokens, ulong drawSeed)
        {
            var search = new SearchOptions { MaxLength = runtime.ContextLength, MaxNewTokens = maxNewTokens, MinLength = minLength };
            return decoding.Mode == DecodingMode.Greedy
                ? search
                : search with
                {
                    DoSample = true,
                    Temperature = (float)decoding.Temperature,
                    TopP = (float)decoding.TopP,
                    TopK = decoding.TopK,
                    Seed = drawSeed,
                };
        }

        public void Dispose()
        {
        }
    }
}
