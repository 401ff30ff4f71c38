namespace QwenEval.Runs.Agentic;

/// <summary>
/// An episode's private copy of a task's repository on the host, owner-only, removed when the episode ends. Only
/// the harness's tools change it; model code never runs in it (tests run on a copy inside the sandbox).
/// </summary>
public sealed class EpisodeFolder : IDisposable
{
    private readonly string _folder;

    public EpisodeFolder(string scratchRoot, IReadOnlyDictionary<string, string> files)
    {
        _folder = Path.Combine(scratchRoot, $"qe-episode-{Guid.NewGuid():N}");
        Repo = Path.Combine(_folder, "repo");
        Create(_folder);
        Create(Repo);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(Repo, path);
            Create(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    public string Repo { get; }

    private static void Create(string dir)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(dir);
        else Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not worth failing an episode over.
        }
    }
}
