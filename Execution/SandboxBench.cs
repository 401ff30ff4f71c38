using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core.Config;
using QwenEval.Tasks;
using QwenEval.Core;

namespace QwenEval.Execution;

/// <summary>
/// Throughput of sandboxed execution (a fresh sandbox, interpreter and driver per program, as many at once as
/// asked) against human-eval-style in-process execution (one python3 that exec()s every program in turn, with a
/// per-task signal.alarm timeout), over the canonical solutions of a suite with their hidden tests.
/// </summary>
public static partial class SandboxBench
{
    /// <summary>One side's programs, passes, wall-clock seconds and CPU seconds (every process involved, the harness included).</summary>
    public sealed record Side(int Programs, int Passed, double Seconds, double CpuSeconds)
    {
        public double ProgramsPerSecond => Seconds > 0 ? Programs / Seconds : 0;

        public double CpuMsPerProgram => Programs > 0 ? CpuSeconds * 1000 / Programs : 0;
    }

    public sealed record Result(string Suite, string SuiteHash, string Sandbox, int Jobs, Side Sandboxed, Side InProcess, double MeanSandboxedMs)
    {
        public const double Target = 0.5;

        public double Ratio => InProcess.ProgramsPerSecond > 0 ? Sandboxed.ProgramsPerSecond / InProcess.ProgramsPerSecond : 0;

        public JsonObject ToJson() => new()
        {
            ["suite"] = Suite,
            ["suite_hash"] = SuiteHash,
            ["sandbox"] = Sandbox,
            ["jobs"] = Jobs,
            ["cores"] = Environment.ProcessorCount,
            ["sandboxed"] = SideJson(Sandboxed, MeanSandboxedMs),
            ["in_process"] = SideJson(InProcess, null),
            ["ratio"] = Math.Round(Ratio, 4),
            ["target"] = Target,
            ["meets_target"] = Ratio >= Target,
            ["load_average"] = LoadAverage,
            ["harness_cpu_ms_per_program"] = Math.Round(HarnessCpuMsPerProgram, 2),
        };

        /// <summary>The 1-minute load average when the bench ended: the wall-clock ratio only means something on a quiet machine.</summary>
        public string LoadAverage { get; init; } = "";

        /// <summary>The harness's own share of the sandboxed side's CPU (starting processes, pumping output), per program.</summary>
        public double HarnessCpuMsPerProgram { get; init; }

        private static JsonObject SideJson(Side s, double? meanMs) => new()
        {
            ["programs"] = s.Programs,
            ["passed"] = s.Passed,
            ["seconds"] = Math.Round(s.Seconds, 4),
            ["programs_per_second"] = Math.Round(s.ProgramsPerSecond, 4),
            ["mean_ms_per_program"] = meanMs is null ? null : Math.Round(meanMs.Value, 2),
            ["cpu_ms_per_program"] = Math.Round(s.CpuMsPerProgram, 2),
        };
    }

