using System.Diagnostics;
using System.Text.Json;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Serve;

/// <summary>
/// Whole runs against servers: an openai model pointed at `qweneval serve` answers as the folder run directly does,
/// and a server named by pid or process name is measured and charted like any other model.
/// </summary>
[Category("Slow")]
public sealed class ServedRunTests
{
    /// <summary>`qweneval serve` as its own process on a free port.</summary>
    private sealed class ServeProcess : IDisposable
    {
        private readonly Process _process;

        public ServeProcess(string folder, string runtime)
        {
            var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { typeof(QwenEval.Harness.Cli.CliApp).Assembly.Location, "serve", "--model", folder, "--port", "0", "--runtime", runtime, "--threads", "1" })
                psi.ArgumentList.Add(a);
            _process = Process.Start(psi)!;
            var line = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("qweneval serve did not start");
            Endpoint = System.Text.RegularExpressions.Regex.Match(line, @"http://\S+/v1").Value;
        }

        public string Endpoint { get; }

        public int Pid => _process.Id;

        public void Dispose()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
            _process.Dispose();
        }
    }

    private static List<JsonElement> Lines(string run, string file) =>
        File.ReadAllLines(Path.Combine(run, file)).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [TestCase("onnx", "builtin")]
    [TestCase("genai", "genai")]
    public void ServedFolderAnswersAsTheDirectRunAndIsMeasured(string kind, string runtime)
    {
        Sandboxes.Bubblewrap();
        var folder = Path.Combine(TestPaths.Root, "models", "tiny-qwen35");
        using var server = new ServeProcess(folder, runtime);
        using var dir = new TempDir();
        var path = folder.Replace("\\", "/");
        // Four tasks for three slots: one slot takes a second request while the others are still generating.
        var run = SmallRun.Run(dir, 4, $$"""
            [ { "name": "direct", "kind": "{{kind}}", "path": "{{path}}", "threads": 1 },
              { "name": "served", "kind": "openai", "endpoint": "{{server.Endpoint}}", "model": "tiny-qwen35", "server_pid": {{server.Pid}} },
              { "name": "parallel", "kind": "openai", "endpoint": "{{server.Endpoint}}", "model": "tiny-qwen35", "concurrency": 3 } ]
            """, extra: ", \"max_new_tokens\": 48");

        var samples = Lines(run, "samples.jsonl");
        string[] Fields(JsonElement s) => ["raw_answer", "finish_reason", "prompt_tokens", "generated_tokens", "thinking_tokens", "task_id"];
        List<string> Of(string model) => samples.Where(s => s.GetProperty("model").GetString() == model)
            .Select(s => string.Join("|", Fields(s).Select(f => s.GetProperty(f).ToString()))).ToList();
        Assert.That(Of("direct"), Has.Count.EqualTo(4));
        Assert.That(Of("served"), Is.EqualTo(Of("direct")), "byte-identical greedy answers, token counts and finish reasons, in the same order");
        // Concurrency 3 writes the very lines concurrency 1 writes, in the same order: the same model (its name seeds the
        // draws), now with three requests in flight, into a run folder of its own.
        var config3 = dir.File("parallel.config.json", $$"""
            { "suite": "suite", "max_new_tokens": 48,
              "models": [ { "name": "served", "kind": "openai", "endpoint": "{{server.Endpoint}}", "model": "tiny-qwen35", "concurrency": 3 } ] }
            """);
        var (exit3, _, err3) = Cli.Run("run", "--config", config3, "--output", Path.Combine(dir.Path, "parallel"));
        Assert.That(exit3, Is.EqualTo(0), err3);
        var run3 = Directory.GetDirectories(Path.Combine(dir.Path, "parallel")).Single();
        Assert.That(File.ReadAllLines(Path.Combine(run3, "samples.jsonl")),
            Is.EqualTo(File.ReadAllLines(Path.Combine(run, "samples.jsonl")).Where(l => l.Contains("\"model\":\"served\"", StringComparison.Ordinal))),
            "three requests at once: byte-identical samples.jsonl lines, in the same order");
        string TimingKey(JsonElement t) => $"{t.GetProperty("task_id")}/{t.GetProperty("sample_index")}";
        Assert.That(Lines(run, "timings.jsonl").Where(t => t.GetProperty("model").GetString() == "parallel").Select(TimingKey),
            Is.EqualTo(samples.Where(s => s.GetProperty("model").GetString() == "parallel").Select(TimingKey)), "timings in task order too");

        // The session's figure: its last line (a "loaded" line comes first).
        var measured = Lines(run, "measurements.jsonl").Last(m => m.GetProperty("model").GetString() == "served");
        Assert.That(measured.GetProperty("memory_source").GetString(), Is.EqualTo("server"));
        Assert.That(measured.GetProperty("peak_rss_bytes").GetInt64(), Is.GreaterThan(20L << 20), "the serve process holds the runtime and the model");
        Assert.That(measured.GetProperty("memory_detail").GetString(), Does.Contain($"pid {server.Pid}"));
        var unmeasured = Lines(run, "measurements.jsonl").Where(m => m.GetProperty("model").GetString() == "parallel").ToList();
        Assert.That(unmeasured.Select(m => m.GetProperty("memory_source").GetString()), Is.All.EqualTo("none"));
        Assert.That(unmeasured.Select(m => m.GetProperty("peak_rss_bytes").ValueKind), Is.All.EqualTo(JsonValueKind.Null), "never the harness worker's memory");

        var metrics = File.ReadAllLines(Path.Combine(run, "metrics.csv")).Select(l => l.Split(',')).ToList();
        var col = metrics[0].Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        string Cell(string model, string column) => metrics.Single(r => r[0] == model)[col[column]];
        Assert.That(Cell("served", "footprint_source"), Is.EqualTo("server_peak_rss"));
        Assert.That(Cell("served", "peak_rss_bytes"), Is.EqualTo(measured.GetProperty("peak_rss_bytes").GetInt64().ToString()));
        Assert.That(Cell("parallel", "footprint_source"), Is.Empty, "no figure at all, never the harness worker's");
        var summary = File.ReadAllText(Path.Combine(run, "summary.md"));
        Assert.That(summary, Does.Contain("parallel (served over HTTP: name its server (server_pid or server_process) to measure it)"));
        var chart = File.ReadAllText(Path.Combine(run, "pass_vs_memory.svg"));
        Assert.That(chart, Does.Contain("served").And.Contain("direct"));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "run.json")));
        var served = manifest.RootElement.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "served");
        Assert.That(served.GetProperty("served_model").GetString(), Is.EqualTo("tiny-qwen35"));
        Assert.That(served.GetProperty("system_fingerprint").GetString(), Does.StartWith("fp_"));
        var timings = Lines(run, "timings.jsonl").Where(t => t.GetProperty("model").GetString() == "served").ToList();
        Assert.That(timings.Select(t => t.GetProperty("ttft_ms").GetDouble()), Is.All.GreaterThan(0), "first token timed on the client side");
    }

    [Test]
    public void AServerWhoseChildHoldsTheModelIsMeasuredByProcessName()
    {
        Sandboxes.Bubblewrap();
        if (!OperatingSystem.IsLinux()) Assert.Ignore("reads /proc");
        using var dir = new TempDir();
        var suite = SmallRun.Suite(dir, 1);
        var solution = File.ReadAllText(Path.Combine(Directory.GetDirectories(Path.Combine(suite, "tasks")).Single(), "solution.py"));
        using var tree = new ServerTree(childMb: 200, answer: $"```python\n{solution}\n```");
        var run = SmallRun.Run(dir, 1, $$"""
            [ { "name": "ollama-like", "kind": "openai", "endpoint": "http://127.0.0.1:{{tree.Port}}/v1", "model": "runner-model", "server_process": "{{tree.Marker}}" } ]
            """);
        var measured = Lines(run, "measurements.jsonl").Last();
        Assert.That(measured.GetProperty("memory_source").GetString(), Is.EqualTo("server"));
        Assert.That(measured.GetProperty("peak_rss_bytes").GetInt64(), Is.GreaterThan(200L << 20), "the runner child's memory is the model's");
        Assert.That(measured.GetProperty("memory_detail").GetString(), Does.Contain($"pid {tree.Pid}"));
        Assert.That(Lines(run, "results.jsonl").Single().GetProperty("status").GetString(), Is.EqualTo("pass"));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "run.json")));
        var model = manifest.RootElement.GetProperty("models")[0];
        Assert.That(model.GetProperty("served_model").GetString(), Is.EqualTo("runner-model"));
        Assert.That(model.GetProperty("system_fingerprint").GetString(), Is.EqualTo("fp_tree"));
    }

    [Test]
    public void ANameThatMatchesNothingIsAnInputErrorBeforeAnySample()
    {
        using var dir = new TempDir();
        SmallRun.Suite(dir, 1);
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "s", "kind": "openai", "endpoint": "http://127.0.0.1:9/v1", "model": "m", "server_process": "qweneval-surely-no-such-server" } ] }""");
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", Path.Combine(dir.Path, "runs"));
        Assert.That(exit, Is.EqualTo(2), err);
        Assert.That(err, Does.Contain("server_process \"qweneval-surely-no-such-server\" matches no running process"));
    }
}
