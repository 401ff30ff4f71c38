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
        var output = new Option<string?>("--out") { Description = "Where to write the reports (default: the run folder; required for several runs)." };
        var command = new Command("report", "Rebuild the reports of one run, or combine several runs onto one chart.") { runs, output };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(runs)!.Select(Path.GetFullPath).ToList();
            var outDir = parse.GetValue(output) ?? (paths.Count == 1
                ? paths[0]
                : throw new UserInputException("several runs need --out DIR: the combined reports belong to none of them."));
            var scores = RunReports.Write(paths, Path.GetFullPath(outDir));
            foreach (var s in scores) Console.WriteLine($"{s.Model.Name,-32} pass@1 {s.PassAt1 * 100,6:0.0}%");
            Console.WriteLine($"reports: {Path.GetFullPath(outDir)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
