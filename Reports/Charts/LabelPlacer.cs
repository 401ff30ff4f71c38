namespace QwenEval.Reports.Charts;

/// <summary>An axis-aligned rectangle in pixels.</summary>
public readonly record struct Box(double X, double Y, double W, double H)
{
    public double Right => X + W;

    public double Bottom => Y + H;

    public bool Overlaps(Box o, double gap = 0) =>
        X < o.Right + gap && o.X < Right + gap && Y < o.Bottom + gap && o.Y < Bottom + gap;

    public bool Inside(Box o) => X >= o.X && Y >= o.Y && Right <= o.Right && Bottom <= o.Bottom;

    /// <summary>The point of this box nearest to (x, y): where a leader line from there ends.</summary>
    public (double X, double Y) Nearest(double x, double y) => (Math.Clamp(x, X, Right), Math.Clamp(y, Y, Bottom));
}

/// <summary>Where a label went, and whether it sits away from its point (then a leader line joins them).</summary>
public sealed record LabelPlacement(Box Box, bool Leader);

/// <summary>
/// Places one label per point so that no label covers another label, a marker or an interval bar: each label
/// tries the eight positions around its point, then the same positions further out (with a leader line back to
/// its point), and takes the first free one inside the plot. Deterministic: the same input gives the same layout.
/// </summary>
public static class LabelPlacer
{
    public const double Gap = 5;
    public const double Step = 9;
    public const int Rings = 40;

    private static readonly (int Dx, int Dy)[] Directions = [(1, 0), (-1, 0), (1, -1), (1, 1), (-1, -1), (-1, 1), (0, -1), (0, 1)];

    /// <param name="anchors">each point's pixel position</param>
    /// <param name="sizes">each label's width and height</param>
    /// <param name="markerRadius">how far from its point a label must stay</param>
    /// <param name="bounds">where labels may go</param>
    /// <param name="obstacles">what no label may cover (markers, bars, other text)</param>
    public static IReadOnlyList<LabelPlacement> Place(IReadOnlyList<(double X, double Y)> anchors, IReadOnlyList<(double W, double H)> sizes,
        double markerRadius, Box bounds, IReadOnlyList<Box> obstacles)
    {
        var placed = new LabelPlacement?[anchors.Count];
        var taken = new List<Box>(obstacles);
        // Crowded points first: they have the fewest free places left.
        var order = Enumerable.Range(0, anchors.Count)
            .OrderByDescending(i => anchors.Count(a => Math.Abs(a.X - anchors[i].X) < 80 && Math.Abs(a.Y - anchors[i].Y) < 40))
            .ThenBy(i => anchors[i].X).ThenBy(i => anchors[i].Y).ThenBy(i => i)
            .ToList();
        foreach (var i in order)
        {
            var choice = Candidates(anchors[i], sizes[i], markerRadius)
                .FirstOrDefault(c => c.Box.Inside(bounds) && !taken.Any(t => t.Overlaps(c.Box, 1)));
            // Nowhere free: keep it next to its point rather than drop it (a label is never hidden).
            choice ??= Candidates(anchors[i], sizes[i], markerRadius).FirstOrDefault(c => c.Box.Inside(bounds))
                       ?? Candidates(anchors[i], sizes[i], markerRadius).First();
            placed[i] = choice;
            taken.Add(choice.Box);
        }
        return placed.Select(p => p!).ToList();
    }

    private static IEnumerable<LabelPlacement> Candidates((double X, double Y) a, (double W, double H) size, double radius)
    {
        for (var ring = 0; ring < Rings; ring++)
        {
            var d = radius + Gap + ring * Step;
            foreach (var (dx, dy) in Directions)
            {
                var x = dx switch { > 0 => a.X + d, < 0 => a.X - d - size.W, _ => a.X - size.W / 2 };
                var y = dy switch { < 0 => a.Y - d - size.H, > 0 => a.Y + d, _ => a.Y - size.H / 2 };
                // Diagonal places start where the horizontal ones end, so ring 0 hugs the point.
                if (dx != 0 && dy != 0) y = dy < 0 ? a.Y - size.H - (ring == 0 ? 2 : d - radius) : a.Y + (ring == 0 ? 2 : d - radius);
                yield return new LabelPlacement(new Box(x, y, size.W, size.H), ring > 0);
            }
        }
    }
}
