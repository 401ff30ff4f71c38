using QwenEval.Reports.Scoring;
using Spectre.Console;
using QwenEval.Runs;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>A live progress bar per model on an interactive terminal: samples judged, status counts, tokens/s, time left.</summary>
public sealed class SpectreProgress(ProgressContext context) : IRunProgress
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (ProgressTask Bar, ModelTally Tally)> _models = [];

    /// <summary>Interactive terminals get bars; redirected output and CI get plain lines.</summary>
    public static bool Wanted => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") != "true" && AnsiConsole.Profile.Capabilities.Interactive;

    public static void Run(Action<IRunProgress> body) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx => body(new SpectreProgress(ctx)));

    public void ModelStarted(string model, int total, int alreadyJudged, int toGenerate)
    {
        lock (_gate)
        {
            var bar = context.AddTask(Markup.Escape(model), maxValue: Math.Max(1, total));
            bar.Value = alreadyJudged;
            _models[model] = (bar, new ModelTally(total, alreadyJudged));
        }
    }

    public void SampleGenerated(string model, int generatedTokens, double generationMs)
    {
        lock (_gate)
        {
            var (bar, tally) = _models[model];
            tally.Add(generatedTokens, generationMs);
            bar.Description = Describe(model, tally);
        }
    }

    public void SampleJudged(string model, SampleStatus status)
    {
        lock (_gate)
        {
            var (bar, tally) = _models[model];
            tally.Judge(status);
            bar.Increment(1);
            bar.Description = Describe(model, tally);
        }
    }

    public void Message(string model, string text) => AnsiConsole.MarkupLine($"[yellow]{Markup.Escape($"[{model}] {text}")}[/]");

    public void ModelFinished(string model)
    {
        lock (_gate)
        {
            var (bar, _) = _models[model];
            bar.Value = bar.MaxValue;
            bar.StopTask();
        }
    }

    private static string Describe(string model, ModelTally t) =>
        Markup.Escape($"{model}: {t.Judged}/{t.Total} judged · {t.Statuses()}" + (t.TokensPerSecond is { } tps ? $" · {tps:0.0} tok/s" : ""));
}
