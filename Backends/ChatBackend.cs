using QwenEval.Core.Generation;
using QwenEval.Engine.Generation;

namespace QwenEval.Backends;

/// <summary>A local runtime behind <see cref="IModelBackend"/>: the chat pipeline over a token runtime it owns.</summary>
public sealed class ChatBackend(ITokenRuntime runtime, ChatPipeline pipeline) : IModelBackend
{
    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation) => pipeline.Generate(request, cancellation);

    public void Dispose() => runtime.Dispose();
}
