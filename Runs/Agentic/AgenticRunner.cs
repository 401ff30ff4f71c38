using QwenEval.Backends.Worker;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Execution;
using QwenEval.Runs.PseudoModels;
using QwenEval.Tasks.Agentic;
using QwenEval.Tasks.Diffs;

namespace QwenEval.Runs.Agentic;

/// <summary>
/// Runs the agentic tasks of a run: for each model that takes them, every missing episode (task × sample), each
/// written whole to episodes.jsonl when it ends, then judged by the hidden tests in the sandbox into results.jsonl
/// under the same key. A rerun after a kill resumes: finished episodes are kept, unjudged ones are judged, the rest
/// run again. Pseudo-agents run their episodes in parallel; a model runs them one after another in its own worker.
/// </summary>
public sealed class AgenticRunner(EvalConfig config, AgenticSuite suite, TestExecutor executor, RunFolder folder, IRunProgress progress)
{
    /// <summary>Models whose worker could not load them in this invocation, with the reason.</summary>
    public List<(string Model, string Reason)> NotRun { get; } = [];

    /// <summary>Models not to try (they failed to load for the function-level tasks of this invocation).</summary>
    public IReadOnlySet<string> Skip { get; init; } = new HashSet<string>();

    public void Run(CancellationToken cancellation)
    {
        if (suite.Tasks.Count == 0) return;
        var episodes = JsonLines.Read<EpisodeRecord>(folder.EpisodesPath).DistinctBy(e => e.Key).ToDictionary(e => e.Key);
        var judged = JsonLines.Read<ResultRecord>(folder.ResultsPath).Select(r => r.Key).ToHashSet();
        using var episodeLog = new JsonLinesWriter(folder.EpisodesPath);
        using var resultLog = new JsonLinesWriter(folder.ResultsPath);
        using var measurementLog = new JsonLinesWriter(folder.MeasurementsPath);
        foreach (var model in config.Models.Where(m => ModelKinds.TakesAgenticTasks(m.Kind) && !Skip.Contains(m.Name)))
        {
            var label = $"{model.Name} · agentic";
            var wanted = suite.Tasks
                .SelectMany(t => Enumerable.Range(0, config.SamplesPerTask).Select(i => (Task: t, Key: new SampleKey(model.Name, t.Id, i))))
                .ToList();
            var missing = wanted.Where(w => !episodes.ContainsKey(w.Key)).ToList();
            progress.ModelStarted(label, wanted.Count, wanted.Count(w => judged.Contains(w.Key)), missing.Count);
            void Finished(AgenticTask task, EpisodeRecord episode)
            {
                var result = Judge(task, episode, cancellation);
                resultLog.Append(result);
                progress.SampleJudged(label, SampleStatusNames.FromWire(result.Status));
            }
            foreach (var w in wanted.Where(w => episodes.ContainsKey(w.Key) && !judged.Contains(w.Key)))
                Finished(w.Task, episodes[w.Key]);
            if (missing.Count > 0)
            {
                void Done(AgenticTask task, EpisodeRecord episode)
                {
                    episodeLog.Append(episode);
                    progress.SampleGenerated(label, (int)episode.Behaviour.GeneratedTokens, episode.Behaviour.GenerationMs);
                    Finished(task, episode);
                }
                if (ModelKinds.Find(model.Kind) is IPseudoAgentKind pseudo) RunPseudo(pseudo, missing, Done, cancellation);
                else
                {
                    // The worker generates the next episode while the sandbox judges finished ones on the other cores.
                    using var judges = new Judges(Math.Max(1, Environment.ProcessorCount - 1));
                    RunModel(model, label, missing, (task, episode) =>
                    {
                        episodeLog.Append(episode);
                        progress.SampleGenerated(label, (int)episode.Behaviour.GeneratedTokens, episode.Behaviour.GenerationMs);
                        judges.Add(() => Finished(task, episode));
                    }, measurementLog, cancellation);
                }
            }
            progress.ModelFinished(label);
        }
    }

