using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using QwenEval.Reports.Scoring;
using QwenEval.Tasks;

namespace QwenEval.Harness.Execution;

/// <summary>The verdict on one program against a task's hidden tests.</summary>
public sealed record ExecutionVerdict(SampleStatus Status, string Detail, int? ExitCode, double DurationMs, string StdoutTail, string StderrTail);

/// <summary>
/// Runs a program against a task's hidden tests in a fresh work folder inside the sandbox, through the
/// harness's own driver, and turns what happened into a status. Only the driver's nonce-stamped "pass" after
/// check() returned counts as a pass; an exit code alone never does.
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

    /// <summary>Limits the driver applies to itself before it imports the answer (inherited by its children).</summary>
    public static readonly IReadOnlyDictionary<string, long> Limits = new Dictionary<string, long>
    {
        ["RLIMIT_AS"] = 2L << 30,
        ["RLIMIT_FSIZE"] = 64L << 20,
        ["RLIMIT_NPROC"] = 64,
        ["RLIMIT_NOFILE"] = 256,
    };

    public string SandboxKind => sandbox.Kind;

    public ExecutionVerdict Run(CodingTask task, string program, TimeSpan timeout, CancellationToken cancellation)
    {
        var work = Path.Combine(scratchRoot, $"qe-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            File.WriteAllText(Path.Combine(work, "answer.py"), program);
            File.WriteAllText(Path.Combine(work, "tests.py"), task.Tests);
            File.WriteAllText(Path.Combine(work, "driver.py"), Driver.Value);
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var config = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["nonce"] = nonce,
                ["entry_point"] = task.EntryPoint,
                ["limits"] = Limits,
            });
            var dir = sandbox.Kind == "bubblewrap" ? "/work" : work;
            var outcome = sandbox.Run(new SandboxCommand(
                [sandbox.PythonPath, "-I", "-B", Path.Combine(dir, "driver.py")], work, config + "\n", timeout, OutputCapBytes), cancellation);
            return Judge(outcome, nonce);
        }
        finally
        {
            TryDelete(work);
        }
    }

    public static ExecutionVerdict Judge(ProcessOutcome o, string nonce)
    {
        var verdicts = Verdict().Matches(o.StandardOutput)
            .Where(m => m.Groups["nonce"].Value == nonce)
            .Select(m => (Status: m.Groups["status"].Value, Detail: m.Groups["detail"].Value.Trim()))
            .ToList();
        var final = verdicts.LastOrDefault(v => v.Status != "started");
        var started = verdicts.Any(v => v.Status == "started");
        var ms = o.Elapsed.TotalMilliseconds;
        ExecutionVerdict Make(SampleStatus s, string detail) =>
            new(s, detail, o.ExitCode, ms, Tail(o.StandardOutput), Tail(o.StandardError));

        if (o.TimedOut) return Make(SampleStatus.Timeout, $"killed after {ms / 1000:0.0} s");
        if (!started)
            return Make(SampleStatus.SandboxError, $"test driver never started (exit {o.ExitCode}): {Tail(o.StandardError, 300)}");
        return final.Status switch
        {
            "pass" when o.ExitCode == 0 => Make(SampleStatus.Pass, ""),
            "pass" => Make(SampleStatus.Error, $"tests passed but the process exited with {o.ExitCode}"),
            "fail" => Make(SampleStatus.Fail, final.Detail),
            "oom" => Make(SampleStatus.Oom, final.Detail),
            "error" => Make(SampleStatus.Error, final.Detail),
            _ when o.ExitCode is 137 or -9 => Make(SampleStatus.Oom, "killed (SIGKILL) before the tests finished"),
            _ => Make(SampleStatus.Error, $"no verdict: the program ended (exit {o.ExitCode}) before the tests finished"),
        };
    }

    private static string Tail(string s, int max = 4000) => s.Length <= max ? s : s[^max..];

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"QWENEVAL-VERDICT (?<nonce>[0-9a-f]{32}) (?<status>[a-z]+) ?(?<detail>[^\n]*)")]
    private static partial Regex Verdict();
}
