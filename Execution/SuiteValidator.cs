using QwenEval.Tasks;
using QwenEval.Tasks.Validation;
using QwenEval.Core;

namespace QwenEval.Execution;

/// <summary>
/// Proves a suite's tests discriminate: every canonical solution must pass and every decoy must fail, each run
/// in the sandbox exactly as a model's answer would be. Runs in parallel across cores.
/// </summary>
public sealed class SuiteValidator(TestExecutor executor, Func<CodingTask, TimeSpan> timeoutFor, int parallelism)
{
    public sealed record Report(int Tasks, int Canonicals, int Decoys, IReadOnlyList<Violation> Violations);

    public Report Validate(Suite suite, SuiteLint.Rules rules, Action<string>? progress, CancellationToken cancellation)
    {
        var programs = suite.Tasks
            .Select(t => (Task: t, File: "solution.py", Code: t.Solution, MustPass: true))
            .Concat(suite.Tasks.SelectMany(t => t.Decoys.Select(d => (Task: t, File: $"decoys/{d.Name}.py", d.Code, MustPass: false))))
            .ToList();
        // Everything is compiled first: a file that does not parse is named as such, not as a missing signature or a
        // decoy that "fails" its tests (a decoy must be a program that runs and is caught, not one that cannot start).
        var syntax = PythonSyntax.Check(suite.Tasks.SelectMany(t => new[] { (t, "prompt.py", t.Prompt), (t, "tests.py", t.Tests) })
            .Concat(programs.Select(p => (p.Task, p.File, p.Code)))
            .Select(x => ($"{x.Item1.Id}/{x.Item2}", x.Item3, x.Item2 == "prompt.py"))
            .ToList());
        string? SyntaxError(CodingTask t, string file) => syntax.GetValueOrDefault($"{t.Id}/{file}");
        var violations = suite.Tasks.SelectMany(t => SuiteLint.Check(t, rules).Where(v => SyntaxError(t, v.File) is null)).ToList();
        foreach (var t in suite.Tasks)
            foreach (var file in new[] { "prompt.py", "tests.py", "solution.py" }.Concat(t.Decoys.Select(d => $"decoys/{d.Name}.py")))
                if (SyntaxError(t, file) is { } error)
                    violations.Add(new(t.Id, file, file.StartsWith("decoys/", StringComparison.Ordinal)
                        ? $"does not compile ({error}): a decoy must run and fail the tests, not fail to parse"
                        : $"does not compile ({error})"));
        var runs = programs.Where(p => SyntaxError(p.Task, p.File) is null && SyntaxError(p.Task, "tests.py") is null).ToList();
        var found = new System.Collections.Concurrent.ConcurrentBag<Violation>();
        var done = 0;
        Parallel.ForEach(runs, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation }, run =>
        {
            var verdict = executor.Run(run.Task, run.Code, timeoutFor(run.Task), cancellation);
            var passed = verdict.Status == SampleStatus.Pass;
            if (run.MustPass && !passed)
                found.Add(new(run.Task.Id, run.File, $"canonical solution does not pass ({verdict.Status.ToWire()}: {verdict.Detail})"));
            else if (!run.MustPass && passed)
                found.Add(new(run.Task.Id, run.File, "decoy PASSES the hidden tests: the tests do not catch it"));
            var n = Interlocked.Increment(ref done);
            if (n % 50 == 0 || n == runs.Count) progress?.Invoke($"validated {n}/{runs.Count} programs");
        });
        violations.AddRange(found.OrderBy(v => v.TaskId, StringComparer.Ordinal).ThenBy(v => v.File, StringComparer.Ordinal));
        return new Report(suite.Tasks.Count, suite.Tasks.Count, programs.Count - suite.Tasks.Count, violations);
    }
}
