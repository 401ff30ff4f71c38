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
            foreach (var b in Breakdown.All)
                foreach (var value in b.Values([s]))
                    csv.WriteRecord([s.Model.Name, b.Dimension, value, MetricsCsv.F(b.Select(s)[value])]);
        }
        csv.Flush();
        AtomicFile.WriteAllText(path, writer.ToString());
    }
}
