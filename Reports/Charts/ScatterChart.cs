using System.Globalization;

namespace QwenEval.Reports.Charts;

/// <summary>One model on a chart: where it goes (y and its interval in percent; no interval: none drawn), its label and its look.</summary>
/// <param name="Hollow">drawn as an outline: a second figure of a model drawn filled elsewhere on the chart</param>
public sealed record ScatterPoint(string Label, double X, double Y, double? Low, double? High, Rgb Colour, MarkerShape Shape, bool Hollow = false);

/// <summary>A vertical reference line (a machine's memory), labelled along the line at the top of the plot.</summary>
public sealed record ReferenceLine(double X, string Label, Stroke Stroke);

public abstract record LegendSymbol;

public sealed record MarkerSymbol(MarkerShape Shape, Rgb Colour, bool Hollow = false) : LegendSymbol;

public sealed record LineSymbol(Stroke Stroke) : LegendSymbol;

public sealed record BarSymbol(Rgb Colour) : LegendSymbol;

public sealed record LegendEntry(LegendSymbol Symbol, string Text);

/// <summary>
/// A scatter chart of pass@1 (0–100%) against one quantity: labelled points that never hide each other (leader
/// lines where needed), interval bars, an optional Pareto staircase, reference lines, a legend that names every
/// point and every line, the points that could not be placed (with why), and a caption saying where the numbers
/// come from. Laid out once and drawn as SVG and PNG.
/// </summary>
public sealed record ScatterChart(
    string Title,
    string XLabel,
    string YLabel,
    AxisScale X,
    IReadOnlyList<ScatterPoint> Points,
    IReadOnlyList<ReferenceLine> Lines,
    IReadOnlyList<int> Frontier,
    IReadOnlyList<LegendEntry> ModelLegend,
    IReadOnlyList<LegendEntry> KeyLegend,
    IReadOnlyList<string> Footnotes,
    IReadOnlyList<string> Caption)
{
    public const double Width = 1000;
    private const double Left = 74, Right = 26, PlotHeight = 420, Pad = 9, MarkerSize = 11;
    private static readonly AxisScale Y = new LinearScale(0, 100, 20);
    private static readonly TextStyle TitleStyle = new(16, Rgb.Text, Anchor.Middle, Bold: true);
    private static readonly TextStyle AxisTitle = new(12.5, Rgb.Text, Anchor.Middle);
    private static readonly TextStyle TickStyle = new(11, Rgb.Muted, Anchor.Middle);
    private static readonly TextStyle LabelStyle = new(11.5, Rgb.Text);
    private static readonly TextStyle LineLabelStyle = new(10.5, Rgb.Muted, Anchor.End);
    private static readonly TextStyle LegendStyle = new(11.5, Rgb.Text);
    private static readonly TextStyle FootnoteStyle = new(11.5, Rgb.Text);
    private static readonly TextStyle CaptionStyle = new(10.5, Rgb.Muted);
    private static readonly Stroke Frame = new(Rgb.Axis);
    private static readonly Stroke GridStroke = new(Rgb.Grid);
    private static readonly Rgb FrontierColour = Rgb.Hex("#7f7f7f");

    /// <summary>The chart as (SVG text, PNG bytes).</summary>
    public (string Svg, byte[] Png) Render()
    {
        var layout = Layout();
        var svg = new SvgCanvas(Width, layout.Height);
        Draw(svg, layout);
        using var png = new PngCanvas(Width, layout.Height);
        Draw(png, layout);
        return (svg.Document(), png.Encode());
    }

    /// <summary>Where everything goes; pure, so tests can check that no label covers another.</summary>
    public ChartLayout Layout()
    {
        var titleLines = TextMetrics.Wrap(Title, TitleStyle, Width - 40);
        var plot = new Box(Left, 26 + 22 * titleLines.Count, Width - Left - Right, PlotHeight);
        var anchors = Points.Select(p => Pixel(p.X, p.Y, plot)).ToList();
        var marks = new List<Box>();
        foreach (var (p, a) in Points.Zip(anchors))
        {
            marks.Add(new Box(a.X - MarkerSize / 2 - 1, a.Y - MarkerSize / 2 - 1, MarkerSize + 2, MarkerSize + 2));
            if (Bar(p, plot) is { } bar) marks.Add(new Box(a.X - 3.5, bar.Top, 7, bar.Bottom - bar.Top));
        }
        // A line's label runs down from the top of the plot, or up from its bottom where a point sits at the top.
        var lineLabels = Lines.Select(l =>
        {
            var x = X.Map(l.X, plot.X + Pad, plot.Right - Pad);
            var w = LineLabelStyle.Measure(l.Label);
            var top = new Box(x - 3 - LineLabelStyle.Size, plot.Y + 4, LineLabelStyle.Size + 1, w);
            return marks.Any(m => m.Overlaps(top, 2)) ? top with { Y = plot.Bottom - 4 - w } : top;
        }).ToList();
        var obstacles = new List<Box>([.. lineLabels, .. marks]);
        var labels = LabelPlacer.Place(anchors, Points.Select(p => (LabelStyle.Measure(p.Label), 14.0)).ToList(), MarkerSize / 2,
            new Box(plot.X + 2, plot.Y + 2, plot.W - 4, plot.H - 4), obstacles);

        var y = plot.Bottom + 62;
        var models = Flow(ModelLegend, ref y);
        var keys = Flow(KeyLegend, ref y);
        y += 6;
        var footnotes = new List<(double Y, string Text)>();
        foreach (var line in Footnotes.SelectMany(f => TextMetrics.Wrap(f, FootnoteStyle, Width - Left - Right)))
        {
            footnotes.Add((y, line));
            y += 16;
        }
        if (footnotes.Count > 0) y += 4;
        var caption = new List<(double Y, string Text)>();
        foreach (var line in Caption.SelectMany(c => TextMetrics.Wrap(c, CaptionStyle, Width - Left - Right)))
        {
            caption.Add((y, line));
            y += 15;
        }
        return new ChartLayout(Math.Ceiling(y + 6), titleLines, plot, anchors, labels, lineLabels, [.. models, .. keys], footnotes, caption);
    }

    /// <summary>Entries left to right, a new row when one does not fit; an entry wider than the chart wraps onto rows of its own.</summary>
    private static List<(LegendEntry Entry, double X, double Y, IReadOnlyList<string> Lines)> Flow(IReadOnlyList<LegendEntry> entries, ref double y)
    {
        var placed = new List<(LegendEntry, double, double, IReadOnlyList<string>)>();
        if (entries.Count == 0) return placed;
        const double row = 19, symbol = 30;
        var available = Width - Left - Right;
        var x = Left;
        foreach (var e in entries)
        {
            var lines = TextMetrics.Wrap(e.Text, LegendStyle, available - symbol);
            var w = symbol + lines.Max(LegendStyle.Measure);
            if (x > Left && (x + w > Width - Right || lines.Count > 1))
            {
                x = Left;
                y += row;
            }
            placed.Add((e, x, y, lines));
            if (lines.Count > 1)
            {
                y += row * lines.Count;
                x = Left;
            }
            else
            {
                x += w + 22;
            }
        }
        if (x > Left) y += row;
        return placed;
    }

    private (double X, double Y) Pixel(double x, double y, Box plot) =>
        (X.Map(x, plot.X + Pad, plot.Right - Pad), Y.Map(y, plot.Bottom - Pad, plot.Y + Pad));

    private (double Top, double Bottom)? Bar(ScatterPoint p, Box plot) =>
        p is { Low: { } low, High: { } high } && high > low
            ? (Y.Map(high, plot.Bottom - Pad, plot.Y + Pad), Y.Map(low, plot.Bottom - Pad, plot.Y + Pad))
            : null;

    private void Draw(ICanvas c, ChartLayout l)
    {
        var plot = l.Plot;
        for (var i = 0; i < l.TitleLines.Count; i++) c.Text(Width / 2, 28 + 22 * i, l.TitleLines[i], TitleStyle);

        foreach (var (value, label) in X.Ticks())
        {
            var x = X.Map(value, plot.X + Pad, plot.Right - Pad);
            c.Line(x, plot.Y, x, plot.Bottom, GridStroke);
            c.Line(x, plot.Bottom, x, plot.Bottom + 4, Frame);
            c.Text(x, plot.Bottom + 17, label, TickStyle);
        }
        foreach (var (value, label) in Y.Ticks())
        {
            var y = Y.Map(value, plot.Bottom - Pad, plot.Y + Pad);
            c.Line(plot.X, y, plot.Right, y, GridStroke);
            c.Line(plot.X - 4, y, plot.X, y, Frame);
            c.Text(plot.X - 7, y + 4, label, TickStyle with { Anchor = Anchor.End });
        }
        c.Rect(plot.X, plot.Y, plot.W, plot.H, null, Frame);
        c.Text(plot.X + plot.W / 2, plot.Bottom + 40, XLabel, AxisTitle);
        c.Text(22, plot.Y + plot.H / 2, YLabel, AxisTitle, rotate: -90);

        for (var i = 0; i < Lines.Count; i++)
        {
            var x = X.Map(Lines[i].X, plot.X + Pad, plot.Right - Pad);
            c.Line(x, plot.Y, x, plot.Bottom, Lines[i].Stroke);
            // Rotated a quarter turn back, the text's end sits at the box's top.
            c.Text(x - 3, l.LineLabels[i].Y, Lines[i].Label, LineLabelStyle, rotate: -90);
        }

        DrawFrontier(c, l);
        for (var i = 0; i < Points.Count; i++)
        {
            if (Bar(Points[i], plot) is not { } bar) continue;
            var stroke = new Stroke(Points[i].Colour, 1.6, Opacity: 0.75);
            var x = l.Anchors[i].X;
            c.Line(x, bar.Top, x, bar.Bottom, stroke);
            c.Line(x - 3.5, bar.Top, x + 3.5, bar.Top, stroke);
            c.Line(x - 3.5, bar.Bottom, x + 3.5, bar.Bottom, stroke);
        }
        for (var i = 0; i < Points.Count; i++)
        {
            var (x, y) = l.Anchors[i];
            var box = l.Labels[i].Box;
            if (l.Labels[i].Leader)
            {
                var (ex, ey) = box.Nearest(x, y);
                var length = Math.Sqrt((ex - x) * (ex - x) + (ey - y) * (ey - y));
                var (sx, sy) = (x + (ex - x) / length * (MarkerSize / 2 + 1), y + (ey - y) / length * (MarkerSize / 2 + 1));
                c.Line(sx, sy, ex, ey, new Stroke(Points[i].Colour, 0.9, Opacity: 0.9));
            }
            c.Marker(Points[i].Shape, x, y, MarkerSize, Points[i].Colour, Points[i].Hollow);
            c.Text(box.X, box.Y + 11, Points[i].Label, LabelStyle);
        }

        foreach (var (entry, x, y, lines) in l.Legend) DrawLegendEntry(c, entry, x, y, lines);
        foreach (var (y, text) in l.Footnotes) c.Text(Left, y, text, FootnoteStyle);
        foreach (var (y, text) in l.Caption) c.Text(Left, y, text, CaptionStyle);
    }

    private void DrawFrontier(ICanvas c, ChartLayout l)
    {
        if (Frontier.Count == 0) return;
        var stroke = new Stroke(FrontierColour, 1.5, Dash.Dotted);
        var corners = Frontier.Select(i => l.Anchors[i]).OrderBy(p => p.X).ToList();
        if (corners.Count == 1)
        {
            // A frontier of one model: a ring around it, so the legend entry still points at something.
            var (x, y) = corners[0];
            c.Polyline(Enumerable.Range(0, 33).Select(k => (x + 10 * Math.Cos(k * Math.PI / 16), y + 10 * Math.Sin(k * Math.PI / 16))).ToList(), stroke);
            return;
        }
        var steps = new List<(double, double)> { corners[0] };
        for (var k = 1; k < corners.Count; k++)
        {
            steps.Add((corners[k].X, corners[k - 1].Y));
            steps.Add(corners[k]);
        }
        c.Polyline(steps, stroke);
    }

    private static void DrawLegendEntry(ICanvas c, LegendEntry e, double x, double y, IReadOnlyList<string> lines)
    {
        var mid = y - 4;
        switch (e.Symbol)
        {
            case MarkerSymbol m:
                c.Marker(m.Shape, x + 11, mid, 10, m.Colour, m.Hollow);
                break;
            case LineSymbol s:
                c.Line(x, mid, x + 22, mid, s.Stroke);
                break;
            case BarSymbol b:
                var stroke = new Stroke(b.Colour, 1.6);
                c.Line(x + 11, mid - 7, x + 11, mid + 7, stroke);
                c.Line(x + 7.5, mid - 7, x + 14.5, mid - 7, stroke);
                c.Line(x + 7.5, mid + 7, x + 14.5, mid + 7, stroke);
                break;
        }
        for (var i = 0; i < lines.Count; i++) c.Text(x + 30, y + 19 * i, lines[i], LegendStyle);
    }

    /// <summary>"12.5%" for a pass rate of 0.125, as the labels print it.</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>Where each part of a chart goes.</summary>
public sealed record ChartLayout(
    double Height,
    IReadOnlyList<string> TitleLines,
    Box Plot,
    IReadOnlyList<(double X, double Y)> Anchors,
    IReadOnlyList<LabelPlacement> Labels,
    IReadOnlyList<Box> LineLabels,
    IReadOnlyList<(LegendEntry Entry, double X, double Y, IReadOnlyList<string> Lines)> Legend,
    IReadOnlyList<(double Y, string Text)> Footnotes,
    IReadOnlyList<(double Y, string Text)> Caption);
