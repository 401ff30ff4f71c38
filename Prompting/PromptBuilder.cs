using QwenEval.Tasks;
using QwenEval.Core.Generation;

namespace QwenEval.Prompting;

/// <summary>The chat a model sees for a task. Fixed text: changing it changes every result, so it is versioned.</summary>
public static class PromptBuilder
{
    /// <summary>Recorded in run.json; bump when the wording below changes.</summary>
    public const string Version = "chat-v1";

    public const string System =
        "You are an expert Python programmer. You write correct, efficient, self-contained Python 3 code " +
        "using only the standard library.";

    public static IReadOnlyList<ChatMessage> Build(CodingTask task) =>
    [
        new("system", System),
        new("user",
            $"Complete the Python function `{task.EntryPoint}` below so that it meets its docstring. " +
            "Reply with the complete module (imports, the function and any helpers) in one ```python code block.\n\n" +
            $"```python\n{task.Prompt.TrimEnd()}\n```"),
    ];
}
