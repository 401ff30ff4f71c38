using CsvHelper;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Reports;

/// <summary>tasks.csv: one row per model × task, for per-task analysis in any spreadsheet.</summary>
public sealed class TasksCsv : IReportWriter
{
    public void Write(ReportContext c) => Write(c.File(FileName), c.Input.Models, c.Input.Outcomes, c.Input.Tasks);

    public const string FileName = "tasks.csv";

    public static void Write(string path, IReadOnlyList<ModelFacts> models, IReadOnlyList<SampleOutcome> outcomes, IReadOnlyDictionary<string, TaskFacts> tasks)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, null, leaveOpen: false);
        var statuses = Enum.GetValues<SampleStatus>();
        csv.WriteRecord(["model", "task_id", "difficulty", "tags", "n_samples", "n_pass", "pass_rate", .. statuses.Select(s => s.ToWire())]);
        foreach (var m in models)
        {
            foreach (var g in outcomes.Where(o => o.Model == m.Name).GroupBy(o => o.TaskId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var n = g.Count();
                var c = g.Count(o => o.Status == SampleStatus.Pass);
                tasks.TryGetValue(g.Key, out var t);
                csv.WriteRecord([
                    m.Name, g.Key, t?.Difficulty ?? "", t is null ? "" : string.Join(";", t.Tags),
                    MetricsCsv.I(n), MetricsCsv.I(c), MetricsCsv.F((double)c / n),
                    .. statuses.Select(s => MetricsCsv.I(g.Count(o => o.Status == s)))]);
            }
        }
        csv.Flush();
        AtomicFile.WriteAllText(path, writer.ToString());
    }
}
