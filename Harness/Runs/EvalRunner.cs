using System.Security.Cryptography;
using System.Text;
using QwenEval.Harness.Config;
using QwenEval.Harness.Execution;
using QwenEval.Harness.Models;
using QwenEval.Harness.Models.Worker;
using QwenEval.Harness.Prompting;
using QwenEval.Reports.Scoring;
using QwenEval.Tasks;

namespace QwenEval.Harness.Runs;

/// <summary>
/// Drives one run: for each model, generate every missing sample, then judge every sample without a verdict.
/// Everything already in the folder is kept, so a rerun after a kill resumes where it stopped.
/// </summary>
public sealed class EvalRunner(EvalConfig config, Suite suite, TestExecutor executor, RunFolder folder, TextWriter log)
{

    public void Run(CancellationToken cancellation)
    {
        executor.Calibrate(suite, config.Timeouts, folder.Path, log, cancellation);
        var samples = JsonLines.Read<SampleRecord>(folder.SamplesPath).DistinctBy(s => s.Key).ToDictionary(s => s.Key);
        var judged = JsonLines.Read<ResultRecord>(folder.ResultsPath).Select(r => r.Key).ToHashSet();
        using var sampleLog = new JsonLinesWriter(folder.SamplesPath);
        using var resultLog = new JsonLinesWriter(folder.ResultsPath);
        using var measurementLog = new JsonLinesWriter(folder.MeasurementsPath);
        foreach (var model in config.Models)
        {
            var wanted = suite.Tasks
                .SelectMany(t => Enumerable.Range(0, config.SamplesPerTask).Select(i => (Task: t, Key: new SampleKey(model.Name, t.Id, i))))
                .ToList();
            var missing = wanted.Where(w => !samples.ContainsKey(w.Key)).ToList();
            if (missing.Count > 0)
            {
                log.WriteLine($"[{model.Name}] generating {missing.Count} of {wanted.Count} samples");
                GenerateAll(model, missing, sampleLog, measurementLog, samples, cancellation);
            }
            var toJudge = wanted.Where(w => !judged.Contains(w.Key)).ToList();
            if (toJudge.Count > 0) log.WriteLine($"[{model.Name}] running tests for {toJudge.Count} samples");
            Parallel.ForEach(toJudge,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation },
                w =>
                {
                    var result = Judge(w.Task, samples[w.Key], cancellation);
                    resultLog.Append(result);
                });
            foreach (var w in toJudge) judged.Add(w.Key);
            log.WriteLine($"[{model.Name}] done");
        }
    }

    /// <summary>Generates in the model's own worker process; if it dies, the samples it owed are recorded as crashed.</summary>
    private void GenerateAll(ModelConfig model, List<(CodingTask Task, SampleKey Key)> missing, JsonLinesWriter sampleLog,
        JsonLinesWriter measurementLog, Dictionary<SampleKey, SampleRecord> samples, CancellationToken cancellation)
    {
        var measurement = new MeasurementRecord(model.Name, DateTime.UtcNow.ToString("o"), 0, null, null);
        var done = 0;
        try
        {
            using var worker = new WorkerClient(config.SourceFile, model.Name);
            measurement = measurement with { LoadMs = worker.LoadMs, PeakRssBytes = worker.PeakRssBytes };
            foreach (var (task, key) in missing)
            {
                cancellation.ThrowIfCancellationRequested();
                var record = Generate(worker, task, key, cancellation);
                sampleLog.Append(record);
                samples[key] = record;
                done++;
                measurement = measurement with { PeakRssBytes = worker.PeakRssBytes };
            }
        }
        catch (WorkerCrashedException e)
        {
            log.WriteLine($"[{model.Name}] {e.Message}; its remaining {missing.Count - done} samples are marked and the run goes on");
            measurement = measurement with { Crash = e.Message };
            var finish = e.LikelyOom ? WorkerOom : WorkerCrashed;
            foreach (var (task, key) in missing.Skip(done))
            {
                var record = new SampleRecord(key.Model, key.TaskId, key.SampleIndex, SeedFor(config.Decoding.Seed, key),
                    PromptBuilder.Build(task), "", null, finish, 0, 0, 0, 0);
                sampleLog.Append(record);
                samples[key] = record;
            }
        }
        finally
        {
            measurementLog.Append(measurement);
        }
    }

    public const string WorkerCrashed = "worker_crashed";
    public const string WorkerOom = "worker_oom";

    private SampleRecord Generate(IModelBackend backend, CodingTask task, SampleKey key, CancellationToken cancellation)
    {
        var messages = PromptBuilder.Build(task);
        var seed = SeedFor(config.Decoding.Seed, key);
        var g = backend.Generate(new GenerationRequest(task, messages, key.SampleIndex, seed, config.MaxNewTokens), cancellation);
        var code = CodeExtractor.Extract(g.Text, task.Prompt, task.EntryPoint);
        return new SampleRecord(key.Model, key.TaskId, key.SampleIndex, seed, messages, g.Text, code,
            g.Finish == FinishReason.Length ? "length" : "stop", g.PromptTokens, g.GeneratedTokens, g.TimeToFirstTokenMs, g.TotalMs);
    }

    private ResultRecord Judge(CodingTask task, SampleRecord sample, CancellationToken cancellation)
    {
        if (sample.Code is null)
        {
            var (status, detail) = sample.FinishReason switch
            {
                "length" => (SampleStatus.Truncated, "no code could be extracted from the answer, which hit max_new_tokens"),
                WorkerOom => (SampleStatus.Oom, "the model's worker process was killed (out of memory)"),
                WorkerCrashed => (SampleStatus.Error, "the model's worker process crashed"),
                _ => (SampleStatus.NoCode, "no code could be extracted from the answer"),
            };
            return new ResultRecord(sample.Model, sample.TaskId, sample.SampleIndex, status.ToWire(), detail, null, 0, "", "");
        }
        var v = executor.Run(task, sample.Code, cancellation);
        // Code cut off by max_new_tokens that then fails is reported as truncated: the length limit, not the model's logic, may be why.
        var final = v.Status != SampleStatus.Pass && sample.FinishReason == "length" ? SampleStatus.Truncated : v.Status;
        return new ResultRecord(sample.Model, sample.TaskId, sample.SampleIndex, final.ToWire(), v.Detail, v.ExitCode,
            v.DurationMs, v.StdoutTail, v.StderrTail);
    }

    /// <summary>A per-draw seed from the run seed and the draw's identity: independent of order and parallelism.</summary>
    public static ulong SeedFor(ulong runSeed, SampleKey key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{runSeed}\n{key.Model}\n{key.TaskId}\n{key.SampleIndex}"));
        return BitConverter.ToUInt64(bytes, 0);
    }
}
