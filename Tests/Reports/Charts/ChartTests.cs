using System.Xml.Linq;
using NUnit.Framework;
using QwenEval.Reports;
using QwenEval.Reports.Charts;
using QwenEval.Reports.Scoring;
using QwenEval.Tests.Support;
using SkiaSharp;

namespace QwenEval.Tests.Reports.Charts;

/// <summary>The pass@1 charts: every model placed is labelled where nothing hides it, the rest are listed with why, and the chart says what it shows.</summary>
public sealed class ChartTests
{
    private static (ScatterChart Chart, ChartLayout Layout) Memory(ReportInput input)
    {
        var chart = PassVsMemoryChart.Build(input, ReportFixtures.Scores(input));
        return (chart, chart.Layout());
    }

    [Test]
    public void NineModelsFourOnOneSpotAreAllLabelledAndNoLabelIsCovered()
    {
        var (chart, layout) = Memory(ReportFixtures.NineModels());
        Assert.That(chart.Points.Select(p => p.Label.Split(' ')[0]), Is.EquivalentTo(Enumerable.Range(0, 6).Select(i => $"tiny-qwen{i}")));
        var plot = layout.Plot;
        var markers = layout.Anchors.Select(a => new Box(a.X - 5.5, a.Y - 5.5, 11, 11)).ToList();
        for (var i = 0; i < layout.Labels.Count; i++)
        {
            var box = layout.Labels[i].Box;
            Assert.That(box.Inside(plot), $"label {chart.Points[i].Label} inside the plot");
            for (var j = 0; j < layout.Labels.Count; j++)
                if (j != i) Assert.That(box.Overlaps(layout.Labels[j].Box), Is.False, $"{chart.Points[i].Label} covers {chart.Points[j].Label}");
            foreach (var (m, j) in markers.Select((m, j) => (m, j)))
                Assert.That(box.Overlaps(m), Is.False, $"{chart.Points[i].Label} covers the marker of {chart.Points[j].Label}");
            foreach (var line in layout.LineLabels) Assert.That(box.Overlaps(line), Is.False, $"{chart.Points[i].Label} covers a budget line's label");
        }
        Assert.That(layout.Labels.Count(l => l.Leader), Is.GreaterThan(0), "labels moved away from a crowded spot get a leader line");
        Assert.That(chart.ModelLegend.Select(e => e.Text).ToList(), Has.Count.EqualTo(6).And.All.EndsWith("(built-in ONNX engine)"));
    }

    [Test]
    public void ModelsWithoutAMeasuredFootprintAreListedWithTheReasonNotPlotted()
    {
        var (chart, _) = Memory(ReportFixtures.NineModels());
        var listed = chart.Footnotes.Single(f => f.StartsWith("Not plotted", StringComparison.Ordinal));
        Assert.That(listed, Does.Contain("reference, decoy (pseudo-model: no weights)"));
        Assert.That(listed, Does.Contain("served-7b (served over HTTP: the server's memory is not measured)"));
        Assert.That(chart.Points.Select(p => p.Label), Has.None.StartsWith("reference").And.None.StartsWith("served-7b"));
    }

    [Test]
    public void TheMemoryAxisIsLogarithmicInGiBAndHoldsEveryModelAndBudget()
    {
        var (chart, _) = Memory(ReportFixtures.NineModels());
        Assert.That(chart.X, Is.TypeOf<LogScale>());
        Assert.That(chart.XLabel, Does.Contain("GiB, log scale"));
        var ticks = chart.X.Ticks().Select(t => t.Label).ToList();
        Assert.That(ticks, Does.Contain("0.1").And.Contain("1").And.Contain("10").And.Contain("50"));
        Assert.That(chart.X.Min, Is.LessThan(100.0 / 1024));
        Assert.That(chart.X.Max, Is.GreaterThan(64));
        // Budgets are GiB lines named in GiB, with the Mac share named as an assumption.
        Assert.That(chart.Lines.Select(l => l.Label), Is.EquivalentTo(new[]
        {
            "32 GiB machine", "GPU share of a 32 GiB Mac: 21.3 GiB", "64 GiB machine", "GPU share of a 64 GiB Mac: 48 GiB",
        }));
        Assert.That(chart.KeyLegend.Select(k => k.Text), Has.Some.Contains("memory_budgets_gb, read as GiB").And.Some.Contains("an Apple-silicon assumption"));
    }

    [Test]
    public void TheIntervalIsNamedAndIsTheBootstrapOverTasksWhenTasksHaveSeveralSamples()
    {
        var many = ReportFixtures.NineModels(samplesPerTask: 3);
        var (chart, _) = Memory(many);
        Assert.That(ReportedInterval.For(ReportFixtures.Scores(many)), Is.EqualTo(IntervalKind.Bootstrap));
        Assert.That(chart.KeyLegend.Select(k => k.Text), Has.Some.StartsWith("bars: 95% percentile bootstrap over 6 tasks"));
        var one = ReportFixtures.NineModels(samplesPerTask: 1);
        var (single, _) = Memory(one);
        Assert.That(single.KeyLegend.Select(k => k.Text), Has.Some.StartsWith("bars: 95% Wilson score interval over samples (1 sample per task)"));
    }

