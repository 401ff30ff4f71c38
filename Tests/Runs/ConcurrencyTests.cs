using System.Text.Json;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Runs;

/// <summary>
/// `models[].concurrency` N: the run keeps N requests in flight at a server, and still writes samples and timings in
/// task order, the same lines a one-at-a-time run writes, resumable after a kill.
/// </summary>
public sealed class ConcurrencyTests
{
    /// <summary>A server that answers every request after a pause and records how many it held at once.</summary>
    private sealed class ObservingServer : IDisposable
    {
        private readonly Lock _gate = new();
        private int _inFlight;
        private int _most;

        public ObservingServer(int delayMs)
        {
            Server = new ChatServer((_, body) =>
            {
                var now = Interlocked.Increment(ref _inFlight);
                lock (_gate) _most = Math.Max(_most, now);
                Thread.Sleep(delayMs);
                Interlocked.Decrement(ref _inFlight);
                // The answer depends on the request alone, so any order of arrival writes the same samples.
                var prompt = body.GetProperty("messages").GetRawText();
                return ChatReply.Answer($"```python\nprint({prompt.Length})\n```");
            });
        }

        public ChatServer Server { get; }

        public int MostInFlight
        {
            get
            {
                lock (_gate) return _most;
            }
        }

        public void Dispose() => Server.Dispose();
    }

    private static string Config(TempDir dir, ChatServer server, int concurrency, string name) => dir.File(name, $$"""
        { "suite": "suite", "samples_per_task": 2,
          "models": [ { "name": "served", "kind": "openai", "endpoint": "{{server.Endpoint}}", "model": "m", "concurrency": {{concurrency}} } ] }
        """);

    private static List<string> Keys(string file) =>
        File.ReadAllLines(file).Select(l =>
        {
            using var d = JsonDocument.Parse(l);
            return $"{d.RootElement.GetProperty("task_id").GetString()}/{d.RootElement.GetProperty("sample_index").GetInt32()}";
        }).ToList();

    [Test]
    public void ConcurrencyKeepsThatManyRequestsInFlightAndWritesTheSameLinesInOrder()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 4); // 8 draws
        var runs = new Dictionary<int, string>();
        foreach (var concurrency in new[] { 1, 4 })
        {
            using var observing = new ObservingServer(delayMs: 400);
            var output = Path.Combine(dir.Path, $"c{concurrency}");
            var (exit, _, err) = Cli.Run("run", "--config", Config(dir, observing.Server, concurrency, $"c{concurrency}.json"), "--output", output);
            Assert.That(exit, Is.EqualTo(0), err);
            Assert.That(observing.Server.Requests, Has.Count.EqualTo(8));
            if (concurrency == 1) Assert.That(observing.MostInFlight, Is.EqualTo(1), "one at a time");
            else Assert.That(observing.MostInFlight, Is.GreaterThan(1), "requests overlap at the server");
            runs[concurrency] = Directory.GetDirectories(output).Single();
        }
        Assert.That(File.ReadAllText(Path.Combine(runs[4], "samples.jsonl")), Is.EqualTo(File.ReadAllText(Path.Combine(runs[1], "samples.jsonl"))),
            "byte-identical samples.jsonl, in task order");
        var order = Keys(Path.Combine(runs[1], "samples.jsonl"));
        Assert.That(order, Has.Count.EqualTo(8));
        Assert.That(Keys(Path.Combine(runs[4], "timings.jsonl")), Is.EqualTo(order), "timings in task order, one per sample");
    }

    /// <summary>A run with four requests in flight, SIGKILLed several times while it generates, resumes with no sample lost or duplicated.</summary>
    [Test]
    [Category("Slow")]
    public void AConcurrentRunKilledWhileGeneratingResumesWithoutGapsOrDuplicates()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        SmallRun.Suite(dir, 6); // 12 draws
        using var observing = new ObservingServer(delayMs: 300);
        var config = Config(dir, observing.Server, 4, "eval.config.json");

        var cleanOutput = Path.Combine(dir.Path, "clean");
        var (cleanExit, _, cleanErr) = Cli.Run("run", "--config", config, "--output", cleanOutput);
        Assert.That(cleanExit, Is.EqualTo(0), cleanErr);
        var clean = Directory.GetDirectories(cleanOutput).Single();

        var output = Path.Combine(dir.Path, "runs");
        int Samples()
        {
            var folder = Directory.Exists(output) ? Directory.GetDirectories(output).SingleOrDefault() : null;
            var file = folder is null ? null : Path.Combine(folder, "samples.jsonl");
            try
            {
                return file is not null && File.Exists(file) ? File.ReadAllBytes(file).Count(b => b == (byte)'\n') : 0;
            }
            catch (IOException)
            {
                return 0;
            }
        }
        var rng = new Random(20260417);
        var kills = 0;
        for (var attempt = 0; kills < 4 && attempt < 12 && Samples() < 12; attempt++)
        {
            using var p = QwenevalProcess.Start("run", "--config", config, "--output", output);
            var want = Samples() + rng.Next(1, 3);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!p.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120) && Samples() < want) Thread.Sleep(10);
            Thread.Sleep(rng.Next(0, 200)); // with four in flight, a kill lands among requests still at the server
            if (p.HasExited) continue;
            p.Kill(entireProcessTree: false); // the harness alone: its workers see their input close
            p.WaitForExit();
            kills++;
        }
        Assert.That(kills, Is.GreaterThanOrEqualTo(2), "killed while generating");
        using (var final = QwenevalProcess.StartCapturing("run", "--config", config, "--output", output))
            Assert.That(final.Exit(), Is.EqualTo(0), final.Output);

        var run = Directory.GetDirectories(output).Single();
        var expected = Keys(Path.Combine(clean, "samples.jsonl"));
        Assert.That(expected, Has.Count.EqualTo(12));
        foreach (var file in new[] { "samples.jsonl", "results.jsonl", "timings.jsonl" })
        {
            var keys = Keys(Path.Combine(run, file));
            Assert.That(keys, Is.Unique, $"{file}: no duplicates");
            Assert.That(keys.Order().ToList(), Is.EqualTo(expected.Order().ToList()), $"{file}: no gaps");
        }
        Assert.That(File.ReadAllText(Path.Combine(run, "samples.jsonl")), Is.EqualTo(File.ReadAllText(Path.Combine(clean, "samples.jsonl"))),
            "the resumed run wrote the same samples, in the same order, as the uninterrupted one");
    }
}
