using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Core.Generation;
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
/// <param name="selection">the part of the run's plan this invocation does (run --models/--tasks/--limit); only its tasks' timeouts are calibrated</param>
/// <param name="plan">the draws this invocation owns (a shard's slice); null: every draw of the config</param>
/// <param name="timeoutTable">reference times measured once for every shard of the run, instead of this machine's</param>
public sealed class EvalRunner(EvalConfig config, Suite suite, TestExecutor executor, RunFolder folder, IRunProgress progress, RunSelection? selection = null,
    Func<SampleKey, bool>? plan = null, TimeoutTable? timeoutTable = null)
{
    public RunOutcome Run(CancellationToken cancellation)
    {
        var part = selection ?? RunSelection.Everything;
        executor.Calibrate(suite with { Tasks = part.Tasks(suite) }, config.Timeouts, folder.Path, new ProgressLog(progress, "timeouts"), cancellation, table: timeoutTable);
        var samples = JsonLines.Read<SampleRecord>(folder.SamplesPath).DistinctBy(s => s.Key).ToDictionary(s => s.Key);
        var judged = JsonLines.Read<ResultRecord>(folder.ResultsPath).Select(r => r.Key).ToHashSet();
        var timed = JsonLines.Read<TimingRecord>(folder.TimingsPath).Select(t => t.Key).ToHashSet();
        var measured = JsonLines.Read<MeasurementRecord>(folder.MeasurementsPath).Where(m => m.CoversSession).Select(m => m.Model).ToHashSet();
        using var logs = new RunLogs(folder);
        var outcomes = new List<ModelOutcome>();
        foreach (var model in part.Models(config).Where(m => suite.Tasks.Count > 0 && ModelKinds.TakesFunctionTasks(m.Kind)))
        {
            var wanted = part.Tasks(suite)
                .SelectMany(t => Enumerable.Range(0, config.SamplesPerTask).Select(i => (Task: t, Key: new SampleKey(model.Name, t.Id, i))))
                .Where(w => plan?.Invoke(w.Key) ?? true)
                .ToList();
            var missing = wanted.Where(w => !samples.ContainsKey(w.Key)).ToList();
            progress.ModelStarted(model.Name, wanted.Count, wanted.Count(w => judged.Contains(w.Key)), missing.Count);

            using var queue = new System.Collections.Concurrent.BlockingCollection<(CodingTask Task, SampleRecord Sample)>();
            var judges = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(() =>
            {
                foreach (var (task, sample) in queue.GetConsumingEnumerable(cancellation))
                {
                    var result = Judge(task, sample, cancellation);
                    // A verdict cut short by SIGINT/SIGTERM is no verdict: the sample stays unjudged for the rerun.
                    cancellation.ThrowIfCancellationRequested();
                    logs.Result(result);
                    progress.SampleJudged(model.Name, SampleStatusNames.FromWire(result.Status));
                }
            }, cancellation)).ToArray();
            try
            {
                // Generated before a kill but never judged: judge first.
                foreach (var w in wanted.Where(w => samples.ContainsKey(w.Key) && !judged.Contains(w.Key)))
                    queue.Add((w.Task, samples[w.Key]), cancellation);
                void Enqueue(CodingTask task, SampleRecord record) => queue.Add((task, record), cancellation);
                if (ModelKinds.All.First(k => k.Name == model.Kind) is IPseudoModelKind pseudo)
                    GeneratePseudo(pseudo, model, missing, logs, Enqueue, cancellation);
                else if (ToMeasure(wanted, samples, timed, measured.Contains(model.Name)) is var again && (missing.Count > 0 || again.Count > 0))
                    outcomes.Add(new WorkerGeneration(config, model, logs, progress, timed).Run(missing, again, Enqueue, cancellation));
            }
            finally
            {
                queue.CompleteAdding();
                Task.WaitAll(judges);
            }
            progress.ModelFinished(model.Name);
        }
        return new RunOutcome(outcomes.Where(o => o.Remaining > 0 || o.NotRun is not null).ToList());
    }

    /// <summary>
    /// Recorded draws to generate again, unrecorded, because their timing or the model's measurement was lost (a run
    /// killed between writing them, or a folder from before they were written first): each draw without a timing,
    /// or, when only the measurement is missing, the model's first draw.
    /// </summary>
    private static List<(CodingTask Task, SampleKey Key)> ToMeasure(List<(CodingTask Task, SampleKey Key)> wanted,
        Dictionary<SampleKey, SampleRecord> samples, HashSet<SampleKey> timed, bool measured)
    {
        var answered = wanted.Where(w => samples.TryGetValue(w.Key, out var s) && s.FinishReason is "stop" or "length" or "time_limit").ToList();
        var untimed = answered.Where(w => !timed.Contains(w.Key)).ToList();
        if (untimed.Count > 0 || measured) return untimed;
        return answered.Take(1).ToList();
    }

    private void GeneratePseudo(IPseudoModelKind pseudo, ModelConfig model, List<(CodingTask Task, SampleKey Key)> missing, RunLogs logs,
        Action<CodingTask, SampleRecord> generated, CancellationToken cancellation)
    {
        foreach (var (task, key) in missing)
        {
            cancellation.ThrowIfCancellationRequested();
            var record = SampleFactory.Record(config, task, key, new GenerationResult(pseudo.Answer(task), FinishReason.Stop, 0, 0, 0, 0));
            logs.Sample(record);
            progress.SampleGenerated(model.Name, 0, 0);
            generated(task, record);
        }
    }

    /// <summary>Finish reason of a sample whose worker the kernel's OOM killer killed.</summary>
    public const string WorkerOom = "worker_oom";

    /// <summary>Older folders only: samples recorded for a crashed worker or a failed generation (today neither is a sample).</summary>
    public const string WorkerCrashed = "worker_crashed";

    public const string GenerationError = "generation_error";

    /// <summary>A per-draw seed from the run seed and the draw's identity: independent of order and parallelism.</summary>
    public static ulong SeedFor(ulong runSeed, SampleKey key) => SampleFactory.SeedFor(runSeed, key);

    private ResultRecord Judge(CodingTask task, SampleRecord sample, CancellationToken cancellation)
    {
        if (sample.Code is null)
        {
            var (status, detail) = sample.FinishReason switch
            {
                "length" => (SampleStatus.Truncated, "no code could be extracted from the answer, which hit max_new_tokens"),
                "time_limit" => (SampleStatus.Truncated, "no code could be extracted from the answer, which was stopped at timeouts.generation_seconds"),
                WorkerOom => (SampleStatus.Oom, "the kernel's OOM killer killed the model's worker process while it generated this answer"),
                WorkerCrashed => (SampleStatus.Error, "the model's worker process crashed"),
                GenerationError => (SampleStatus.Error, $"generation failed: {sample.Error}"),
                _ => (SampleStatus.NoCode, "no code could be extracted from the answer"),
            };
            return new ResultRecord(sample.Model, sample.TaskId, sample.SampleIndex, status.ToWire(), detail, null, 0, "", "");
        }
        // Code that defines other names but not the entry point fails without running.
        var v = CodeExtractor.EntryPointMissing(sample.Code, task.EntryPoint) is { } missing
            ? new ExecutionVerdict(SampleStatus.Fail, missing, null, 0, "", "")
            : executor.Run(task, sample.Code, cancellation);
        // Code cut off by max_new_tokens that then fails is reported as truncated: the length limit, not the model's logic, may be why.
        var cut = sample.FinishReason is "length" or "time_limit";
        var final = v.Status != SampleStatus.Pass && cut ? SampleStatus.Truncated : v.Status;
        var why = final == SampleStatus.Truncated && sample.FinishReason == "time_limit"
            ? $"stopped at timeouts.generation_seconds; {v.Detail}"
            : v.Detail;
        return new ResultRecord(sample.Model, sample.TaskId, sample.SampleIndex, final.ToWire(), why, v.ExitCode,
            v.DurationMs, v.StdoutTail, v.StderrTail);
    }
}
