using System.CommandLine;
using QwenEval.Runs;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval report RUN [RUN…] [--out DIR]`: rebuild every report from run folders alone.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var runs = new Argument<string[]>("runs") { Description = "Run folders.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Where to write the reports (default: the run folder; required for several runs)." }.Path(CliPaths.Kind.OutputFolder);
        var command = new Command("report", "Rebuild the reports of one run, or combine several runs onto one chart.") { runs, output };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(runs)!.Select(Path.GetFullPath).ToList();
            var outDir = parse.GetValue(output) ?? (paths.Count == 1
                ? paths[0]
                : throw new UserInputException("several runs need --out DIR: the combined reports belong to none of them."));
            PrintScores(RunReports.Write(paths, Path.GetFullPath(outDir)), Path.GetFullPath(outDir));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The scores, every incomplete or unscored model, and where the reports are.</summary>
    public static void PrintScores(WrittenReport report, string folder)
    {
        foreach (var line in report.Lines()) Console.WriteLine(line);
        Console.WriteLine($"reports: {folder}" + (report.Incomplete ? " (INCOMPLETE: see the notes above)" : ""));
    }
}
