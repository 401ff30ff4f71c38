using QwenEval.Core;
using System.Text;
using System.Text.Json;

namespace QwenEval.Tasks.Importers;

/// <summary>
/// EvalPlus HumanEval+/MBPP+ (evalplus): prompt, canonical_solution, entry_point, base_input and plus_input
/// (lists of argument lists), atol. EvalPlus judges a candidate by comparing its outputs with the canonical
/// solution's on every input; the generated check() does the same, holding the canonical as a private reference.
/// </summary>
public sealed class EvalPlusImporter : ITaskImporter
{
    public string Format => "evalplus";

    public string License => "Apache-2.0 (EvalPlus); see the source benchmark's license too";

    public IEnumerable<ImportedTask> Read(string path)
    {
        foreach (var (line, row) in JsonlSource.Read(path))
        {
            var taskId = JsonlSource.Field(path, line, row, "task_id");
            var prompt = JsonlSource.Field(path, line, row, "prompt");
            var canonical = JsonlSource.Field(path, line, row, "canonical_solution");
            var entry = JsonlSource.Field(path, line, row, "entry_point");
            // HumanEval+ canonicals continue the prompt; MBPP+ canonicals are whole modules.
            var solution = canonical.Contains($"def {entry}", StringComparison.Ordinal) ? canonical : prompt + canonical;
            var inputs = Inputs(path, line, row, "base_input").Concat(Inputs(path, line, row, "plus_input")).ToList();
            var atol = row.TryGetProperty("atol", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetDouble() : 0.0;
            yield return new ImportedTask(SuiteWriter.SafeId(taskId), taskId, entry, ["evalplus"], prompt, solution,
                Tests(solution, entry, inputs, atol));
        }
    }

    private static IEnumerable<string> Inputs(string path, int line, JsonElement row, string field)
    {
        if (!row.TryGetProperty(field, out var v)) return [];
        if (v.ValueKind != JsonValueKind.Array)
            throw new TaskFormatException($"{path}: line {line}: field '{field}' is not an array of argument lists.");
        return v.EnumerateArray().Select(e => e.GetRawText());
    }

    private static string Tests(string solution, string entry, IReadOnlyList<string> inputs, double atol)
    {
        var sb = new StringBuilder();
        sb.AppendLine("import copy, json, math");
        sb.AppendLine();
        sb.AppendLine($"_REFERENCE_SOURCE = {JsonSerializer.Serialize(solution)}");
        sb.AppendLine($"_INPUTS = json.loads({JsonSerializer.Serialize("[" + string.Join(",", inputs) + "]")})");
        sb.AppendLine($"_ATOL = {atol.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        sb.AppendLine("""

            def _close(a, b):
                if isinstance(a, float) or isinstance(b, float):
                    return isinstance(a, (int, float)) and isinstance(b, (int, float)) and (
                        math.isclose(a, b, rel_tol=1e-6, abs_tol=max(_ATOL, 1e-9)) or (math.isnan(a) and math.isnan(b)))
                if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
                    return type(a) == type(b) and len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
                return type(a) == type(b) and a == b

            """);
        sb.AppendLine("def check(candidate):");
        sb.AppendLine("    namespace = {}");
        sb.AppendLine("    exec(_REFERENCE_SOURCE, namespace)");
        sb.AppendLine($"    reference = namespace[{JsonSerializer.Serialize(entry)}]");
        sb.AppendLine("    assert len(_INPUTS) > 0");
        sb.AppendLine("    for args in _INPUTS:");
        sb.AppendLine("        expected = reference(*copy.deepcopy(args))");
        sb.AppendLine("        got = candidate(*copy.deepcopy(args))");
        sb.AppendLine("        assert _close(got, expected), f\"input {args!r}: expected {expected!r}, got {got!r}\"");
        return sb.ToString();
    }
}