    private void RunPseudo(IPseudoAgentKind kind, List<(AgenticTask Task, SampleKey Key)> missing, Action<AgenticTask, EpisodeRecord> done,
        CancellationToken cancellation) =>
        Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellation },
            w => done(w.Task, Runner(w.Task).Run(w.Task, kind.Start(w.Task), w.Key, EvalRunner.SeedFor(config.Decoding.Seed, w.Key), cancellation)));

    private void RunModel(ModelConfig model, string label, List<(AgenticTask Task, SampleKey Key)> missing, Action<AgenticTask, EpisodeRecord> done,
        JsonLinesWriter measurementLog, CancellationToken cancellation)
    {
        var measurement = new MeasurementRecord(model.Name, DateTime.UtcNow.ToString("o"), 0, null, null);
        try
        {
            using var worker = new WorkerClient(ModelSpec.From(config, model));
            measurement = measurement with { LoadMs = worker.LoadMs, PeakRssBytes = worker.Memory.PeakBytes };
            var agent = new BackendAgent(worker);
            for (var i = 0; i < missing.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var (task, key) = missing[i];
                var episode = Runner(task).Run(task, agent, key, EvalRunner.SeedFor(config.Decoding.Seed, key), cancellation);
                done(task, episode);
                measurement = measurement with { PeakRssBytes = worker.Memory.PeakBytes };
                if (episode.Behaviour.Ended is "worker_crashed" or "worker_oom")
                {
                    // The worker is gone: the episodes it still owed end the same way, unrun.
                    progress.Message(label, $"{episode.Error}; its remaining {missing.Count - i - 1} episodes are marked and the run goes on");
                    measurement = measurement with { Crash = episode.Error };
                    foreach (var (t, k) in missing.Skip(i + 1)) done(t, Unrun(t, k, episode.Behaviour.Ended, episode.Error));
                    break;
                }
            }
        }
        catch (ModelLoadFailedException e)
        {
            progress.Message(label, $"NOT RUN: the model did not load: {e.Message}");
            measurement = measurement with { Crash = $"not run: {e.Message}" };
            NotRun.Add((model.Name, e.Message));
        }
        finally
        {
            measurementLog.Append(measurement);
        }
    }

    private EpisodeRunner Runner(AgenticTask task) => new(executor, new EpisodeSettings(
        task.Budgets.CappedBy(config.Agentic.MaxTurns, config.Agentic.MaxTokens, config.Agentic.WallSeconds),
        config.MaxNewTokens, TestTimeout(task), RepoLimits.Default, Path.GetTempPath()));

    /// <summary>The tests' time limit: max(floor, multiplier × the task's declared time_budget_s); agentic tasks are not calibrated.</summary>
    private TimeSpan TestTimeout(AgenticTask task) => config.Timeouts.ForTask(task.TimeBudgetSeconds);

    private EpisodeRecord Unrun(AgenticTask task, SampleKey key, string ended, string? error) =>
        new(key.Model, key.TaskId, key.SampleIndex, EvalRunner.SeedFor(config.Decoding.Seed, key), AgentPrompt.Start(task), [],
            new Reports.Agentic.EpisodeBehaviour(ended, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, false, 0, 0, 0, 0, 0), "", error);

    private ResultRecord Judge(AgenticTask task, EpisodeRecord e, CancellationToken cancellation) =>
        EpisodeJudge.Judge(executor, task, e, TestTimeout(task), cancellation);

    /// <summary>Judgements running in the background, at most a few at once; disposing waits for all of them.</summary>
    private sealed class Judges(int parallelism) : IDisposable
    {
        private readonly SemaphoreSlim _slots = new(parallelism);
        private readonly List<Task> _running = [];

        public void Add(Action judge)
        {
            _slots.Wait();
            _running.Add(Task.Run(() =>
            {
                try
                {
                    judge();
                }
                finally
                {
                    _slots.Release();
                }
            }));
        }

        public void Dispose()
        {
            Task.WaitAll([.. _running]);
            _slots.Dispose();
        }
    }
}
