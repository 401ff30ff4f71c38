using System.Security.Cryptography;
using System.Text;
using QwenEval.Harness.Config;
using QwenEval.Harness.Execution;
using QwenEval.Harness.Models;
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
        var samples = JsonLines.Read<SampleRecord>(folder.SamplesPath).DistinctBy(s => s.Key).ToDictionary(s => s.Key);
        var judged = JsonLines.Read<ResultRecord>(folder.ResultsPath).Select(r => r.Key).ToHashSet();
        using var sampleLog = new JsonLinesWriter(folder.SamplesPath);
        using var resultLog = new JsonLinesWriter(folder.ResultsPath);
        foreach (var model in config.Models)
        {
            var wanted = suite.Tasks
                .SelectMany(t => Enumerable.Range(0, config.SamplesPerTask).Select(i => (Task: t, Key: new SampleKey(model.Name, t.Id, i))))
                .ToList();
            var missing = wanted.Where(w => !samples.ContainsKey(w.Key)).ToList();
            if (missing.Count > 0)
            {
                log.WriteLine($"[{model.Name}] generating {missing.Count} of {wanted.Count} samples");
                using var backend = ModelBackendFactory.Create(model, config);
                foreach (var (task, key) in missing)
                {
                    cancellation.ThrowIfCancellationRequested();
                    var record = Generate(backend, task, key, cancellation);
                    sampleLog.Append(record);
                    samples[key] = record;
                }
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
            var status = sample.FinishReason == "length" ? SampleStatus.Truncated : SampleStatus.NoCode;
            return new ResultRecord(sample.Model, sample.TaskId, sample.SampleIndex, status.ToWire(),
                "no code could be extracted from the answer", null, 0, "", "");
        }
        var v = executor.Run(task, sample.Code, config.Timeouts.ForTask(task.TimeBudgetSeconds), cancellation);
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
