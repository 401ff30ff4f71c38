using System.Security.Cryptography;
using System.Text;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Core.Generation;
using QwenEval.Backends.Worker;
using QwenEval.Prompting;
using QwenEval.Reports.Scoring;
using QwenEval.Tasks;
using QwenEval.Core;
using QwenEval.Runs.PseudoModels;

namespace QwenEval.Runs;

/// <summary>
/// Drives one run: for each model, generate every missing sample in the model's worker while the sandbox judges
/// finished samples on the other cores. Everything already in the folder is kept, so a rerun after a kill resumes
/// where it stopped, with no sample lost or written twice.
/// </summary>
public sealed class EvalRunner(EvalConfig config, Suite suite, TestExecutor executor, RunFolder folder, IRunProgress progress)
{
    public void Run(CancellationToken cancellation)
    {
        executor.Calibrate(suite, config.Timeouts, folder.Path, new ProgressLog(progress, "timeouts"), cancellation);
        var samples = JsonLines.Read<SampleRecord>(folder.SamplesPath).DistinctBy(s => s.Key).ToDictionary(s => s.Key);
        var judged = JsonLines.Read<ResultRecord>(folder.ResultsPath).Select(r => r.Key).ToHashSet();
        using var sampleLog = new JsonLinesWriter(folder.SamplesPath);
        using var resultLog = new JsonLinesWriter(folder.ResultsPath);
        using var measurementLog = new JsonLinesWriter(folder.MeasurementsPath);
        using var timingLog = new JsonLinesWriter(folder.TimingsPath);
        foreach (var model in config.Models.Where(m => suite.Tasks.Count > 0 && ModelKinds.TakesFunctionTasks(m.Kind)))
        {
            var wanted = suite.Tasks
                .SelectMany(t => Enumerable.Range(0, config.SamplesPerTask).Select(i => (Task: t, Key: new SampleKey(model.Name, t.Id, i))))
                .ToList();
            var missing = wanted.Where(w => !samples.ContainsKey(w.Key)).ToList();
            progress.ModelStarted(model.Name, wanted.Count, wanted.Count(w => judged.Contains(w.Key)), missing.Count);

            using var queue = new System.Collections.Concurrent.BlockingCollection<(CodingTask Task, SampleRecord Sample)>();
            var judges = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(() =>
            {
                foreach (var (task, sample) in queue.GetConsumingEnumerable(cancellation))
                {
                    var result = Judge(task, sample, cancellation);
                    resultLog.Append(result);
                    progress.SampleJudged(model.Name, SampleStatusNames.FromWire(result.Status));
                }
            }, cancellation)).ToArray();
            try
            {
                // Generated before a kill but never judged: judge first.
                foreach (var w in wanted.Where(w => samples.ContainsKey(w.Key) && !judged.Contains(w.Key)))
                    queue.Add((w.Task, samples[w.Key]), cancellation);
                if (missing.Count > 0)
                    GenerateAll(model, missing, sampleLog, timingLog, measurementLog, (task, record) => queue.Add((task, record), cancellation), cancellation);
            }
            finally
            {
                queue.CompleteAdding();
                Task.WaitAll(judges);
            }
            progress.ModelFinished(model.Name);
        }
    }

    /// <summary>Generates in the model's own worker process (or, for a pseudo-model, here); if the worker dies, the samples it owed are recorded as crashed.</summary>
    private void GenerateAll(ModelConfig model, List<(CodingTask Task, SampleKey Key)> missing, JsonLinesWriter sampleLog,
        JsonLinesWriter timingLog, JsonLinesWriter measurementLog, Action<CodingTask, SampleRecord> generated, CancellationToken cancellation)
    {
        if (ModelKinds.All.First(k => k.Name == model.Kind) is IPseudoModelKind pseudo)
        {
            foreach (var (task, key) in missing)
            {
                cancellation.ThrowIfCancellationRequested();
                var record = Record(task, key, new GenerationResult(pseudo.Answer(task), FinishReason.Stop, 0, 0, 0, 0));
                sampleLog.Append(record);
                progress.SampleGenerated(model.Name, 0, 0);
                generated(task, record);
            }
            return;
        }
        var measurement = new MeasurementRecord(model.Name, DateTime.UtcNow.ToString("o"), 0, null, null);
        var done = 0;
        try
        {
            using var worker = new WorkerClient(ModelSpec.From(config, model));
            measurement = measurement with { LoadMs = worker.LoadMs, PeakRssBytes = worker.PeakRssBytes };
            foreach (var (task, key) in missing)
            {
                cancellation.ThrowIfCancellationRequested();
                SampleRecord record;
                TimingRecord? timing = null;
                try
                {
                    (record, timing) = Generate(worker, task, key, cancellation);
                }
                catch (WorkerRequestFailedException e)
                {
                    // One failed generation is that sample's error, not the run's.
                    record = new SampleRecord(key.Model, key.TaskId, key.SampleIndex, SeedFor(config.Decoding.Seed, key),
                        PromptBuilder.Build(task), "", null, GenerationError, 0, 0, e.Message);
                }
                sampleLog.Append(record);
                if (timing is not null) timingLog.Append(timing);
                progress.SampleGenerated(model.Name, record.GeneratedTokens, timing?.GenerationMs ?? 0);
                generated(task, record);
                done++;
                measurement = measurement with { PeakRssBytes = worker.PeakRssBytes };
            }
        }
        catch (ModelLoadFailedException e)
        {
            // Not a score: nothing is written for this model, the others run, and a rerun tries it again.
            progress.Message(model.Name, $"NOT RUN: the model did not load: {e.Message}");
            measurement = measurement with { Crash = $"not run: {e.Message}" };
            NotRun.Add((model.Name, e.Message));
        }
        catch (WorkerCrashedException e)
        {
            progress.Message(model.Name, $"{e.Message}; its remaining {missing.Count - done} samples are marked and the run goes on");
            measurement = measurement with { Crash = e.Message };
            var finish = e.LikelyOom ? WorkerOom : WorkerCrashed;
            foreach (var (task, key) in missing.Skip(done))
            {
                var record = new SampleRecord(key.Model, key.TaskId, key.SampleIndex, SeedFor(config.Decoding.Seed, key),
                    PromptBuilder.Build(task), "", null, finish, 0, 0);
                sampleLog.Append(record);
                generated(task, record);
            }
        }
        finally
        {
            measurementLog.Append(measurement);
        }
    }

    /// <summary>Models whose worker could not load them in this invocation, with the reason.</summary>
    public List<(string Model, string Reason)> NotRun { get; } = [];

    public const string WorkerCrashed = "worker_crashed";
    public const string WorkerOom = "worker_oom";
    public const string GenerationError = "generation_error";

    private (SampleRecord, TimingRecord) Generate(IModelBackend backend, CodingTask task, SampleKey key, CancellationToken cancellation)
    {
        var g = backend.Generate(new GenerationRequest(PromptBuilder.Build(task), SeedFor(config.Decoding.Seed, key), config.MaxNewTokens), cancellation);
        return (Record(task, key, g), new TimingRecord(key.Model, key.TaskId, key.SampleIndex, g.TimeToFirstTokenMs, g.TotalMs));
    }

    private SampleRecord Record(CodingTask task, SampleKey key, GenerationResult g) =>
        new(key.Model, key.TaskId, key.SampleIndex, SeedFor(config.Decoding.Seed, key), PromptBuilder.Build(task), g.Text,
            CodeExtractor.Extract(g.Text, task.Prompt, task.EntryPoint), g.Finish.ToWire(), g.PromptTokens, g.GeneratedTokens, null, g.ThinkingTokens);

    private ResultRecord Judge(CodingTask task, SampleRecord sample, CancellationToken cancellation)
    {
        if (sample.Code is null)
        {
            var (status, detail) = sample.FinishReason switch
            {
                "length" => (SampleStatus.Truncated, "no code could be extracted from the answer, which hit max_new_tokens"),
                "time_limit" => (SampleStatus.Truncated, "no code could be extracted from the answer, which was stopped at timeouts.generation_seconds"),
                WorkerOom => (SampleStatus.Oom, "the model's worker process was killed (out of memory)"),
                WorkerCrashed => (SampleStatus.Error, "the model's worker process crashed"),
                GenerationError => (SampleStatus.Error, $"generation failed: {sample.Error}"),
                _ => (SampleStatus.NoCode, "no code could be extracted from the answer"),
            };
            return new ResultRecord(sample.Model, sample.TaskId, sample.SampleIndex, status.ToWire(), detail, null, 0, "", "");
        }
        var v = executor.Run(task, sample.Code, cancellation);
        // Code cut off by max_new_tokens that then fails is reported as truncated: the length limit, not the model's logic, may be why.
        var cut = sample.FinishReason is "length" or "time_limit";
        var final = v.Status != SampleStatus.Pass && cut ? SampleStatus.Truncated : v.Status;
        var why = final == SampleStatus.Truncated && sample.FinishReason == "time_limit"
            ? $"stopped at timeouts.generation_seconds; {v.Detail}"
            : v.Detail;
        return new ResultRecord(sample.Model, sample.TaskId, sample.SampleIndex, final.ToWire(), why, v.ExitCode,
            v.DurationMs, v.StdoutTail, v.StderrTail);
    }

    /// <summary>A per-draw seed from the run seed and the draw's identity: independent of order and parallelism.</summary>
    public static ulong SeedFor(ulong runSeed, SampleKey key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{runSeed}\n{key.Model}\n{key.TaskId}\n{key.SampleIndex}"));
        return BitConverter.ToUInt64(bytes, 0);
    }
}
