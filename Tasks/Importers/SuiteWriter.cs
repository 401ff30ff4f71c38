using System.Text.Json;

namespace QwenEval.Tasks.Importers;

/// <summary>Writes tasks in the suite format (suite.json + tasks/&lt;id&gt;/…), the one format every importer targets.</summary>
public static class SuiteWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void WriteSuite(string folder, string name, string description, string license, string importedFrom)
    {
        Directory.CreateDirectory(Path.Combine(folder, "tasks"));
        File.WriteAllText(Path.Combine(folder, "suite.json"), JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["name"] = name,
            ["version"] = "1.0.0",
            ["language"] = "python",
            ["description"] = description,
            ["license"] = license,
            ["imported_from"] = importedFrom,
        }, Indented) + "\n");
    }

    public static void WriteTask(string suiteFolder, ImportedTask t)
    {
        var dir = Path.Combine(suiteFolder, "tasks", t.Id);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "task.json"), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = t.Id,
            ["title"] = t.Title,
            ["entry_point"] = t.EntryPoint,
            ["tags"] = t.Tags,
            ["difficulty"] = "medium",
            ["time_budget_s"] = 10,
        }, Indented) + "\n");
        File.WriteAllText(Path.Combine(dir, "prompt.py"), t.Prompt);
        File.WriteAllText(Path.Combine(dir, "solution.py"), t.Solution);
        File.WriteAllText(Path.Combine(dir, "tests.py"), t.Tests);
    }

    /// <summary>"HumanEval/12" → "humaneval_12": ids become folder names.</summary>
    public static string SafeId(string raw) =>
        new string(raw.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray()).Trim('_');
}

/// <summary>A task as an importer produces it, before it is written.</summary>
public sealed record ImportedTask(string Id, string Title, string EntryPoint, IReadOnlyList<string> Tags, string Prompt, string Solution, string Tests);
