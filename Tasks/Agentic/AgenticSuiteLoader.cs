using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Tasks.Agentic;

/// <summary>
/// Reads an agentic suite folder: suite.json ("kind": "agentic") and tasks/&lt;id&gt;/ with task.json, issue.md, repo/,
/// hidden_tests/test_*.py, canonical.diff and decoys/*.diff. Structure errors name the folder, file and fix; the
/// rules the suite's claims rest on (decoys, diffs that apply) are checked by <see cref="AgenticLint"/>.
/// </summary>
public static class AgenticSuiteLoader
{
    public static AgenticSuite Load(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (SuiteLoader.KindOf(folder) != SuiteLoader.AgenticKind)
            throw new TaskFormatException($"{folder}: a function-level suite where an agentic suite (suite.json \"kind\": \"agentic\") was expected.");
        var suiteFile = Path.Combine(root, "suite.json");
        using var doc = SuiteLoader.ParseJson(suiteFile);
        var s = doc.RootElement;
        var tasksDir = Path.Combine(root, "tasks");
        if (!Directory.Exists(tasksDir))
            throw new TaskFormatException($"{tasksDir}: missing tasks/ folder. Add one folder per task under it.");
        var tasks = Directory.GetDirectories(tasksDir).OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal).Select(LoadTask).ToList();
        if (tasks.Count == 0)
            throw new TaskFormatException($"{tasksDir}: the suite has no tasks. Add tasks/<id>/ folders.");
        return new AgenticSuite(SuiteLoader.RequireString(s, suiteFile, "name"), SuiteLoader.RequireString(s, suiteFile, "version"),
            SuiteLoader.OptionalString(s, "description") ?? "", SuiteLoader.OptionalString(s, "license") ?? "", tasks, SuiteLoader.HashFolder(root), root);
    }

    public static AgenticTask LoadTask(string dir)
    {
        var taskFile = Path.Combine(dir, "task.json");
        using var doc = SuiteLoader.ParseJson(taskFile);
        var t = doc.RootElement;
        var id = SuiteLoader.RequireString(t, taskFile, "id");
        if (id != Path.GetFileName(dir))
            throw new TaskFormatException($"{taskFile}: field 'id' is '{id}' but the folder is '{Path.GetFileName(dir)}'. Make them equal.");
        var kind = SuiteLoader.OptionalString(t, "kind");
        if (kind != SuiteLoader.AgenticKind)
            throw new TaskFormatException($"{taskFile}: field 'kind' is {(kind is null ? "missing" : $"'{kind}'")}. Agentic tasks say \"kind\": \"agentic\".");
        var difficulty = SuiteLoader.OptionalString(t, "difficulty") ?? "medium";
        if (!SuiteLoader.Difficulties.Contains(difficulty))
            throw new TaskFormatException($"{taskFile}: field 'difficulty' is '{difficulty}'. Use one of: {string.Join(", ", SuiteLoader.Difficulties)}.");
        var tags = t.TryGetProperty("tags", out var tagsEl) && tagsEl.ValueKind == JsonValueKind.Array
            ? tagsEl.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        var budget = t.TryGetProperty("time_budget_s", out var b) && b.ValueKind == JsonValueKind.Number ? b.GetDouble() : 10.0;
        var descriptions = DecoyDescriptions(t, taskFile);
        var decoyDir = Path.Combine(dir, "decoys");
        var decoys = Directory.Exists(decoyDir)
            ? Directory.GetFiles(decoyDir, "*.diff").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new DiffDecoy(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f),
                    descriptions.TryGetValue(Path.GetFileName(f), out var d) ? d : "")).ToList()
            : [];
        var hiddenDir = Path.Combine(dir, "hidden_tests");
        if (!Directory.Exists(hiddenDir))
            throw new TaskFormatException($"{dir}: missing hidden_tests/. Put the tests that decide the task there as test_*.py.");
        var hidden = Directory.GetFiles(hiddenDir, "test_*.py").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new HiddenTest(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        return new AgenticTask(
            id,
            SuiteLoader.OptionalString(t, "title") ?? id,
            SuiteLoader.RequireString(t, taskFile, "category"),
            difficulty,
            tags,
            Budgets(t, taskFile),
            budget,
            RequireFile(dir, "issue.md"),
            ReadRepo(Path.Combine(dir, "repo")),
            hidden,
            RequireFile(dir, "canonical.diff"),
            decoys,
            dir);
    }

    /// <summary>
    /// Every file under a repository folder by its relative path ('/'-separated), as text. Only regular files and
    /// folders may be there: a symlink or special file in a task's repository is an error, never copied.
    /// </summary>
    public static SortedDictionary<string, string> ReadRepo(string repoDir)
    {
        if (!Directory.Exists(repoDir))
            throw new TaskFormatException($"{repoDir}: missing. Put the task's repository (package and tests/) there.");
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Walk(string dir)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry);
                if (name is "__pycache__" || name.EndsWith(".pyc", StringComparison.Ordinal)) continue;
                switch (FileTypes.Of(entry))
                {
                    case FileKind.Directory:
                        Walk(entry);
                        break;
                    case FileKind.Regular:
                        files[Path.GetRelativePath(repoDir, entry).Replace('\\', '/')] = File.ReadAllText(entry);
                        break;
                    default:
                        throw new TaskFormatException($"{entry}: not a regular file or folder. A task's repository holds only plain files.");
                }
            }
        }
        Walk(repoDir);
        return files;
    }

    private static AgentBudgets Budgets(JsonElement t, string taskFile)
    {
        if (!t.TryGetProperty("budgets", out var b) || b.ValueKind != JsonValueKind.Object)
            throw new TaskFormatException($"{taskFile}: field 'budgets' is missing. Add \"budgets\": {{\"turns\": 30, \"tokens\": 32000, \"wall_seconds\": 900}}.");
        double Positive(string name)
        {
            if (!b.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Number || v.GetDouble() <= 0)
                throw new TaskFormatException($"{taskFile}: field 'budgets.{name}' is missing or not a positive number. Give it one.");
            return v.GetDouble();
        }
        return new AgentBudgets((int)Positive("turns"), (int)Positive("tokens"), Positive("wall_seconds"));
    }

    private static Dictionary<string, string> DecoyDescriptions(JsonElement t, string taskFile)
    {
        if (!t.TryGetProperty("decoys", out var d)) return [];
        if (d.ValueKind != JsonValueKind.Object)
            throw new TaskFormatException($"{taskFile}: field 'decoys' must be an object {{\"<file>.diff\": \"what it gets wrong\"}}.");
        return d.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }

    private static string RequireFile(string dir, string name)
    {
        var path = Path.Combine(dir, name);
        if (!File.Exists(path))
            throw new TaskFormatException($"{dir}: missing {name}. Every agentic task folder needs task.json, issue.md, repo/, hidden_tests/, canonical.diff and decoys/.");
        return File.ReadAllText(path);
    }
}
