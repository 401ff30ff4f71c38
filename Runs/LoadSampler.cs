using QwenEval.Core;

namespace QwenEval.Runs;

/// <summary>
/// Reads the machine's load average while each model generates, passing every event on to the progress view it
/// wraps. Decode speed on a shared machine depends on it (two runs on one machine differed 9×), so the readings go
/// into run.json and the reports. At most one reading every <see cref="Interval"/>, and only for real generations.
/// </summary>
public sealed class LoadSampler(IRunProgress inner, Func<double?>? read = null) : IRunProgress
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly Func<double?> _read = read ?? LoadAverage.OneMinute;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string StartedUtc, List<double> Values, DateTime Last)> _models = [];

    /// <summary>One entry per model that generated tokens in this session.</summary>
    public IReadOnlyList<GenerationLoad> Readings
    {
        get
        {
            lock (_gate)
                return _models.Where(m => m.Value.Values.Count > 0)
                    .Select(m => new GenerationLoad(m.Key, m.Value.StartedUtc, Math.Round(m.Value.Values.Average(), 2), m.Value.Values.Max(),
                        m.Value.Values.Count, Environment.ProcessorCount))
                    .ToList();
        }
    }

    public void ModelStarted(string model, int total, int alreadyJudged, int toGenerate)
    {
        lock (_gate) _models[model] = (DateTime.UtcNow.ToString("o"), [], DateTime.MinValue);
        inner.ModelStarted(model, total, alreadyJudged, toGenerate);
    }

    public void SampleGenerated(string model, int generatedTokens, double generationMs)
    {
        if (generatedTokens > 0)
        {
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                if (_models.TryGetValue(model, out var m) && now - m.Last >= Interval && _read() is { } load)
                {
                    m.Values.Add(load);
                    _models[model] = m with { Last = now };
                }
            }
        }
        inner.SampleGenerated(model, generatedTokens, generationMs);
    }

    public void SampleJudged(string model, SampleStatus status) => inner.SampleJudged(model, status);

    public void Message(string model, string text) => inner.Message(model, text);

    public void ModelFinished(string model) => inner.ModelFinished(model);
}
