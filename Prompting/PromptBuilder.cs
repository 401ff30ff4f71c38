using System.Text.RegularExpressions;
using QwenEval.Tasks;
using QwenEval.Core.Generation;

namespace QwenEval.Prompting;

/// <summary>The chat a model sees for a task. Fixed text: changing it changes every result, so it is versioned.</summary>
public static class PromptBuilder
{
    /// <summary>
    /// Recorded in run.json; bump when the wording below changes (a run folder of another version refuses to resume).
    /// chat-v2: a task whose entry point is a class is introduced as a class, not as a function.
    /// </summary>
    public const string Version = "chat-v2";

    public const string System =
        "You are an expert Python programmer. You write correct, efficient, self-contained Python 3 code " +
        "using only the standard library.";

    public static IReadOnlyList<ChatMessage> Build(CodingTask task)
    {
        var kind = EntryPointKind(task);
        return
        [
            new("system", System),
            new("user",
                $"Complete the Python {kind} `{task.EntryPoint}` below so that it meets its docstring. " +
                $"Reply with the complete module (imports, the {kind} and any helpers) in one ```python code block.\n\n" +
                $"```python\n{task.Prompt.TrimEnd()}\n```"),
        ];
    }

    /// <summary>"class" when the prompt defines the entry point with a class statement, else "function".</summary>
    public static string EntryPointKind(CodingTask task) =>
        Regex.IsMatch(task.Prompt, $@"^class\s+{Regex.Escape(task.EntryPoint)}\b", RegexOptions.Multiline) ? "class" : "function";
}
