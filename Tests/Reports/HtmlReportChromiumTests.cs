using NUnit.Framework;
using QwenEval.Reports;
using QwenEval.Reports.Scoring;
using QwenEval.Tests.Support;
using SkiaSharp;
using QwenEval.Core;

namespace QwenEval.Tests.Reports;

/// <summary>report.html rendered by headless Chromium: the script builds the tables, sorting and drill-down work, and hostile answers stay text.</summary>
public sealed class HtmlReportChromiumTests
{
    private const string Hostile = "</script><img id=\"pwned\" src=x onerror=\"document.body.setAttribute('data-pwned','1')\"><script>document.body.setAttribute('data-pwned','2')</script>";

    private static string Render(TempDir dir)
    {
        var models = new[] { new ModelFacts("alpha", "onnx", 1L << 30, 3L << 30), new ModelFacts("beta", "onnx", 1L << 29, 2L << 30) };
        var outcomes = new List<SampleOutcome>();
        var details = new List<SampleDetail>();
        var tasks = new Dictionary<string, TaskFacts>();
        for (var i = 0; i < 4; i++)
        {
            var id = $"task_{i}";
            tasks[id] = new TaskFacts(id, i % 2 == 0 ? "easy" : "hard", ["strings"]);
            foreach (var (m, pass) in new[] { ("alpha", i < 3), ("beta", i < 1) })
            {
                var status = pass ? SampleStatus.Pass : SampleStatus.Fail;
                outcomes.Add(new SampleOutcome(m, id, 0, status, new SampleCost(100, 50, 20, 520)));
                details.Add(new SampleDetail(m, id, 0, status.ToWire(), $"prompt of {id}", $"answer {m} {id} {Hostile}",
                    $"def f_{m}_{i}():\n    return '{Hostile}'", "detail", "output"));
            }
        }
        ReportWriter.Write(new ReportInput("html test", "suite x", models, outcomes, tasks, details, [32, 64], ["a note"]), dir.Path);
        return Path.Combine(dir.Path, "report.html");
    }

    [Test]
    public void TablesAreBuiltAndSortableFromTheUrl()
    {
        using var dir = new TempDir();
        var html = Render(dir);
        var dom = Chromium.DumpDom($"file://{html}#sort=pass1:asc");
        Assert.That(dom, Does.Contain("data-ready=\"true\""), "the script ran to the end");
        Assert.That(dom.IndexOf("<tr data-model=\"beta\"", StringComparison.Ordinal),
            Is.LessThan(dom.IndexOf("<tr data-model=\"alpha\"", StringComparison.Ordinal)), "ascending pass@1: beta (25%) before alpha (75%)");
        dom = Chromium.DumpDom($"file://{html}#sort=pass1:desc");
        Assert.That(dom.IndexOf("<tr data-model=\"alpha\"", StringComparison.Ordinal),
            Is.LessThan(dom.IndexOf("<tr data-model=\"beta\"", StringComparison.Ordinal)));
        Assert.That(dom, Does.Contain("data-sample=\"alpha/task_3/0\""), "one drill-down cell per model × task");
        Assert.That(dom, Does.Contain("<svg"), "the chart is inline");
    }

    [Test]
    public void DrillDownShowsTheSampleAndHostileTextStaysText()
    {
        using var dir = new TempDir();
        var html = Render(dir);
        var dom = Chromium.DumpDom($"file://{html}#sample=alpha/task_2/0");
        Assert.That(dom, Does.Contain("<pre class=\"code\">def f_alpha_2():"));
        Assert.That(dom, Does.Contain("<pre class=\"prompt\">prompt of task_2</pre>"));
        Assert.That(dom, Does.Not.Contain("data-pwned=\""), "no script from an answer ran");
        Assert.That(dom, Does.Not.Contain("<img id=\"pwned\""), "no element from an answer was created");
        Assert.That(dom, Does.Contain("&lt;img id=\"pwned\""), "the answer is shown as text");
    }

