using SkiaSharp;

namespace QwenEval.Reports.Charts;

/// <summary>Draws with SkiaSharp onto a bitmap at <see cref="Scale"/>× the layout's pixels, and encodes it as PNG.</summary>
public sealed class PngCanvas : ICanvas, IDisposable
{
    public const float Scale = 2;

    private readonly SKSurface _surface;
    private readonly SKCanvas _canvas;

    public PngCanvas(double width, double height)
    {
        _surface = SKSurface.Create(new SKImageInfo((int)Math.Ceiling(width * Scale), (int)Math.Ceiling(height * Scale)))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface");
        _canvas = _surface.Canvas;
        _canvas.Clear(SKColors.White);
        _canvas.Scale(Scale);
    }

    public void Line(double x1, double y1, double x2, double y2, Stroke stroke)
    {
        using var paint = StrokePaint(stroke);
        _canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
    }

    public void Polyline(IReadOnlyList<(double X, double Y)> points, Stroke stroke)
    {
        if (points.Count < 2) return;
        using var paint = StrokePaint(stroke);
        using var path = new SKPath();
        path.MoveTo((float)points[0].X, (float)points[0].Y);
        foreach (var p in points.Skip(1)) path.LineTo((float)p.X, (float)p.Y);
        _canvas.DrawPath(path, paint);
    }

    public void Rect(double x, double y, double width, double height, Rgb? fill, Stroke? stroke = null)
    {
        var rect = new SKRect((float)x, (float)y, (float)(x + width), (float)(y + height));
        if (fill is { } f)
        {
            using var paint = new SKPaint { Color = Colour(f), IsAntialias = true, Style = SKPaintStyle.Fill };
            _canvas.DrawRect(rect, paint);
        }
        if (stroke is not null)
        {
            using var paint = StrokePaint(stroke);
            _canvas.DrawRect(rect, paint);
        }
    }

    public void Marker(MarkerShape shape, double x, double y, double size, Rgb fill, bool hollow = false)
    {
        // A hollow marker is an outline only, so a filled marker at the same place still shows through.
        using var paint = new SKPaint { Color = hollow ? SKColors.Transparent : Colour(fill), IsAntialias = true, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { Color = hollow ? Colour(fill) : SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = hollow ? 1.8f : 1 };
        if (shape == MarkerShape.Circle)
        {
            _canvas.DrawCircle((float)x, (float)y, (float)(size / 2), paint);
            _canvas.DrawCircle((float)x, (float)y, (float)(size / 2), outline);
            return;
        }
        using var path = new SKPath();
        var corners = MarkerGeometry.Polygon(shape, x, y, size);
        path.MoveTo((float)corners[0].X, (float)corners[0].Y);
        foreach (var c in corners.Skip(1)) path.LineTo((float)c.X, (float)c.Y);
        path.Close();
        _canvas.DrawPath(path, paint);
        _canvas.DrawPath(path, outline);
    }

    public void Text(double x, double y, string text, TextStyle style, double rotate = 0)
    {
        using var font = TextMetrics.Font(style.Size, style.Bold);
        using var paint = new SKPaint { Color = Colour(style.Colour), IsAntialias = true };
        var align = style.Anchor switch { Anchor.Middle => SKTextAlign.Center, Anchor.End => SKTextAlign.Right, _ => SKTextAlign.Left };
        _canvas.Save();
        if (rotate != 0) _canvas.RotateDegrees((float)rotate, (float)x, (float)y);
        _canvas.DrawText(text, (float)x, (float)y, align, font, paint);
        _canvas.Restore();
    }

    public byte[] Encode()
    {
        using var image = _surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public void Dispose() => _surface.Dispose();

    private static SKColor Colour(Rgb c, double opacity = 1) => new(c.R, c.G, c.B, (byte)Math.Round(255 * opacity));

    private static SKPaint StrokePaint(Stroke s) => new()
    {
        Color = Colour(s.Colour, s.Opacity),
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = (float)s.Width,
        PathEffect = s.Dash switch
        {
            Dash.Dashed => SKPathEffect.CreateDash([(float)(6 * s.Width), (float)(4 * s.Width)], 0),
            Dash.Dotted => SKPathEffect.CreateDash([(float)(1.5 * s.Width), (float)(2.5 * s.Width)], 0),
            _ => null,
        },
    };
}
