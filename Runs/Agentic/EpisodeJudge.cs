using QwenEval.Core;
using QwenEval.Execution;
using QwenEval.Tasks.Agentic;
using QwenEval.Tasks.Diffs;

namespace QwenEval.Runs.Agentic;

/// <summary>
/// An episode's verdict: the task's repository with the episode's final diff applied (so a resumed run judges
/// exactly what was recorded), run against the hidden tests in a fresh sandbox, through the driver and its nonce
/// (a timeout is rerun once). An episode whose worker died is an error (or oom), not judged.
/// </summary>
public static class EpisodeJudge
{
    public static ResultRecord Judge(TestExecutor executor, AgenticTask task, EpisodeRecord e, TimeSpan timeout, CancellationToken cancellation)
    {
        ResultRecord Make(SampleStatus status, string detail) => new(e.Model, e.TaskId, e.SampleIndex, status.ToWire(), detail, null, 0, "", "");
        switch (e.Behaviour.Ended)
        {
            case "worker_oom": return Make(SampleStatus.Oom, "the model's worker process was killed (out of memory) during the episode");
            case "worker_crashed": return Make(SampleStatus.Error, $"the model's worker process crashed during the episode: {e.Error}");
        }
        IReadOnlyDictionary<string, string> files;
        try
        {
            files = e.FinalDiff.Length == 0 ? task.Repo : UnifiedDiff.Apply(task.Repo, e.FinalDiff);
        }
        catch (PatchException x)
        {
            return Make(SampleStatus.SandboxError, $"the episode's final diff does not apply to the task's repository: {x.Message}");
        }
        var v = executor.RunRepo(new RepoTestRun(files, AgenticValidator.Hidden(task)), timeout, cancellation);
        var how = e.Behaviour.Ended == "submitted" ? "" : $"; the episode ended without submit ({e.Behaviour.Ended})";
        return new ResultRecord(e.Model, e.TaskId, e.SampleIndex, v.Status.ToWire(), v.Detail + how, v.ExitCode, v.DurationMs, v.StdoutTail, v.StderrTail);
    }
}
