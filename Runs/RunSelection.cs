using System.Text.RegularExpressions;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Tasks;

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

    /// <summary>The suite's tasks this selection names, in suite order, cut to the first <see cref="Limit"/>.</summary>
    public IReadOnlyList<CodingTask> Tasks(Suite suite)
    {
        if (Limit is < 1) throw new UserInputException($"--limit {Limit}: use 1 or more (the first N tasks of the suite).");
        IEnumerable<CodingTask> tasks = suite.Tasks;
        if (TaskPatterns is not null)
        {
            if (TaskPatterns.Count == 0) throw new UserInputException("--tasks is empty. Give task ids or globs, e.g. --tasks 'str_*,math_gcd'.");
            var patterns = TaskPatterns.Select(p => (Text: p, Regex: Glob(p))).ToList();
            foreach (var p in patterns.Where(p => !suite.Tasks.Any(t => p.Regex.IsMatch(t.Id))))
                throw new UserInputException(
                    $"--tasks: \"{p.Text}\" matches no task of suite {suite.Name} ({suite.Folder}). Use task ids or globs such as 'str_*'; 'qweneval tasks list' lists the ids.");
            tasks = tasks.Where(t => patterns.Any(p => p.Regex.IsMatch(t.Id)));
        }
        return (Limit is { } n ? tasks.Take(n) : tasks).ToList();
    }

    /// <summary>What this invocation does of the plan, for the console ("5 of 208 tasks; models reference").</summary>
    public string Describe(EvalConfig config, Suite suite) =>
        $"{Tasks(suite).Count} of {suite.Tasks.Count} tasks; models {string.Join(", ", Models(config).Select(m => m.Name))}";

    /// <summary>A shell-style glob (* any run, ? one character) as an anchored regex; a plain id matches only itself.</summary>
    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$");
}
