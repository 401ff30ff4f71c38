using QwenEval.Core;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace QwenEval.Tasks.Importers;

/// <summary>
/// MBPP (google-research): task_id, text, code, test_list (assert lines calling the function by name),
/// test_setup_code. The prompt is the text, one example assert and the signature, as MBPP prompts usually are.
/// </summary>
public sealed partial class MbppImporter : ITaskImporter
{
    public string Format => "mbpp";

    public string License => "CC-BY-4.0 (Google MBPP)";

    public IEnumerable<ImportedTask> Read(string path)
    {
        foreach (var (line, row) in JsonlSource.Read(path))
        {
            var id = row.TryGetProperty("task_id", out var tid) ? tid.ToString() : line.ToString();
            var text = JsonlSource.Field(path, line, row, "text");
            var code = JsonlSource.Field(path, line, row, "code").Replace("\r\n", "\n");
            if (!row.TryGetProperty("test_list", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new TaskFormatException($"{path}: line {line}: field 'test_list' is missing or not an array.");
            var asserts = list.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
            var setup = row.TryGetProperty("test_setup_code", out var s) ? s.GetString() ?? "" : "";
            var entry = EntryPoint(code, asserts)
                ?? throw new TaskFormatException($"{path}: line {line}: no function of 'code' is called by 'test_list'.");
            var signature = Signature().Matches(code).First(m => m.Groups["name"].Value == entry).Value;
            var prompt = $"\"\"\"\n{text.Trim()}\nExample: {asserts.FirstOrDefault()}\n\"\"\"\n\n\n{signature}\n";
            var tests = "def check(candidate):\n" +
                        Indent(setup) +
                        $"    {entry} = candidate\n" +
                        string.Concat(asserts.Select(a => $"    {a.Trim()}\n"));
            yield return new ImportedTask($"mbpp_{SuiteWriter.SafeId(id)}", $"MBPP {id}", entry, ["mbpp"], prompt, code + "\n", tests);
        }
    }

    private static string? EntryPoint(string code, IReadOnlyList<string> asserts) =>
        Signature().Matches(code).Select(m => m.Groups["name"].Value)
            .FirstOrDefault(name => asserts.Any(a => Regex.IsMatch(a, $@"\b{Regex.Escape(name)}\s*\(")));

    private static string Indent(string code) =>
        string.Concat(code.Replace("\r\n", "\n").Split('\n').Where(l => l.Trim().Length > 0).Select(l => $"    {l}\n"));

    [GeneratedRegex(@"^def (?<name>\w+)\s*\(.*\)\s*(->[^:]+)?:", RegexOptions.Multiline)]
    private static partial Regex Signature();
}
