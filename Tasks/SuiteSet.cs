using System.Security.Cryptography;
using System.Text;
using QwenEval.Core;
using QwenEval.Tasks.Agentic;

namespace QwenEval.Tasks;

/// <summary>One suite of a run, as run.json lists it.</summary>
public sealed record SuitePart(string Name, string Version, string Kind, string Hash, int Tasks, string Folder);

/// <summary>
/// The suites a run evaluates: the function-level ones joined into one <see cref="Suite"/> and the agentic ones
/// into one <see cref="AgenticSuite"/> (either may be empty). Task ids must be unique across all of them: results
/// are keyed by model, task and sample.
/// </summary>
public sealed record SuiteSet(Suite Functions, AgenticSuite Agentic, IReadOnlyList<SuitePart> Parts)
{
    public static SuiteSet Load(IReadOnlyList<string> folders)
    {
        var functions = new List<Suite>();
        var agentic = new List<AgenticSuite>();
        var parts = new List<SuitePart>();
        foreach (var folder in folders)
        {
            if (SuiteLoader.KindOf(folder) == SuiteLoader.AgenticKind)
            {
                var a = AgenticSuiteLoader.Load(folder);
                agentic.Add(a);
                parts.Add(new SuitePart(a.Name, a.Version, SuiteLoader.AgenticKind, a.Hash, a.Tasks.Count, a.Folder));
            }
            else
            {
                var f = SuiteLoader.Load(folder);
                functions.Add(f);
                parts.Add(new SuitePart(f.Name, f.Version, SuiteLoader.FunctionKind, f.Hash, f.Tasks.Count, f.Folder));
            }
        }
        var owners = functions.SelectMany(s => s.Tasks.Select(t => (t.Id, s.Folder)))
            .Concat(agentic.SelectMany(s => s.Tasks.Select(t => (t.Id, s.Folder))))
            .GroupBy(x => x.Id).FirstOrDefault(g => g.Count() > 1);
        if (owners is not null)
            throw new TaskFormatException(
                $"task id '{owners.Key}' is in {string.Join(" and ", owners.Select(o => o.Folder))}. Results are keyed by task id: run these suites separately or rename one task.");
        return new SuiteSet(CombineFunctions(functions), CombineAgentic(agentic), parts);
    }

    /// <summary>Every suite's name, joined.</summary>
    public string Name => string.Join(" + ", Parts.Select(p => p.Name));

    public string Version => string.Join(" + ", Parts.Select(p => p.Version));

    /// <summary>One suite's own hash; for several, the hash of their hashes in order (any edit to any suite changes it).</summary>
    public string Hash => Parts.Count == 1 ? Parts[0].Hash : Combine(Parts.Select(p => p.Hash));

    public int TaskCount => Functions.Tasks.Count + Agentic.Tasks.Count;

    private static Suite CombineFunctions(List<Suite> suites) => suites.Count switch
    {
        0 => new Suite("", "", "python", "", "", [], "", ""),
        1 => suites[0],
        _ => new Suite(string.Join(" + ", suites.Select(s => s.Name)), string.Join(" + ", suites.Select(s => s.Version)), suites[0].Language,
            string.Join(" ", suites.Select(s => s.Description)), suites[0].License, [.. suites.SelectMany(s => s.Tasks)],
            Combine(suites.Select(s => s.Hash)), suites[0].Folder),
    };

    private static AgenticSuite CombineAgentic(List<AgenticSuite> suites) => suites.Count switch
    {
        0 => AgenticSuite.Empty,
        1 => suites[0],
        _ => new AgenticSuite(string.Join(" + ", suites.Select(s => s.Name)), string.Join(" + ", suites.Select(s => s.Version)),
            string.Join(" ", suites.Select(s => s.Description)), suites[0].License, [.. suites.SelectMany(s => s.Tasks)],
            Combine(suites.Select(s => s.Hash)), suites[0].Folder),
    };

    private static string Combine(IEnumerable<string> hashes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", hashes))));
}
