using System.Globalization;
using System.Text;

namespace QwenEval.Reports.Compare;

/// <summary>compare.md: the gate's verdict per model and the tasks that flipped.</summary>
public static class CompareMarkdown
{
    public const string FileName = "compare.md";

    public static string Render(string baseId, string newId, GatePolicy policy, IReadOnlyList<ModelComparison> models, IReadOnlyList<string> notCompared,
        IReadOnlyList<string>? missingFromNew = null)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine($"# QwenEval compare: {baseId} → {newId}").AppendLine();
        sb.AppendLine(c, $"Gate: a model regresses when its pass rate drops by more than {policy.MaxDrop * 100:0.##} points and the exact McNemar test gives p < {policy.Alpha:0.###}.").AppendLine();
        sb.AppendLine("| model | pairs | base | new | change | 95% CI of change (bootstrap over tasks) | pass→fail | fail→pass | McNemar p | verdict |");
        sb.AppendLine("|---|---:|---:|---:|---:|---|---:|---:|---:|---|");
        foreach (var m in models)
            sb.AppendLine(c, $"| {m.Model} | {m.Pairs} | {m.BasePassRate * 100:0.0}% | {m.NewPassRate * 100:0.0}% | {-m.Drop * 100:+0.0;-0.0;0.0} | {m.DifferenceInterval.Low * 100:+0.0;-0.0;0.0} … {m.DifferenceInterval.High * 100:+0.0;-0.0;0.0} | {m.PassToFail} | {m.FailToPass} | {m.PValue:0.0000} | {(m.Regression ? "**REGRESSION**" : "ok")} |");
        sb.AppendLine();
        foreach (var line in missingFromNew ?? []) sb.AppendLine($"- **MISSING FROM NEW** (the gate fails): {line}");
        if (missingFromNew is { Count: > 0 }) sb.AppendLine();
        foreach (var name in notCompared) sb.AppendLine($"- `{name}` is in only one of the runs: not compared.");
        if (notCompared.Count > 0) sb.AppendLine();
        foreach (var m in models.Where(m => m.Flips.Count > 0))
        {
            sb.AppendLine($"## {m.Model}: {m.Flips.Count} flipped").AppendLine();
            sb.AppendLine("| task | sample | base | new |");
            sb.AppendLine("|---|---:|---|---|");
            foreach (var f in m.Flips) sb.AppendLine($"| {f.TaskId} | {f.SampleIndex} | {f.BaseStatus} | {f.NewStatus} |");
            sb.AppendLine();
        }
        return sb.ToString();
    }
}
