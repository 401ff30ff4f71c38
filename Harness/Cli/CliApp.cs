using QwenEval.Core;
using System.CommandLine;
using QwenEval.Synthetic;
using QwenEval.Tasks;

namespace QwenEval.Harness.Cli;

/// <summary>Assembles the verbs and maps failures to the exit codes: input errors never print a stack trace.</summary>
public static class CliApp
{
    public static RootCommand Build() => new("QwenEval: coding pass rate against memory footprint for local models.")
    {
        RunCommand.Create(),
        CalibrateCommand.Create(),
        MergeCommand.Create(),
        SlurmCommand.Create(),
        KubernetesCommand.Create(),
        TasksCommand.Create(),
        ReportCommand.Create(),
        CompareCommand.Create(),
        ExportCommand.Create(),
        BenchCommand.Create(),
        WorkerCommand.Create(),
        RuntimeBenchCommand.Worker(),
        new Command("models", "Work with model folders.") { SynthCommand.Create(), ModelsCommand.List(), ModelsCommand.Fit(), ModelsCommand.Footprint() },
        DoctorCommand.Create(),
        GenerateCommand.Create(),
        ServeCommand.Create(),
    };

    public static int Run(string[] args, TextWriter? error = null)
    {
        error ??= Console.Error;
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"error: {e.Message}");
            error.WriteLine("Run 'qweneval --help' for usage.");
            return ExitCodes.UsageOrInput;
        }
        using var signals = new StopSignals();
        try
        {
            var exit = parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, signals.Token)
                .GetAwaiter().GetResult();
            return signals.Received is { } signal ? StopSignals.ExitCode(signal) : exit;
        }
        catch (Exception e)
        {
            var (exit, message) = CliErrors.Describe(e, signals.Received);
            error.WriteLine($"error: {message}");
            return exit;
        }
    }
}
