namespace QwenEval.Reports.Charts;

/// <summary>
/// A model's look on every chart: its colour from its place among the report's models (so it keeps it from chart
/// to chart) and its marker from its kind (circle: built-in ONNX engine, diamond: ONNX Runtime GenAI, square:
/// OpenAI-compatible server).
/// </summary>
public static class ModelStyle
{
    // Tableau's ten colours (matplotlib's default cycle), then ten lighter ones for larger comparisons.
    private static readonly Rgb[] Palette =
    [
        .. new[]
        {
            "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
            "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
        }.Select(Rgb.Hex),
    ];

    public static Rgb Colour(int index) => Palette[index % Palette.Length];

    public static MarkerShape Marker(string kind) => kind switch
    {
        "onnx" => MarkerShape.Circle,
        "genai" => MarkerShape.Diamond,
        "openai" => MarkerShape.Square,
        "decoy" => MarkerShape.TriangleDown,
        _ => MarkerShape.Triangle,
    };

    /// <summary>What the marker means, for the legend.</summary>
    public static string KindLabel(string kind) => kind switch
    {
        "onnx" => "built-in ONNX engine",
        "genai" => "ONNX Runtime GenAI",
        "openai" => "OpenAI-compatible server",
        "reference" or "decoy" => $"pseudo-model ({kind})",
        _ => kind,
    };
}