    [Test]
    public void AZeroWidthIntervalDrawsNoBarAndSaysWhy()
    {
        var scores = ReportFixtures.Scores(ReportFixtures.NineModels());
        var decoy = scores.Single(s => s.Model.Name == "decoy");
        Assert.That(ReportedInterval.HasSpread(decoy.Bootstrap), Is.False, "every task of the decoy scored 0%");
        Assert.That(ReportedInterval.Format(decoy.Bootstrap, decoy.PassAt1), Is.EqualTo("none: no task passed"));
        var point = ModelPoints.Point(decoy, 1, 1.0, IntervalKind.Bootstrap);
        Assert.That(point.Low, Is.Null, "no 0–0 bar");
        Assert.That(ModelPoints.IntervalLegend(IntervalKind.Bootstrap, scores, [decoy]).Text, Does.Contain("no bar: every task scored the same"));
    }

    [Test]
    public void ASinglePointFrontierStaysInTheLegend()
    {
        var input = ReportFixtures.NineModels();
        var (chart, _) = Memory(input with { Models = input.Models.Where(m => m.Name is "reference" or "tiny-qwen0").ToList() });
        Assert.That(chart.Frontier, Has.Count.EqualTo(1));
        Assert.That(chart.KeyLegend.Select(k => k.Text), Has.Some.StartsWith("Pareto frontier"));
    }

    [Test]
    public void TheCaptionGivesSuiteHarnessHardwareDecodingSamplesAndDate()
    {
        var (chart, _) = Memory(ReportFixtures.NineModels());
        var caption = string.Join("\n", chart.Caption);
        Assert.That(caption, Does.Contain("suite qwen-coding-v1 v1.1.0 (208 tasks, hash c582d9a995ed)"));
        Assert.That(caption, Does.Contain("QwenEval 0.1.0 (commit 0123456789ab)"));
        Assert.That(caption, Does.Contain("on Linux x64: AMD EPYC 7B13, 2 cores, 8 GiB RAM"));
        Assert.That(caption, Does.Contain("greedy decoding, at most 512 new tokens, 3 samples per task"));
        Assert.That(caption, Does.Contain("started 2026-12-07"));
        Assert.That(caption, Does.Contain("Load average during generation (1 min): m1 2.4 (max 3.1) on 2 cores"));
        Assert.That(caption, Does.Not.Contain("Mac"), "the run's machine is described as what it is");
    }

    [Test]
    public void TheSpeedChartPlacesEveryTimedModelWithALegendAndAPercentAxis()
    {
        var input = ReportFixtures.NineModels();
        var chart = PassVsSpeedChart.Build(input, ReportFixtures.Scores(input));
        Assert.That(chart.Points, Has.Count.EqualTo(7), "six ONNX models and the served one");
        Assert.That(chart.ModelLegend, Has.Count.EqualTo(7));
        Assert.That(chart.Footnotes.Single(), Does.Contain("reference, decoy (pseudo-model: generates no tokens)"));
        Assert.That(chart.Points.Select(p => p.Y), Is.All.InRange(0.0, 100.0));
        var layout = chart.Layout();
        for (var i = 0; i < layout.Labels.Count; i++)
            for (var j = i + 1; j < layout.Labels.Count; j++)
                Assert.That(layout.Labels[i].Box.Overlaps(layout.Labels[j].Box), Is.False);
    }

    [Test]
    public void SvgIsWellFormedDeterministicAndHasNoIds()
    {
        var input = ReportFixtures.NineModels(hostile: "</text><script>x</script>&");
        var chart = PassVsMemoryChart.Build(input, ReportFixtures.Scores(input)) with { Title = "a < b & \"c\"" };
        var (svg, png) = chart.Render();
        var (again, pngAgain) = chart.Render();
        Assert.That(again, Is.EqualTo(svg));
        Assert.That(pngAgain, Is.EqualTo(png));
        var doc = XDocument.Parse(svg);
        Assert.That(doc.Descendants().Any(e => e.Attribute("id") is not null), Is.False, "two charts inlined in one page cannot clash");
        Assert.That(doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value), Does.Contain("a < b & \"c\""));
        Assert.That(doc.Descendants().Count(e => e.Name.LocalName == "text" && e.Value.StartsWith("tiny-qwen", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(6 + 6),
            "a label on each point and a legend entry for each model");
    }

    [Test]
    public void ThePngShowsTheChartAndIsKeptForPeopleToLookAt()
    {
        using var dir = new TempDir();
        var input = ReportFixtures.NineModels();
        var scores = ReportFixtures.Scores(input);
        ModelPoints.Save(PassVsMemoryChart.Build(input, scores), dir.Path, "memory");
        ModelPoints.Save(PassVsSpeedChart.Build(input, scores), dir.Path, "speed");
        foreach (var name in new[] { "memory", "speed" })
        {
            var png = Path.Combine(dir.Path, name + ".png");
            using var bitmap = SKBitmap.Decode(png);
            Assert.That(bitmap.Width, Is.EqualTo(2000), "drawn at twice the layout's 1000 px");
            var colours = new HashSet<uint>();
            for (var y = 0; y < bitmap.Height; y += 5)
                for (var x = 0; x < bitmap.Width; x += 5)
                    colours.Add((uint)bitmap.GetPixel(x, y));
            Assert.That(colours, Has.Count.GreaterThan(50), "markers, lines and text, not a blank image");
            Screenshots.Keep(png, $"chart-nine-models-{name}.png");
        }
    }
}
