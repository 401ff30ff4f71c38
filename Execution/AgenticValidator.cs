using QwenEval.Core;
using QwenEval.Tasks.Agentic;
using QwenEval.Tasks.Diffs;
using QwenEval.Tasks.Validation;

namespace QwenEval.Execution;

/// <summary>
/// Proves an agentic suite's hidden tests discriminate, each run in the sandbox exactly as an episode's final
/// repository is judged: the canonical change passes the hidden tests (and the visible ones), while the untouched
/// repository and every decoy change fail the hidden tests. Runs in parallel across cores.
/// </summary>
public sealed class AgenticValidator(TestExecutor executor, Func<AgenticTask, TimeSpan> timeoutFor, int parallelism)
{
    public sealed record Report(int Tasks, int Runs, IReadOnlyList<Violation> Violations);

    private enum Expect { HiddenPass, HiddenFail, VisiblePass }

    public Report Validate(AgenticSuite suite, Action<string>? progress, CancellationToken cancellation)
    {
        var violations = suite.Tasks.SelectMany(AgenticLint.Check).ToList();
        var runs = new List<(AgenticTask Task, string File, IReadOnlyDictionary<string, string> Files, Expect Expect)>();
        foreach (var task in suite.Tasks)
        {
            runs.Add((task, "repo/ (untouched)", task.Repo, Expect.HiddenFail));
            if (TryApply(task, task.CanonicalDiff) is { } canonical)
            {
                runs.Add((task, "canonical.diff", canonical, Expect.HiddenPass));
                runs.Add((task, "canonical.diff (visible tests)", canonical, Expect.VisiblePass));
            }
            foreach (var d in task.Decoys)
                if (TryApply(task, d.Diff) is { } files) runs.Add((task, $"decoys/{d.Name}.diff", files, Expect.HiddenFail));
        }
        var found = new System.Collections.Concurrent.ConcurrentBag<Violation>();
        var done = 0;
        Parallel.ForEach(runs, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation }, run =>
        {
            var hidden = run.Expect == Expect.VisiblePass ? null : Hidden(run.Task);
            var v = executor.RunRepo(new RepoTestRun(run.Files, hidden), timeoutFor(run.Task), cancellation);
            var passed = v.Status == SampleStatus.Pass;
            switch (run.Expect)
            {
                case Expect.HiddenPass when !passed:
                    found.Add(new(run.Task.Id, run.File, $"the canonical change does not pass the hidden tests ({v.Status.ToWire()}: {v.Detail})"));
                    break;
                case Expect.VisiblePass when !passed:
                    found.Add(new(run.Task.Id, run.File, $"the canonical change does not pass the repository's own tests ({v.Status.ToWire()}: {v.Detail})"));
                    break;
                case Expect.HiddenFail when passed:
                    found.Add(new(run.Task.Id, run.File, "PASSES the hidden tests: the tests do not catch it"));
                    break;
            }
            var n = Interlocked.Increment(ref done);
            if (n % 25 == 0 || n == runs.Count) progress?.Invoke($"validated {n}/{runs.Count} repository states");
        });
        violations.AddRange(found.OrderBy(v => v.TaskId, StringComparer.Ordinal).ThenBy(v => v.File, StringComparer.Ordinal));
        return new Report(suite.Tasks.Count, runs.Count, violations);
    }

    /// <summary>The task's hidden test modules, as the driver takes them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Hidden(AgenticTask task) =>
        task.HiddenTests.Select(h => KeyValuePair.Create(h.Name, h.Source)).ToList();

    private static IReadOnlyDictionary<string, string>? TryApply(AgenticTask task, string diff)
    {
        try
        {
            return UnifiedDiff.Apply(task.Repo, diff);
        }
        catch (PatchException)
        {
            return null; // AgenticLint reports it
        }
    }
}
