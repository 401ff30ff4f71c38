using System.Globalization;

namespace QwenEval.Reports.Charts;

/// <summary>
/// What a chart draws with. One layout is drawn twice, onto <see cref="SvgCanvas"/> (the .svg file, inlined in
/// report.html) and <see cref="PngCanvas"/> (the .png), so the two files always show the same chart.
/// Coordinates are pixels from the top left.
/// </summary>
public interface ICanvas
{
    void Line(double x1, double y1, double x2, double y2, Stroke stroke);

    void Polyline(IReadOnlyList<(double X, double Y)> points, Stroke stroke);

    void Rect(double x, double y, double width, double height, Rgb? fill, Stroke? stroke = null);

    /// <param name="hollow">only the outline, in <paramref name="fill"/>'s colour: a second figure of the same model</param>
    void Marker(MarkerShape shape, double x, double y, double size, Rgb fill, bool hollow = false);

    /// <param name="rotate">degrees clockwise about (x, y); -90 reads bottom to top</param>
    void Text(double x, double y, string text, TextStyle style, double rotate = 0);
}

/// <summary>An sRGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Hex(string hex) => new(
        byte.Parse(hex[1..3], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        byte.Parse(hex[3..5], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        byte.Parse(hex[5..7], NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    public string ToHex() => $"#{R:x2}{G:x2}{B:x2}";

    public static readonly Rgb Black = Hex("#000000");
    public static readonly Rgb Text = Hex("#222222");
    public static readonly Rgb Muted = Hex("#555555");
    public static readonly Rgb Grid = Hex("#e6e6e6");
    public static readonly Rgb Axis = Hex("#444444");
    public static readonly Rgb White = Hex("#ffffff");
}

public enum Dash
{
    Solid,
    Dashed,
    Dotted,
}

public sealed record Stroke(Rgb Colour, double Width = 1, Dash Dash = Dash.Solid, double Opacity = 1);

public enum Anchor
{
    Start,
    Middle,
    End,
}

public sealed record TextStyle(double Size, Rgb Colour, Anchor Anchor = Anchor.Start, bool Bold = false)
{
    /// <summary>Width of a text in this style, in pixels (the PNG's font metrics; the SVG names fonts of similar width).</summary>
    public double Measure(string text) => TextMetrics.Width(text, Size, Bold);
}

/// <summary>Marker shapes: the kind of model a point is (see <see cref="ModelStyle"/>).</summary>
public enum MarkerShape
{
    Circle,
    Square,
    Diamond,
    Triangle,
    TriangleDown,
}
