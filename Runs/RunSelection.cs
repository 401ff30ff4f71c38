using System.Text.RegularExpressions;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Tasks;
using QwenEval.Tasks.Agentic;

namespace QwenEval.Runs;

/// <summary>
/// The part of a run's plan one `qweneval run` does: some models (--models), some tasks (--tasks ids or globs),
/// the first N of those (--limit). It never changes the run folder's identity: a limited run writes into the same
/// folder as the full run, whose later invocation generates only what is still missing.
/// </summary>
public sealed record RunSelection(IReadOnlyList<string>? ModelNames, IReadOnlyList<string>? TaskPatterns, int? Limit)
{
    public static readonly RunSelection Everything = new(null, null, null);

    public bool IsEverything => ModelNames is null && TaskPatterns is null && Limit is null;

    /// <summary>"a,b, c" as a list; null for no option.</summary>
    public static IReadOnlyList<string>? SplitList(string? text) =>
        text?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>The config's models this selection names, in config order; an unknown name is an input error.</summary>
    public IReadOnlyList<ModelConfig> Models(EvalConfig config)
    {
        if (ModelNames is null) return config.Models;
        if (ModelNames.Count == 0) throw new UserInputException("--models is empty. Name one or more models of the config, e.g. --models reference.");
        foreach (var name in ModelNames.Where(n => config.Model(n) is null))
            throw new UserInputException(
                $"--models: {config.SourceFile} has no model \"{name}\". Its models: {string.Join(", ", config.Models.Select(m => m.Name))}.");
        return config.Models.Where(m => ModelNames.Contains(m.Name)).ToList();
    }

    /// <summary>The function-level tasks this selection names, in suite order, cut to the first <see cref="Limit"/>.</summary>
    public IReadOnlyList<CodingTask> Tasks(Suite suite) => Pick(suite.Tasks, t => t.Id);

    /// <summary>The agentic tasks this selection names, in suite order, cut to the first <see cref="Limit"/> (a limit applies to each suite).</summary>
    public IReadOnlyList<AgenticTask> Tasks(AgenticSuite suite) => Pick(suite.Tasks, t => t.Id);

    private List<T> Pick<T>(IReadOnlyList<T> tasks, Func<T, string> id)
    {
        CheckOptions();
        var patterns = TaskPatterns?.Select(Glob).ToList();
        var named = patterns is null ? tasks : tasks.Where(t => patterns.Any(p => p.IsMatch(id(t))));
        return (Limit is { } n ? named.Take(n) : named).ToList();
    }

    private void CheckOptions()
    {
        if (Limit is < 1) throw new UserInputException($"--limit {Limit}: use 1 or more (the first N tasks of each suite).");
        if (TaskPatterns is { Count: 0 }) throw new UserInputException("--tasks is empty. Give task ids or globs, e.g. --tasks 'str_*,math_gcd'.");
    }

    /// <summary>Throws an input error for options that select nothing: each --tasks pattern must match a task of one of the run's suites.</summary>
    public void Check(Suite functions, AgenticSuite agentic)
    {
        CheckOptions();
        var ids = functions.Tasks.Select(t => t.Id).Concat(agentic.Tasks.Select(t => t.Id)).ToList();
        foreach (var p in TaskPatterns ?? [])
        {
            if (ids.Any(Glob(p).IsMatch)) continue;
            var suites = agentic.Tasks.Count == 0 ? $"suite {functions.Name} ({functions.Folder})"
                : functions.Tasks.Count == 0 ? $"suite {agentic.Name} ({agentic.Folder})"
                : $"suites {functions.Name} ({functions.Folder}) and {agentic.Name} ({agentic.Folder})";
            throw new UserInputException(
                $"--tasks: \"{p}\" matches no task of {suites}. Use task ids or globs such as 'str_*'; 'qweneval tasks list' lists the ids.");
        }
    }

    /// <summary>What this invocation does of the plan, for the console ("5 of 208 tasks, 5 of 42 agentic tasks; models reference").</summary>
    public string Describe(EvalConfig config, Suite functions, AgenticSuite agentic)
    {
        Check(functions, agentic);
        var parts = new List<string>();
        if (functions.Tasks.Count > 0 || agentic.Tasks.Count == 0) parts.Add($"{Tasks(functions).Count} of {functions.Tasks.Count} tasks");
        if (agentic.Tasks.Count > 0) parts.Add($"{Tasks(agentic).Count} of {agentic.Tasks.Count} agentic tasks");
        return $"{string.Join(", ", parts)}; models {string.Join(", ", Models(config).Select(m => m.Name))}";
    }

    /// <summary>A shell-style glob (* any run, ? one character) as an anchored regex; a plain id matches only itself.</summary>
    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$");
}
