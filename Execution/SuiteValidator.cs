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
        var violations = suite.Tasks.SelectMany(t => SuiteLint.Check(t, rules)).ToList();
        var runs = suite.Tasks
            .Select(t => (Task: t, File: "solution.py", Code: t.Solution, MustPass: true))
            .Concat(suite.Tasks.SelectMany(t => t.Decoys.Select(d => (Task: t, File: $"decoys/{d.Name}.py", d.Code, MustPass: false))))
            .ToList();
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
        return new Report(suite.Tasks.Count, suite.Tasks.Count, runs.Count - suite.Tasks.Count, violations);
    }
}
