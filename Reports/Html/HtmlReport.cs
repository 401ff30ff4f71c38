using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Reports.Html;

/// <summary>
/// report.html: one self-contained file (inline chart SVGs, CSS, script and data; no network) with the run's
/// provenance, both charts, a sortable model table with both intervals and every status count, the breakdowns,
/// and a model × task grid in which every sample opens its prompt, answer, extracted code and test output.
/// </summary>
public sealed class HtmlReport : IReportWriter
{
    public void Write(ReportContext c) =>
        AtomicFile.WriteAllText(c.File(FileName), Render(c.Input, c.Scores, c.MemoryChartSvg ?? "", c.SpeedChartSvg ?? "", c.HtmlSections));

    public const string FileName = "report.html";

    /// <param name="sections">self-contained sections (their own markup, data and script) placed after the task grid</param>
    public static string Render(ReportInput input, IReadOnlyList<ModelScore> scores, string memoryChartSvg, string speedChartSvg = "", IReadOnlyList<string>? sections = null)
    {
        var statuses = Enum.GetValues<SampleStatus>().Select(s => s.ToWire()).ToList();
        var interval = ReportedInterval.For(scores);
        var data = new
        {
            title = input.Title,
            suite = input.SuiteLabel,
            partial = input.Partial,
            statuses,
            ks = scores.SelectMany(s => s.PassAtK.Keys).Where(k => k > 1).Distinct().Order().ToList(),
            models = scores.Select(s => new
            {
                name = s.Model.Name,
                label = s.Label,
                incomplete = s.Incomplete,
                kind = s.Model.Kind,
                pass1 = s.PassAt1,
                passk = s.PassAtK.Where(p => p.Key > 1).ToDictionary(p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Value),
                wilson = new[] { s.Wilson.Low, s.Wilson.High },
                wilson_text = ReportedInterval.Format(s.Wilson, s.PassAt1),
                bootstrap = new[] { s.Bootstrap.Low, s.Bootstrap.High },
                bootstrap_text = ReportedInterval.Format(s.Bootstrap, s.PassAt1),
                judged = s.Samples,
                planned = s.Model.PlannedSamples,
                footprint_gib = Footprint.Of(s.Model).GiB,
                footprint_missing = Footprint.Of(s.Model).MissingReason,
                decode_tps = s.Speed.DecodeTokensPerSecond,
                statuses = statuses.ToDictionary(w => w, w => s.StatusCounts[SampleStatusNames.FromWire(w)]),
            }),
            breakdowns = Breakdown.All.Select(b => new
            {
                dimension = b.Dimension,
                values = b.Values(scores),
                rates = scores.ToDictionary(s => s.Model.Name, s => b.Select(s).Where(p => !double.IsNaN(p.Value)).ToDictionary(p => p.Key, p => p.Value)),
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
        if (input.Provenance.Count > 0)
            sb.AppendLine("<section id=\"qe-provenance\"><h2>Provenance</h2><ul>" +
                          string.Concat(input.ProvenanceLines.Select(l => $"<li>{Enc(l)}</li>")) + "</ul></section>");
        sb.AppendLine($"<p class=\"interval\">Charts draw the {Enc(ReportedInterval.Describe(interval, scores))}; the table shows both intervals.</p>");
        sb.AppendLine($"<figure class=\"chart\" id=\"qe-memory-chart\">{StripXmlDeclaration(memoryChartSvg)}</figure>");
        if (speedChartSvg.Length > 0) sb.AppendLine($"<figure class=\"chart\" id=\"qe-speed-chart\">{StripXmlDeclaration(speedChartSvg)}</figure>");
        sb.AppendLine("<h2>Models</h2><p>Click a column to sort.</p><table id=\"qe-models\"></table><p id=\"qe-footprint-notes\"></p>");
        if (input.UnscoredModels.Count > 0)
        {
            sb.AppendLine("<h3>Not scored</h3><p>No verdicts, so no pass rate; not on the charts.</p><ul id=\"qe-unscored\">");
            foreach (var u in input.UnscoredModels) sb.AppendLine($"<li data-model=\"{Enc(u.Name)}\"><b>{Enc(u.Name)}</b> ({Enc(u.Kind)}): {Enc(u.Why)}</li>");
            sb.AppendLine("</ul>");
        }
        sb.AppendLine("<h2>Pass rate by difficulty, category and tag</h2><div id=\"qe-breakdowns\"></div>");
        sb.AppendLine("<h2>Tasks</h2><p>Each cell shows the samples that passed out of those judged; click a sample for its prompt, answer, extracted code and test output.</p><table id=\"qe-tasks\"></table>");
        sb.AppendLine("<section id=\"qe-sample\" hidden></section>");
        sb.AppendLine($"<script>{Resource("helpers.js")}</script>");
        foreach (var section in sections ?? []) sb.AppendLine(section);
        sb.AppendLine($"<script type=\"application/json\" id=\"qe-data\">{json}</script>");
        sb.AppendLine($"<script>{Resource("report.js")}</script>");
        sb.AppendLine("</body></html>");
        return sb.ToString();
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    /// <summary>An SVG document as an element to inline in HTML.</summary>
    internal static string StripXmlDeclaration(string svg) =>
        svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : svg;

    private static string Resource(string name) => EmbeddedText($"QwenEval.Reports.Html.{name}");

    /// <summary>A text file built into this assembly (the report's scripts and styles).</summary>
    internal static string EmbeddedText(string logicalName)
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"{logicalName} resource missing from the build");
        return new StreamReader(s).ReadToEnd();
    }
}
