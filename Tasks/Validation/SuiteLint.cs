using System.Text.RegularExpressions;

namespace QwenEval.Tasks.Validation;

/// <summary>A rule a task breaks: which task, which file, and what is wrong.</summary>
public sealed record Violation(string TaskId, string File, string Problem)
{
    public override string ToString() => $"{TaskId}/{File}: {Problem}";
}

/// <summary>
/// Static checks of a task folder that need no Python: the rules the suite's claims rest on
/// (tests that say enough, decoys that exist, prompts that never leak the tests).
/// </summary>
public static partial class SuiteLint
{
    public sealed record Rules(int MinAsserts, int MinDecoys)
    {
        /// <summary>The bar for the project's own suite.</summary>
        public static readonly Rules Strict = new(6, 2);

        /// <summary>Imported public benchmarks have their own tests and no decoys.</summary>
        public static readonly Rules Imported = new(1, 0);
    }

    public static IReadOnlyList<Violation> Check(CodingTask task, Rules rules)
    {
        List<Violation> v = [];
        if (!Defines(task.Prompt, task.EntryPoint))
            v.Add(new(task.Id, "prompt.py", $"does not show the signature of '{task.EntryPoint}'"));
        if (!Defines(task.Solution, task.EntryPoint))
            v.Add(new(task.Id, "solution.py", $"does not define '{task.EntryPoint}'"));
        if (!CheckFunction().IsMatch(task.Tests))
            v.Add(new(task.Id, "tests.py", "does not define check(candidate)"));
        var asserts = AssertLine().Matches(task.Tests).Count;
        if (asserts < rules.MinAsserts)
            v.Add(new(task.Id, "tests.py", $"has {asserts} assert lines; at least {rules.MinAsserts} are required"));
        if (task.Decoys.Count < rules.MinDecoys)
            v.Add(new(task.Id, "decoys/", $"has {task.Decoys.Count} decoys; at least {rules.MinDecoys} are required"));
        foreach (var d in task.Decoys.Where(d => !Defines(d.Code, task.EntryPoint)))
            v.Add(new(task.Id, $"decoys/{d.Name}.py", $"does not define '{task.EntryPoint}'"));
        if (task.Prompt.Contains("def check(", StringComparison.Ordinal))
            v.Add(new(task.Id, "prompt.py", "contains the hidden tests"));
        return v;
    }

    private static bool Defines(string code, string name) =>
        Regex.IsMatch(code, $@"^\s*(async\s+def|def|class)\s+{Regex.Escape(name)}\b", RegexOptions.Multiline);

    [GeneratedRegex(@"^def check\(candidate\)", RegexOptions.Multiline)]
    private static partial Regex CheckFunction();

    [GeneratedRegex(@"^\s*assert\b", RegexOptions.Multiline)]
    private static partial Regex AssertLine();
}
