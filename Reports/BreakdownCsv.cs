using QwenEval.Core;
using CsvHelper;
using QwenEval.Reports.Scoring;

namespace QwenEval.Reports;

/// <summary>breakdown.csv: pass rate per model by difficulty, category and tag (too many tags for the summary).</summary>
public sealed class BreakdownCsv : IReportWriter
{
    public void Write(ReportContext c) => Write(c.File(FileName), c.Scores);

    public const string FileName = "breakdown.csv";

    public static void Write(string path, IReadOnlyList<ModelScore> scores)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, null, leaveOpen: false);
        csv.WriteRecord(["model", "dimension", "value", "pass_rate"]);
        foreach (var s in scores)
        {
            foreach (var (dimension, values) in new[] { ("difficulty", s.ByDifficulty), ("category", s.ByCategory), ("tag", s.ByTag) })
                foreach (var (value, rate) in values)
                    csv.WriteRecord([s.Model.Name, dimension, value, MetricsCsv.F(rate)]);
        }
        csv.Flush();
        AtomicFile.WriteAllText(path, writer.ToString());
    }
}
