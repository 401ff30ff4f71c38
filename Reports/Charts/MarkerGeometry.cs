namespace QwenEval.Reports.Charts;

/// <summary>The outline of each marker shape, shared by both canvases.</summary>
public static class MarkerGeometry
{
    /// <summary>Polygon corners of a marker of this size (its width) centred on (x, y); empty for a circle.</summary>
    public static IReadOnlyList<(double X, double Y)> Polygon(MarkerShape shape, double x, double y, double size)
    {
        var h = size / 2;
        return shape switch
        {
            MarkerShape.Square => [(x - h * 0.9, y - h * 0.9), (x + h * 0.9, y - h * 0.9), (x + h * 0.9, y + h * 0.9), (x - h * 0.9, y + h * 0.9)],
            MarkerShape.Diamond => [(x, y - h * 1.2), (x + h * 1.2, y), (x, y + h * 1.2), (x - h * 1.2, y)],
            MarkerShape.Triangle => [(x, y - h * 1.15), (x + h * 1.1, y + h * 0.85), (x - h * 1.1, y + h * 0.85)],
            MarkerShape.TriangleDown => [(x, y + h * 1.15), (x + h * 1.1, y - h * 0.85), (x - h * 1.1, y - h * 0.85)],
            _ => [],
        };
    }
}
