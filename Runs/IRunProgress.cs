using QwenEval.Reports.Scoring;
using QwenEval.Core;

namespace QwenEval.Runs;

/// <summary>What a run reports while it goes: per model, samples generated and judged, passes so far, speed.</summary>
public interface IRunProgress
{
    void ModelStarted(string model, int total, int alreadyJudged, int toGenerate);

    void SampleGenerated(string model, int generatedTokens, double generationMs);

    void SampleJudged(string model, SampleStatus status);

    void Message(string model, string text);

    void ModelFinished(string model);
}

/// <summary>Plain lines, for redirected output and CI logs: a line at each tenth of a model's samples.</summary>
public sealed class PlainProgress(TextWriter output) : IRunProgress
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ModelTally> _models = [];

    public void ModelStarted(string model, int total, int alreadyJudged, int toGenerate)
    {
        lock (_gate) _models[model] = new ModelTally(total, alreadyJudged);
        output.WriteLine($"[{model}] {total} samples: {alreadyJudged} already judged, {toGenerate} to generate");
    }

    public void SampleGenerated(string model, int generatedTokens, double generationMs)
    {
        lock (_gate) _models[model].Add(generatedTokens, generationMs);
    }

    public void SampleJudged(string model, SampleStatus status)
    {
        string? line = null;
        lock (_gate)
        {
            var t = _models[model];
            t.Judge(status);
            var step = Math.Max(1, t.Total / 10);
            if (t.Judged % step == 0 || t.Judged == t.Total) line = $"[{model}] {t.Describe()}";
        }
        if (line is not null) output.WriteLine(line);
    }

    public void Message(string model, string text) => output.WriteLine($"[{model}] {text}");

    public void ModelFinished(string model)
    {
        lock (_gate) output.WriteLine($"[{model}] done: {_models[model].Describe()}");
    }
}

/// <summary>Running counts for one model, shared by the progress views.</summary>
public sealed class ModelTally(int total, int alreadyJudged)
{
    private readonly DateTime _start = DateTime.UtcNow;
    private int _judgedThisSession;
    private long _tokens;
    private double _ms;

    public int Total { get; } = total;

    public int Judged { get; private set; } = alreadyJudged;

    public int Passed { get; private set; }

    public void Add(int tokens, double ms)
    {
        _tokens += tokens;
        _ms += ms;
    }

    public void Judge(SampleStatus status)
    {
        Judged++;
        _judgedThisSession++;
        if (status == SampleStatus.Pass) Passed++;
    }

    public double? TokensPerSecond => _ms > 0 && _tokens > 0 ? _tokens / (_ms / 1000) : null;

    public TimeSpan? Eta => _judgedThisSession == 0
        ? null
        : TimeSpan.FromSeconds((DateTime.UtcNow - _start).TotalSeconds / _judgedThisSession * (Total - Judged));

    public string Describe() =>
        $"{Judged}/{Total} judged, {Passed} passed this session" +
        (TokensPerSecond is { } tps ? $", {tps:0.0} tok/s" : "") +
        (Eta is { } eta && Judged < Total ? $", ETA {eta:hh\\:mm\\:ss}" : "");
}

/// <summary>Lets stages that log to a TextWriter (timeout calibration) report through the run's progress view.</summary>
public sealed class ProgressLog(IRunProgress progress, string topic) : TextWriter
{
    private readonly System.Text.StringBuilder _line = new();

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            progress.Message(topic, _line.ToString().TrimEnd('\r'));
            _line.Clear();
        }
        else
        {
            _line.Append(value);
        }
    }
}
