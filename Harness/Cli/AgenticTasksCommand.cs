using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Tasks.Agentic;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval tasks list|show|validate` on an agentic suite (suite.json "kind": "agentic").</summary>
internal static class AgenticTasksCommand
{
    public static int List(AgenticSuite s)
    {
        Console.WriteLine($"{s.Name} v{s.Version} (agentic): {s.Tasks.Count} tasks, hash {s.Hash[..12]}");
        foreach (var t in s.Tasks)
            Console.WriteLine($"{t.Id,-32} {t.Difficulty,-7} {t.Category,-12} {t.Repo.Count,2} files {t.Decoys.Count} decoys  {t.Title}");
        foreach (var g in s.Tasks.GroupBy(t => t.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"{g.Key}: {g.Count()}");
        return ExitCodes.Ok;
    }

    public static int Show(AgenticSuite s, string id, bool hidden)
    {
        var t = s.Find(id) ?? throw new UserInputException($"{s.Folder}: no task '{id}'. Run 'qweneval tasks list --suite {s.Folder}' to see the ids.");
        Console.WriteLine($"# {t.Id}: {t.Title} ({t.Category}, {t.Difficulty}; {string.Join(", ", t.Tags)}; budgets {t.Budgets.Turns} turns, {t.Budgets.Tokens} tokens, {t.Budgets.WallSeconds} s)");
        Console.WriteLine();
        Console.WriteLine(t.Issue);
        Console.WriteLine("# repo/");
        foreach (var f in t.Repo.Keys) Console.WriteLine(f);
        if (hidden)
        {
            foreach (var h in t.HiddenTests) Console.WriteLine($"# hidden_tests/{h.Name}\n{h.Source}");
            Console.WriteLine("# canonical.diff\n" + t.CanonicalDiff);
            foreach (var d in t.Decoys) Console.WriteLine($"# decoys/{d.Name}.diff ({d.Description})\n{d.Diff}");
        }
        return ExitCodes.Ok;
    }

    public static int Validate(AgenticSuite s, ISandbox sandbox, int jobs, CancellationToken ct)
    {
        var unsandboxed = sandbox.Description.Kind == "none";
        if (unsandboxed)
            Console.Error.WriteLine("WARNING: --unsafe-no-sandbox: the suite's repositories and their tests run WITHOUT isolation.");
        foreach (var line in sandbox.Description.Isolation) Console.WriteLine(line);
        var executor = new TestExecutor(sandbox, Path.GetTempPath());
        // The canonical's hidden tests must finish within the declared budget (a timeout is rerun once before it counts).
        var timeouts = TimeoutConfig.DeclaredBudgets;
        var report = new AgenticValidator(executor, t => timeouts.ForTask(t.TimeBudgetSeconds), jobs).Validate(s, Console.WriteLine, ct);
        foreach (var v in report.Violations) Console.WriteLine($"VIOLATION {Path.Combine(s.Folder, "tasks", v.TaskId)}/{v.File}: {v.Problem}");
        Console.WriteLine($"{s.Name}: {report.Tasks} tasks, {report.Runs} repository states, {report.Violations.Count} violations" +
            (unsandboxed ? " (UNSANDBOXED: validated without isolation, --unsafe-no-sandbox)" : $" (sandbox: {sandbox.Description.Kind})"));
        return report.Violations.Count == 0 ? ExitCodes.Ok : ExitCodes.GateFailed;
    }
}
