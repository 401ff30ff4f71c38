using System.Globalization;
using System.Security;
using System.Text;

namespace QwenEval.Reports.Charts;

/// <summary>
/// Writes SVG 1.1 text by hand: plain elements, no ids or clip paths (two charts inlined in one HTML page cannot
/// clash), numbers with two decimals, so the same chart is always the same bytes.
/// </summary>
public sealed class SvgCanvas : ICanvas
{
    private readonly StringBuilder _body = new();

    public SvgCanvas(double width, double height)
    {
        Width = width;
        Height = height;
    }

    public double Width { get; }

    public double Height { get; }

    public void Line(double x1, double y1, double x2, double y2, Stroke stroke) =>
        _body.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"{StrokeAttributes(stroke)}/>\n");

    public void Polyline(IReadOnlyList<(double X, double Y)> points, Stroke stroke) =>
        _body.Append($"<polyline points=\"{Points(points)}\" fill=\"none\"{StrokeAttributes(stroke)}/>\n");

    public void Rect(double x, double y, double width, double height, Rgb? fill, Stroke? stroke = null) =>
        _body.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{fill?.ToHex() ?? "none"}\"" +
                     $"{(stroke is null ? "" : StrokeAttributes(stroke))}/>\n");

    public void Marker(MarkerShape shape, double x, double y, double size, Rgb fill, bool hollow = false)
    {
        var paint = hollow ? $" fill=\"none\" stroke=\"{fill.ToHex()}\" stroke-width=\"1.8\"" : $" fill=\"{fill.ToHex()}\" stroke=\"#ffffff\" stroke-width=\"1\"";
        if (shape == MarkerShape.Circle)
            _body.Append($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(size / 2)}\"{paint}/>\n");
        else
            _body.Append($"<polygon points=\"{Points(MarkerGeometry.Polygon(shape, x, y, size))}\"{paint}/>\n");
    }

    public void Text(double x, double y, string text, TextStyle style, double rotate = 0)
    {
        var anchor = style.Anchor switch { Anchor.Middle => " text-anchor=\"middle\"", Anchor.End => " text-anchor=\"end\"", _ => "" };
        var weight = style.Bold ? " font-weight=\"bold\"" : "";
        var transform = rotate == 0 ? "" : $" transform=\"rotate({N(rotate)} {N(x)} {N(y)})\"";
        _body.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(style.Size)}\" fill=\"{style.Colour.ToHex()}\"{anchor}{weight}{transform}>" +
                     $"{SecurityElement.Escape(text)}</text>\n");
    }

    /// <summary>The document: an XML declaration, then one svg element with a white background.</summary>
    public string Document() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(Width)}\" height=\"{N(Height)}\" viewBox=\"0 0 {N(Width)} {N(Height)}\" " +
        $"font-family=\"{TextMetrics.SvgFontFamily}\">\n" +
        $"<rect x=\"0\" y=\"0\" width=\"{N(Width)}\" height=\"{N(Height)}\" fill=\"#ffffff\"/>\n" +
        _body + "</svg>\n";

    private static string StrokeAttributes(Stroke s)
    {
        var dash = s.Dash switch
        {
            Dash.Dashed => $" stroke-dasharray=\"{N(6 * s.Width)},{N(4 * s.Width)}\"",
            Dash.Dotted => $" stroke-dasharray=\"{N(1.5 * s.Width)},{N(2.5 * s.Width)}\"",
            _ => "",
        };
        var opacity = s.Opacity < 1 ? $" stroke-opacity=\"{N(s.Opacity)}\"" : "";
        return $" stroke=\"{s.Colour.ToHex()}\" stroke-width=\"{N(s.Width)}\"{dash}{opacity}";
    }

    private static string Points(IEnumerable<(double X, double Y)> points) => string.Join(" ", points.Select(p => $"{N(p.X)},{N(p.Y)}"));

    internal static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
