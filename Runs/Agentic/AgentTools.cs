using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QwenEval.Core.Generation;

namespace QwenEval.Runs.Agentic;

/// <summary>
/// The tools an agent gets, as JSON Schema (what templates and servers show the model), and the check of a call's
/// arguments against them: a call with missing, unknown or mistyped arguments is malformed and is never run.
/// </summary>
public static partial class AgentTools
{
    public const string ListFiles = "list_files";
    public const string ReadFile = "read_file";
    public const string EditFile = "edit_file";
    public const string WriteFile = "write_file";
    public const string RunTests = "run_tests";
    public const string Submit = "submit";

    public static readonly IReadOnlyList<ToolSpec> All =
    [
        Tool(ListFiles, "List the files under a folder of the repository, recursively (folders end in '/').",
            Optional("path", "string", "Folder relative to the repository root; default: the root.")),
        Tool(ReadFile, "Read a text file of the repository. Long files are cut: read them in parts with start_line and end_line.",
            Required("path", "string", "File path relative to the repository root."),
            Optional("start_line", "integer", "First line to read, counting from 1."),
            Optional("end_line", "integer", "Last line to read (inclusive).")),
        Tool(EditFile, "Replace one exact piece of text in a file. old_text must occur exactly once in the file; include enough surrounding lines to make it unique. Use this for changes to existing files.",
            Required("path", "string", "File path relative to the repository root."),
            Required("old_text", "string", "The exact text to replace, including whitespace and line breaks."),
            Required("new_text", "string", "The text to put in its place.")),
        Tool(WriteFile, "Write a whole file: creates it, or replaces an existing file's entire content. Use it to create new files.",
            Required("path", "string", "File path relative to the repository root."),
            Required("content", "string", "The complete content of the file.")),
        Tool(RunTests, "Run the repository's own tests (unittest, in tests/) in a fresh sandbox and show their output.",
            Optional("selector", "string", "A unittest name such as tests.test_core or tests.test_core.CoreTests.test_one; default: every test.")),
        Tool(Submit, "Finish: the repository as it is now is your answer. Nothing can be changed afterwards."),
    ];

    public static ToolSpec? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>What is wrong with a call's arguments, or null when they fit the tool's schema.</summary>
    public static string? Problem(ToolCall call)
    {
        var spec = Find(call.Name);
        if (spec is null) return $"\"{call.Name}\" is not a tool";
        var properties = (JsonObject)spec.Parameters["properties"]!;
        var required = spec.Parameters["required"] is JsonArray r ? r.Select(n => (string)n!).ToList() : [];
        foreach (var name in required.Where(n => !call.Arguments.ContainsKey(n)))
            return $"{call.Name} needs \"{name}\"";
        foreach (var (name, value) in call.Arguments)
        {
            if (properties[name] is not JsonObject schema)
                return $"{call.Name} has no argument \"{name}\" (it takes: {(properties.Count == 0 ? "nothing" : string.Join(", ", properties.Select(p => p.Key)))})";
            var type = (string)schema["type"]!;
            var fits = type switch
            {
                "string" => value is JsonValue v && v.TryGetValue<string>(out _),
                "integer" => Integer(value) is not null,
                _ => false,
            };
            if (!fits) return $"{call.Name}: \"{name}\" must be {(type == "integer" ? "a whole number" : "a string")}";
        }
        return null;
    }

    public static string? Text(ToolCall call, string name) =>
        call.Arguments[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>An integer argument: a JSON integer, or text holding one (some formats carry every value as text).</summary>
    public static long? Integer(JsonNode? value)
    {
        if (value is not JsonValue v) return null;
        if (v.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            return decimal.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
                   && d == decimal.Truncate(d) && Math.Abs(d) < 1e15m ? (long)d : null;
        if (v.TryGetValue<string>(out var s) && IntegerText().IsMatch(s.Trim())) return long.Parse(s.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }

    private static ToolSpec Tool(string name, string description, params (string Name, string Type, string Description, bool Required)[] parameters)
    {
        var properties = new JsonObject();
        foreach (var p in parameters) properties[p.Name] = new JsonObject { ["type"] = p.Type, ["description"] = p.Description };
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var required = parameters.Where(p => p.Required).Select(p => (JsonNode?)p.Name).ToArray();
        if (required.Length > 0) schema["required"] = new JsonArray(required);
        schema["additionalProperties"] = false;
        return new ToolSpec(name, description, schema);
    }

    private static (string, string, string, bool) Required(string name, string type, string description) => (name, type, description, true);

    private static (string, string, string, bool) Optional(string name, string type, string description) => (name, type, description, false);

    [GeneratedRegex(@"^-?[0-9]{1,15}$")]
    private static partial Regex IntegerText();
}
