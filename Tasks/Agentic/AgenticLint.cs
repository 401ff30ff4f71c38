using QwenEval.Tasks.Diffs;
using QwenEval.Tasks.Validation;

namespace QwenEval.Tasks.Agentic;

/// <summary>
/// Static checks of an agentic task that need no Python: the structure, at least two described decoys, and diffs
/// that apply to the repository (the canonical hunk by hunk as exact-text edits, as a scripted agent replays them).
/// </summary>
public static class AgenticLint
{
    public const int MinDecoys = 2;

    public static IReadOnlyList<Violation> Check(AgenticTask task)
    {
        List<Violation> v = [];
        void Add(string file, string problem) => v.Add(new(task.Id, file, problem));
        if (task.Issue.Trim().Length == 0) Add("issue.md", "is empty");
        if (!task.Repo.ContainsKey("tests/__init__.py")) Add("repo/tests/__init__.py", "is missing (the visible tests run as `unittest discover -s tests -t .`)");
        if (!task.Repo.Keys.Any(k => k.StartsWith("tests/test_", StringComparison.Ordinal) && k.EndsWith(".py", StringComparison.Ordinal)))
            Add("repo/tests/", "has no test_*.py");
        if (task.HiddenTests.Count == 0) Add("hidden_tests/", "has no test_*.py");
        if (task.Decoys.Count < MinDecoys) Add("decoys/", $"has {task.Decoys.Count} decoys; at least {MinDecoys} are required");
        foreach (var d in task.Decoys.Where(d => d.Description.Trim().Length == 0))
            Add($"decoys/{d.Name}.diff", "is not described in task.json's \"decoys\" (file name → what it gets wrong)");

        var canonical = Applied(task, "canonical.diff", task.CanonicalDiff, v);
        if (canonical is not null)
        {
            foreach (var patch in UnifiedDiff.Parse(task.CanonicalDiff).Where(p => !p.Creates))
                foreach (var (hunk, i) in patch.Hunks.Select((h, i) => (h, i)))
                {
                    var n = Occurrences(task.Repo[patch.OldPath!], hunk.OldText);
                    if (n != 1) Add("canonical.diff", $"hunk {i + 1} of {patch.OldPath}: its old text occurs {n} times in the file (an exact-text edit needs exactly one)");
                }
        }
        foreach (var (d, i) in task.Decoys.Select((d, i) => (d, i)))
        {
            var file = $"decoys/{d.Name}.diff";
            var result = Applied(task, file, d.Diff, v);
            if (result is null) continue;
            if (canonical is not null && Same(result, canonical)) Add(file, "gives the same files as canonical.diff");
            if (i == 0 && !UnifiedDiff.Parse(d.Diff).Any(p => !p.Creates && !p.Deletes))
                Add(file, "the first decoy must change an existing file (the rewriter agent rewrites those files whole)");
        }
        return v;
    }

    private static SortedDictionary<string, string>? Applied(AgenticTask task, string file, string diff, List<Violation> v)
    {
        try
        {
            var result = UnifiedDiff.Apply(task.Repo, diff);
            if (Same(result, task.Repo)) v.Add(new(task.Id, file, "changes nothing"));
            return result;
        }
        catch (PatchException e)
        {
            v.Add(new(task.Id, file, $"does not apply to repo/: {e.Message}"));
            return null;
        }
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var t) && t == p.Value);

    private static int Occurrences(string text, string part)
    {
        if (part.Length == 0) return 0;
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
