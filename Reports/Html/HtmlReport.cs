using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Reports.Html;

/// <summary>
/// report.html: one self-contained file (inline chart SVG, CSS, script and data; no network) with a sortable
/// model table and a per-task drill-down into prompt, answer, extracted code and test output.
/// </summary>
public sealed class HtmlReport : IReportWriter
{
    public void Write(ReportContext c) => AtomicFile.WriteAllText(c.File(FileName), Render(c.Input, c.Scores, c.MemoryChartSvg ?? "", c.HtmlSections));

    public const string FileName = "report.html";

    /// <param name="sections">self-contained sections (their own markup, data and script) placed after the task grid</param>
    public static string Render(ReportInput input, IReadOnlyList<ModelScore> scores, string chartSvg, IReadOnlyList<string>? sections = null)
    {
        var statuses = Enum.GetValues<SampleStatus>().Select(s => s.ToWire()).ToList();
        var data = new
        {
            title = input.Title,
            suite = input.SuiteLabel,
            statuses,
            models = scores.Select(s => new
            {
                name = s.Model.Name,
                kind = s.Model.Kind,
                pass1 = s.PassAt1,
                wilson = new[] { s.Wilson.Low, s.Wilson.High },
                bootstrap = new[] { s.Bootstrap.Low, s.Bootstrap.High },
                footprint_gib = Footprint.Of(s.Model).GiB,
                footprint_source = Footprint.Of(s.Model).Source,
                decode_tps = s.Speed.DecodeTokensPerSecond,
                statuses = statuses.ToDictionary(w => w, w => s.StatusCounts[SampleStatusNames.FromWire(w)]),
            }),
            tasks = input.Tasks.Values.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new { id = t.Id, difficulty = t.Difficulty, tags = t.Tags }),
            samples = input.Details.Select(d => new
            {
                model = d.Model, task_id = d.TaskId, sample_index = d.SampleIndex, status = d.Status,
                prompt = d.Prompt, answer = d.Answer, code = d.Code, detail = d.Detail, output = d.Output,
            }),
        };
        // The default encoder escapes <, > and &, so no answer text can close the script element.
        var json = JsonSerializer.Serialize(data);
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE html>");
        sb.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.AppendLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
        sb.AppendLine($"<title>{Enc(input.Title)}</title><style>{Resource("report.css")}</style></head><body>");
        sb.AppendLine($"<h1>{Enc(input.Title)}</h1><p>Suite: {Enc(input.SuiteLabel)}</p>");
        foreach (var note in input.Notes) sb.AppendLine($"<p class=\"note\">{Enc(note)}</p>");
        sb.AppendLine($"<div class=\"chart\">{StripXmlDeclaration(chartSvg)}</div>");
        sb.AppendLine("<h2>Models</h2><p>Click a column to sort.</p><table id=\"qe-models\"></table>");
        sb.AppendLine("<h2>Tasks</h2><p>Click a cell for the prompt, the answer, the extracted code and the test output.</p><table id=\"qe-tasks\"></table>");
        sb.AppendLine("<section id=\"qe-sample\" hidden></section>");
        foreach (var section in sections ?? []) sb.AppendLine(section);
        sb.AppendLine($"<script type=\"application/json\" id=\"qe-data\">{json}</script>");
        sb.AppendLine($"<script>{Resource("report.js")}</script>");
        sb.AppendLine("</body></html>");
        return sb.ToString();
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    private static string StripXmlDeclaration(string svg) =>
        svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..] : svg;

    private static string Resource(string name)
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream($"QwenEval.Reports.Html.{name}")
            ?? throw new InvalidOperationException($"{name} resource missing from the build");
        return new StreamReader(s).ReadToEnd();
    }
}
