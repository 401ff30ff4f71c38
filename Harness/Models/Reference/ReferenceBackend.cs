using System.Diagnostics;
using QwenEval.Tasks;

namespace QwenEval.Harness.Models.Reference;

/// <summary>
/// A pseudo-model that needs no weights: it answers with a task's canonical solution (reference, must score 100%)
/// or its first decoy (decoy, must score 0%). It proves the whole pipeline, extraction and sandbox included.
/// </summary>
public sealed class ReferenceBackend(ReferenceBackend.Mode mode) : IModelBackend
{
    public enum Mode { Canonical, FirstDecoy }

    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation)
    {
        var start = Stopwatch.GetTimestamp();
        var code = mode == Mode.Canonical ? request.Task.Solution : FirstDecoy(request.Task);
        // Answer the way a chat model does (prose + fenced block) so extraction runs for real.
        var text = $"Here is the implementation of `{request.Task.EntryPoint}`:\n\n```python\n{code.TrimEnd()}\n```\n";
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return new GenerationResult(text, FinishReason.Stop, 0, 0, ms, ms);
    }

    private static string FirstDecoy(CodingTask task) =>
        task.Decoys.Count > 0
            ? task.Decoys[0].Code
            : throw new TaskFormatException($"{task.Folder}: the decoy model needs at least one decoys/*.py. Add a plausible wrong solution.");

    public void Dispose() { }
}
