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

/// <summary>Running counts for one model, shared by the progress views: judged of total, each status this session, speed.</summary>
public sealed class ModelTally(int total, int alreadyJudged)
{
    private readonly DateTime _start = DateTime.UtcNow;
    private readonly Dictionary<SampleStatus, int> _statuses = [];
    private int _judgedThisSession;
    private long _tokens;
    private double _ms;

    public int Total { get; } = total;

    public int Judged { get; private set; } = alreadyJudged;

    public int Count(SampleStatus status) => _statuses.GetValueOrDefault(status);

    public void Add(int tokens, double ms)
    {
        _tokens += tokens;
        _ms += ms;
    }

    public void Judge(SampleStatus status)
    {
        Judged++;
        _judgedThisSession++;
        _statuses[status] = Count(status) + 1;
    }

    public double? TokensPerSecond => _ms > 0 && _tokens > 0 ? _tokens / (_ms / 1000) : null;

    public TimeSpan? Eta => _judgedThisSession == 0
        ? null
        : TimeSpan.FromSeconds((DateTime.UtcNow - _start).TotalSeconds / _judgedThisSession * (Total - Judged));

    /// <summary>"pass 3, fail 1, error 0, truncated 2": pass, fail and error always, other statuses when they occur.</summary>
    public string Statuses() =>
        string.Join(", ", Enum.GetValues<SampleStatus>()
            .Where(s => s is SampleStatus.Pass or SampleStatus.Fail or SampleStatus.Error || Count(s) > 0)
            .Select(s => $"{s.ToWire()} {Count(s)}"));

    public string Describe() =>
        $"{Judged}/{Total} judged; this session {Statuses()}" +
        (TokensPerSecond is { } tps ? $"; {tps:0.0} tok/s" : "") +
        (Eta is { } eta && Judged < Total ? $"; ETA {eta:hh\\:mm\\:ss}" : "");
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
