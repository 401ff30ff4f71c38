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
        TasksCommand.Create(),
        ReportCommand.Create(),
        CompareCommand.Create(),
        ExportCommand.Create(),
        BenchCommand.Create(),
        WorkerCommand.Create(),
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
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Unwrap(e) is UserInputException or TaskFormatException)
        {
            error.WriteLine($"error: {Unwrap(e).Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e) when (Unwrap(e) is EnvironmentProblemException)
        {
            error.WriteLine($"error: {Unwrap(e).Message}");
            return ExitCodes.Environment;
        }
    }

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerExceptions[0]) : e;
}
