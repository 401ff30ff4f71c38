using System.Text;
using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Reports.Agentic;

/// <summary>
/// report.html's agentic section, self-contained (its own markup, data and script; added through
/// <see cref="ReportContext.HtmlSections"/>): the resolved-rate chart, the model and behaviour table, a model ×
/// task grid, and for each episode its transcript: the model's text, each tool call and its result, the final diff
/// and the hidden tests' output. Model output is only ever inserted as text.
/// </summary>
public sealed class AgenticHtmlSection : IReportWriter
{
    public void Write(ReportContext c)
    {
        if (c.AgenticScores.Count == 0) return;
        c.HtmlSections.Add(Render(c.Input.Agentic!, c.AgenticScores, c.ResolvedChartSvg ?? ""));
    }

    public static string Render(AgenticInput input, IReadOnlyList<AgenticScore> scores, string chartSvg)
    {
        var data = new
        {
            suite = input.SuiteLabel,
            models = scores.Select(s => new
            {
                name = s.Name,
                resolved = s.Resolved,
                wilson = new[] { s.Wilson.Low, s.Wilson.High },
                footprint_gib = Footprint.Of(s.Model).GiB,
                calls = s.Behaviour.ToolCalls,
                malformed = s.Behaviour.Malformed,
                edits = s.Behaviour.Edits,
                rewrites = s.Behaviour.Rewrites,
                rewrite_share = s.Behaviour.RewriteShare,
                tested = s.Behaviour.TestedBeforeSubmitShare,
                turns = s.Behaviour.Turns,
                tokens = s.Behaviour.GeneratedTokens,
                wall_s = s.Behaviour.WallSeconds,
            }),
            tasks = input.Tasks.Values.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new { id = t.Id, category = t.Category, difficulty = t.Difficulty }),
            episodes = input.Episodes.Select(e => new
            {
                model = e.Model, task_id = e.TaskId, sample_index = e.SampleIndex, status = e.Status.ToWire(), detail = e.Detail,
                ended = e.Behaviour.Ended, turns = e.Behaviour.Turns, calls = e.Behaviour.ToolCalls, malformed = e.Behaviour.Malformed,
                messages = e.Messages.Select(m => new
                {
                    role = m.Role, content = m.Content, name = m.Name, reasoning = m.ReasoningContent,
                    calls = m.ToolCalls?.Select(t => new { name = t.Name, arguments = t.Arguments.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) }),
                }),
                raw = e.RawTurns, diff = e.FinalDiff, output = e.TestOutput,
            }),
        };
        // The default encoder escapes <, > and &, so no model text can close the script element.
        var json = JsonSerializer.Serialize(data);
        var sb = new StringBuilder();
        sb.AppendLine("<section id=\"qe-agentic\">");
        sb.AppendLine($"<style>{Resource("agentic.css")}</style>");
        sb.AppendLine("<h2>Agentic tasks</h2><p>Resolved: the episode's final repository passes the hidden tests. Click a cell for the episode's transcript.</p>");
        sb.AppendLine($"<div class=\"chart\">{Html.HtmlReport.StripXmlDeclaration(chartSvg)}</div>");
        sb.AppendLine("<table id=\"qe-agentic-models\"></table><table id=\"qe-agentic-tasks\"></table><section id=\"qe-episode\" hidden></section>");
        sb.AppendLine($"<script type=\"application/json\" id=\"qe-agentic-data\">{json}</script>");
        sb.AppendLine($"<script>{Resource("agentic.js")}</script>");
        sb.AppendLine("</section>");
        return sb.ToString();
    }

    private static string Resource(string name) => Html.HtmlReport.EmbeddedText($"QwenEval.Reports.Agentic.{name}");
}