    public static Result Run(Suite suite, TestExecutor executor, int jobs, CancellationToken cancellation)
    {
        var tasks = suite.Tasks;
        // One untimed program first: the interpreter and the sandbox tool are in the page cache for both sides.
        executor.RunOnce(tasks[0], tasks[0].Solution, TimeoutConfig.DeclaredBudgets.ForTask(tasks[0].TimeBudgetSeconds), cancellation);

        var passed = 0;
        var totalMs = 0.0;
        var cpuBefore = CpuSeconds();
        var ownBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(tasks, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellation }, task =>
        {
            var v = executor.RunOnce(task, task.Solution, TimeoutConfig.DeclaredBudgets.ForTask(task.TimeBudgetSeconds), cancellation);
            if (v.Status == SampleStatus.Pass) Interlocked.Increment(ref passed);
            lock (tasks) totalMs += v.DurationMs;
        });
        var sandboxed = new Side(tasks.Count, passed, clock.Elapsed.TotalSeconds, CpuSeconds() - cpuBefore);
        var harnessMs = (Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - ownBefore) * 1000 / tasks.Count;
        var inProcess = InProcess(suite, executor.Sandbox, cancellation);
        return new Result(suite.Name, suite.Hash, executor.SandboxKind, jobs, sandboxed, inProcess, totalMs / tasks.Count)
        {
            LoadAverage = QwenEval.Core.LoadAverage.OneMinute()?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            HarnessCpuMsPerProgram = harnessMs,
        };
    }

    /// <summary>
    /// The baseline: one interpreter exec()s every canonical solution and its tests in turn. It runs inside one
    /// sandbox of the same kind (the suite's code is still code), and times only its own loop, so the one sandbox
    /// start is not counted against it.
    /// </summary>
    private static Side InProcess(Suite suite, ISandbox sandbox, CancellationToken cancellation)
    {
        var input = JsonSerializer.Serialize(suite.Tasks.Select(t => new Dictionary<string, object>
        {
            ["id"] = t.Id,
            ["entry_point"] = t.EntryPoint,
            ["solution"] = t.Solution,
            ["tests"] = t.Tests,
            ["timeout"] = (int)Math.Ceiling(TimeoutConfig.DeclaredBudgets.ForTask(t.TimeBudgetSeconds).TotalSeconds),
        }));
        var budget = TimeSpan.FromSeconds(60 + suite.Tasks.Sum(t => TimeoutConfig.DeclaredBudgets.ForTask(t.TimeBudgetSeconds).TotalSeconds));
        var work = Path.Combine(Path.GetTempPath(), $"qe-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            List<string> argv = [sandbox.Description.PythonPath, "-I", "-B", "-c", InProcessScript];
            var o = sandbox.Run(new SandboxCommand(argv, work, input, budget, 1 << 20), cancellation);
            var line = o.StandardOutput.Split('\n').LastOrDefault(l => l.StartsWith("{\"programs\"", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"the in-process baseline gave no result (exit {o.ExitCode}): {o.StandardError}");
            var r = JsonNode.Parse(line)!;
            return new Side((int)r["programs"]!, (int)r["passed"]!, (double)r["seconds"]!, (double)r["cpu_seconds"]!);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The human-eval-style runner: exec() in one process, a fresh namespace per program, signal.alarm per task.</summary>
    public const string InProcessScript = """
        import json, signal, sys, time

        class _Timeout(BaseException):
            pass

        def _alarm(signum, frame):
            raise _Timeout()

        tasks = json.loads(sys.stdin.read())
        signal.signal(signal.SIGALRM, _alarm)
        passed = 0
        start = time.perf_counter()
        cpu = time.process_time()
        for t in tasks:
            signal.alarm(t["timeout"])
            try:
                answer = {"__name__": "answer"}
                exec(compile(t["solution"], "solution.py", "exec"), answer)
                tests = {"__name__": "tests"}
                exec(compile(t["tests"], "tests.py", "exec"), tests)
                tests["check"](answer[t["entry_point"]])
                passed += 1
            except BaseException:
                pass
            finally:
                signal.alarm(0)
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
        sys.stdout.write("\n" + json.dumps({"programs": len(tasks), "passed": passed, "seconds": elapsed, "cpu_seconds": cpu}) + "\n")
        """;

    /// <summary>CPU seconds of this process and of every child process it has waited for (each sandbox, whole tree).</summary>
    private static double CpuSeconds()
    {
        var own = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        if (OperatingSystem.IsWindows()) return own;
        Span<long> usage = stackalloc long[18];
        unsafe
        {
            fixed (long* p = usage)
            {
                if (GetRusage(-1 /* RUSAGE_CHILDREN */, p) != 0) return own;
            }
        }
        return own + usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "getrusage")]
    private static unsafe partial int GetRusage(int who, long* usage);

    public static string Describe(Result r) => string.Join('\n',
        string.Create(CultureInfo.InvariantCulture,
            $"sandboxed  ({r.Sandbox}; a fresh sandbox, interpreter and driver per program, {r.Jobs} at once): {r.Sandboxed.Programs} programs in {r.Sandboxed.Seconds:0.00} s = {r.Sandboxed.ProgramsPerSecond:0.00} programs/s ({r.Sandboxed.Passed} pass; {r.MeanSandboxedMs:0} ms each, {r.Sandboxed.CpuMsPerProgram:0} ms CPU each)"),
        string.Create(CultureInfo.InvariantCulture,
            $"in-process (one python3 exec()s every program in turn, signal.alarm timeouts): {r.InProcess.Programs} programs in {r.InProcess.Seconds:0.00} s = {r.InProcess.ProgramsPerSecond:0.00} programs/s ({r.InProcess.Passed} pass; {r.InProcess.CpuMsPerProgram:0} ms CPU each)"),
        string.Create(CultureInfo.InvariantCulture,
            $"ratio sandboxed / in-process: {r.Ratio:0.00} (target >= {Result.Target:0.0}{(r.Ratio >= Result.Target ? "" : ": BELOW TARGET")}; load average {r.LoadAverage})"));
}
