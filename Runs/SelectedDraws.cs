namespace QwenEval.Runs;

/// <summary>
/// Which (model, task) pairs some invocation of a run folder set out to do, from sessions.jsonl: a draw no session
/// selected is missing by choice (the run's PARTIAL note says so), one a session selected and left undone is
/// missing by fault. A session without a selection, or a folder without sessions, selected everything.
/// </summary>
public sealed class SelectedDraws
{
    private readonly List<SessionSelection>? _parts;

    private SelectedDraws(List<SessionSelection>? parts) => _parts = parts;

    public static SelectedDraws Of(string runPath)
    {
        var starts = JsonLines.Read<SessionRecord>(Path.Combine(runPath, RunFolder.SessionsFile)).Where(s => s.Event == "start").ToList();
        return new SelectedDraws(starts.Count == 0 || starts.Any(s => s.Selection is null) ? null : starts.Select(s => s.Selection!).ToList());
    }

    public bool Includes(string model, string taskId) => _parts?.Any(p => p.Models.Contains(model) && p.Tasks.Contains(taskId)) ?? true;
}
