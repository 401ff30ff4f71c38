using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Tasks;

namespace QwenEval.Runs.PseudoModels;

/// <summary>
/// A model kind that needs no weights: the runner asks it for an answer to a task it may see whole (hidden tests,
/// canonical solution). It proves the pipeline, extraction and sandbox included, and never goes through
/// <see cref="Core.Generation.IModelBackend"/>, which only ever sees prompts.
/// </summary>
public interface IPseudoModelKind : IModelKind
{
    /// <summary>The answer text, written the way a chat model writes one (prose and a fenced block).</summary>
    string Answer(CodingTask task);
}

/// <summary>Kind "reference": answers with the canonical solution; must score 100%.</summary>
public sealed class ReferenceKind : IPseudoModelKind
{
    public string Name => "reference";

    public IKindSettings Parse(JsonFields fields, string baseDir) => NoSettings.Instance;

    public string Answer(CodingTask task) => PseudoAnswer.Fenced(task, task.Solution);
}

/// <summary>Kind "decoy": answers with the task's first decoy; must score 0%.</summary>
public sealed class DecoyKind : IPseudoModelKind
{
    public string Name => "decoy";

    public IKindSettings Parse(JsonFields fields, string baseDir) => NoSettings.Instance;

    public string Answer(CodingTask task) =>
        PseudoAnswer.Fenced(task, task.Decoys.Count > 0
            ? task.Decoys[0].Code
            : throw new TaskFormatException($"{task.Folder}: the decoy model needs at least one decoys/*.py. Add a plausible wrong solution."));
}

internal static class PseudoAnswer
{
    // Answer the way a chat model does (prose + fenced block) so extraction runs for real.
    public static string Fenced(CodingTask task, string code) =>
        $"Here is the implementation of `{task.EntryPoint}`:\n\n```python\n{code.TrimEnd()}\n```\n";
}
