using SkiaSharp;

namespace QwenEval.Reports.Charts;

/// <summary>
/// The chart font and its metrics. Labels are placed by measured width, so both files use the PNG's font
/// (DejaVu Sans where installed); the SVG names it first, then fonts of similar width.
/// </summary>
public static class TextMetrics
{
    public const string SvgFontFamily = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

    private static readonly SKTypeface Regular = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Normal) ?? SKTypeface.Default;
    private static readonly SKTypeface BoldFace = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? SKTypeface.Default;
    private static readonly Lock Gate = new();

    public static SKFont Font(double size, bool bold) => new(bold ? BoldFace : Regular, (float)size) { Subpixel = true };

    public static double Width(string text, double size, bool bold)
    {
        lock (Gate)
        {
            using var font = Font(size, bold);
            return font.MeasureText(text);
        }
    }

    /// <summary>Splits a text into lines no wider than <paramref name="width"/> at spaces (a longer word stays whole).</summary>
    public static IReadOnlyList<string> Wrap(string text, TextStyle style, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && style.Measure(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
