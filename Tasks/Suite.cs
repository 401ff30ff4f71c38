namespace QwenEval.Tasks;

/// <summary>A versioned, hashed set of tasks: what every result in a run refers to.</summary>
public sealed record Suite(
    string Name,
    string Version,
    string Language,
    string Description,
    string License,
    IReadOnlyList<CodingTask> Tasks,
    string Hash,
    string Folder,
    string? ImportedFrom = null)
{
    public CodingTask? Find(string id) => Tasks.FirstOrDefault(t => t.Id == id);
}