    [Test]
    public void EverySampleOfEveryCellCanBeOpenedWhenTasksHaveSeveralSamples()
    {
        using var dir = new TempDir();
        var input = ReportFixtures.NineModels(tasks: 6, samplesPerTask: 3, hostile: Hostile);
        ReportWriter.Write(input, dir.Path);
        var html = Path.Combine(dir.Path, "report.html");
        var dom = Chromium.DumpDom($"file://{html}#sample=tiny-qwen3/math_task_1/2");
        Assert.That(dom, Does.Contain("data-ready=\"true\""));
        var openable = System.Text.RegularExpressions.Regex.Matches(dom, "<button type=\"button\" class=\"chip [a-z_ ]+\" data-sample=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.That(openable, Has.Count.EqualTo(9 * 6 * 3).And.Unique, "one button per sample, not one per cell");
        Assert.That(openable, Does.Contain("decoy/str_task_0/0").And.Contain("decoy/str_task_0/1").And.Contain("decoy/str_task_0/2"));
        Assert.That(dom, Does.Contain("<section id=\"qe-sample\" data-shown=\"tiny-qwen3/math_task_1/2\""), "the third sample opens, not only the last");
        Assert.That(dom, Does.Contain(">3/3</span>"), "a cell says how many of its samples passed");
        Assert.That(dom, Does.Not.Contain("data-pwned=\""));
        // Provenance, both charts, both intervals, status counts and the breakdowns.
        Assert.That(dom, Does.Contain("id=\"qe-provenance\"").And.Contain("on Linux x64: AMD EPYC 7B13"));
        Assert.That(dom, Does.Contain("id=\"qe-memory-chart\"").And.Contain("id=\"qe-speed-chart\""));
        Assert.That(dom, Does.Contain("95% Wilson (samples)").And.Contain("95% bootstrap (tasks)").And.Contain(">truncated</th>"));
        foreach (var dimension in new[] { "difficulty", "category", "tag" })
            Assert.That(dom, Does.Contain($"data-dimension=\"{dimension}\""));
        var difficulty = dom[dom.IndexOf("data-dimension=\"difficulty\"", StringComparison.Ordinal)..];
        Assert.That(difficulty.IndexOf(">easy<", StringComparison.Ordinal), Is.LessThan(difficulty.IndexOf(">medium<", StringComparison.Ordinal)));
        Assert.That(difficulty.IndexOf(">medium<", StringComparison.Ordinal), Is.LessThan(difficulty.IndexOf(">hard<", StringComparison.Ordinal)));

        var png = Path.Combine(dir.Path, "report.png");
        Chromium.Screenshot($"file://{html}#sample=tiny-qwen3/math_task_1/2", png, 1300, 4000);
        Screenshots.Keep(png, "report-nine-models-three-samples.png");
        Screenshots.Keep(Path.Combine(dir.Path, "pass_vs_memory.png"), "report-nine-models-pass_vs_memory.png");
    }

    [Test]
    public void ScreenshotShowsARenderedPage()
    {
        using var dir = new TempDir();
        var html = Render(dir);
        var png = Path.Combine(dir.Path, "shot.png");
        Chromium.Screenshot($"file://{html}", png, 1200, 1400);
        using var bitmap = SKBitmap.Decode(png);
        Assert.That(bitmap, Is.Not.Null);
        Assert.That(bitmap.Width, Is.EqualTo(1200));
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 7)
        for (var x = 0; x < bitmap.Width; x += 7)
            colours.Add((uint)bitmap.GetPixel(x, y));
        Assert.That(colours, Has.Count.GreaterThan(20), "text, chart and table colours, not a blank page");
        // The chart's legend and the table draw dark pixels in the top half.
        var dark = 0;
        for (var y = 0; y < bitmap.Height / 2; y += 3)
        for (var x = 0; x < bitmap.Width; x += 3)
            if (bitmap.GetPixel(x, y).Red < 80) dark++;
        Assert.That(dark, Is.GreaterThan(500));
    }
}
