using QwenEval.Backends.Worker;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Prompting;
using QwenEval.Tasks;

namespace QwenEval.Runs;

/// <summary>What one model's generation left undone in this invocation.</summary>
/// <param name="Remaining">draws not in samples.jsonl at the end: failed generations and those never reached</param>
/// <param name="NotRun">why the model did not load, when it did not</param>
public sealed record ModelOutcome(string Model, int Remaining, string? NotRun = null);

/// <summary>
/// Generates one model's missing samples in its worker processes: one, or one per request the model may have in
/// flight (<see cref="WorkerSlots"/>), the queue run through <see cref="OrderedParallel"/> so that everything is written
/// in task order on this thread, as a one-at-a-time run writes it. Only answers are samples: a generation that failed
/// (a server's faults outlasted the retries) or a worker killed from outside leaves its draws unrecorded for a
/// rerun. A kernel OOM kill is the model's doing: that draw is recorded as `oom` and fresh workers go on.
/// Timings are written before their sample and measurements before the workers are stopped, so a kill at any
/// moment loses neither for a recorded sample.
/// </summary>
public sealed class WorkerGeneration(EvalConfig config, ModelConfig model, RunLogs logs, IRunProgress progress, ISet<SampleKey> timed)
{
    /// <summary>Failed generations in a row (in task order) after which the model is left for a rerun (its server is likely down).</summary>
    public const int MaxConsecutiveFailures = 3;

    private sealed record Job(CodingTask Task, SampleKey Key, bool Record);

    /// <summary>A job's generation or its failed request: a failure is counted at its turn in task order, not when it happened.</summary>
    private sealed record Generated(GenerationResult? Result, WorkerRequestFailedException? Failure);

    /// <summary>The model's peak so far and where it was measured: the workers' own memory, or the server's they sample.</summary>
    private MeasurementRecord Measured(string started, WorkerSlots workers, string? crash, string phase)
    {
        var worker = workers.Largest;
        return new(model.Name, started, worker.LoadMs, worker.Memory.PeakBytes, crash, phase, MemorySource: worker.Memory.Source, MemoryDetail: worker.Memory.Detail);
    }

    private Generated Generate(WorkerClient worker, Job job, CancellationToken cancellation)
    {
        try
        {
            return new(worker.Generate(new GenerationRequest(PromptBuilder.Build(job.Task), SampleFactory.SeedFor(config.Decoding.Seed, job.Key), config.MaxNewTokens), cancellation), null);
        }
        catch (WorkerRequestFailedException e)
        {
            return new(null, e);
        }
    }

    /// <param name="missing">draws to generate and record</param>
    /// <param name="measureOnly">draws already recorded that are generated again only for a lost timing or measurement</param>
    public ModelOutcome Run(IReadOnlyList<(CodingTask Task, SampleKey Key)> missing, IReadOnlyList<(CodingTask Task, SampleKey Key)> measureOnly,
        Action<CodingTask, SampleRecord> generated, CancellationToken cancellation)
    {
        var jobs = new Queue<Job>(missing.Select(m => new Job(m.Task, m.Key, true)).Concat(measureOnly.Select(m => new Job(m.Task, m.Key, false))));
        var recorded = 0;
        var consecutiveFailures = 0;
        var phase = missing.Count > 0 ? MeasurementRecord.Finished : MeasurementRecord.Remeasured;
        var spec = ModelSpec.From(config, model);
        var slots = WorkerSlots.For(spec);
        while (jobs.Count > 0)
        {
            var started = DateTime.UtcNow.ToString("o");
            WorkerSlots workers;
            try
            {
                workers = WorkerSlots.Start(spec, slots, cancellation);
            }
            catch (ModelLoadFailedException e)
            {
                // Not a score: nothing is written for this model, the others run, and a rerun tries it again.
                progress.Message(model.Name, $"NOT RUN: the model did not load: {e.Message}");
                logs.Measurement(new MeasurementRecord(model.Name, started, 0, null, null, NotRun: e.Message));
                return new ModelOutcome(model.Name, missing.Count - recorded, e.Message);
            }
            catch (WorkerCrashedException e)
            {
                progress.Message(model.Name, $"{e.Message}: an infrastructure fault; its {missing.Count - recorded} remaining samples are left for a rerun");
                logs.Measurement(new MeasurementRecord(model.Name, started, 0, null, e.Message, MeasurementRecord.Finished));
                return new ModelOutcome(model.Name, missing.Count - recorded);
            }
            using (workers)
            {
                logs.Measurement(Measured(started, workers, null, MeasurementRecord.Loaded));
                try
                {
                    // With one slot this runs inline, one job at a time. With more, results come in queue order; a crash
                    // comes at its job's turn, and what other slots generated after it is dropped and generated again.
                    foreach (var (job, g) in OrderedParallel.Run(jobs.ToList(), slots, (job, slot) => (job, Generate(workers[slot], job, cancellation)), cancellation))
                    {
                        jobs.Dequeue();
                        if (g.Failure is { } e)
                        {
                            progress.Message(model.Name, $"task {job.Key.TaskId} sample {job.Key.SampleIndex}: generation failed, not recorded (a rerun generates it): {e.Message}");
                            if (++consecutiveFailures < MaxConsecutiveFailures) continue;
                            progress.Message(model.Name, $"{MaxConsecutiveFailures} generations failed in a row: leaving this model's remaining samples for a rerun");
                            logs.Measurement(Measured(started, workers, null, phase));
                            return new ModelOutcome(model.Name, missing.Count - recorded);
                        }
                        consecutiveFailures = 0;
                        var result = g.Result!;
                        // The timing goes first: a kill between the two lines leaves a timing whose sample a rerun regenerates
                        // (and does not time again), never a sample without its timing.
                        if (timed.Add(job.Key))
                            logs.Timing(new TimingRecord(job.Key.Model, job.Key.TaskId, job.Key.SampleIndex, result.TimeToFirstTokenMs, result.TotalMs));
                        if (!job.Record) continue;
                        var record = SampleFactory.Record(config, job.Task, job.Key, result);
                        logs.Sample(record);
                        recorded++;
                        progress.SampleGenerated(model.Name, record.GeneratedTokens, result.TotalMs);
                        generated(job.Task, record);
                    }
                    // Before the workers are stopped (which may take seconds): a kill then must not lose the figure.
                    logs.Measurement(Measured(started, workers, null, phase));
                }
                catch (WorkerCrashedException e)
                {
                    logs.Measurement(Measured(started, workers, e.Message, phase));
                    if (!e.OomKilled || !jobs.TryDequeue(out var lost))
                    {
                        progress.Message(model.Name, $"{e.Message}: an infrastructure fault, not the model's answer; its {missing.Count - recorded} remaining samples are left for a rerun");
                        return new ModelOutcome(model.Name, missing.Count - recorded);
                    }
                    progress.Message(model.Name, $"{e.Message} while generating task {lost.Key.TaskId} sample {lost.Key.SampleIndex}: recorded as oom; fresh workers go on");
                    if (lost.Record)
                    {
                        var record = SampleFactory.OomKilled(config, lost.Task, lost.Key);
                        logs.Sample(record);
                        recorded++;
                        generated(lost.Task, record);
                    }
                }
            }
        }
        return new ModelOutcome(model.Name, missing.Count - recorded);
    }
}
