using System.CommandLine;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Runs;
using QwenEval.Tasks;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval run`: the main job. Reads the config, evaluates every model, writes the run folder and its reports.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "The eval config file.", DefaultValueFactory = _ => "eval.config.json" };
        var output = new Option<string?>("--output") { Description = "Folder for run folders (overrides the config's \"output\")." }.Path(CliPaths.Kind.OutputFolder);
        var unsafeNoSandbox = CommonOptions.UnsafeNoSandbox();
        var fresh = new Option<bool>("--new") { Description = "Start a fresh run folder even if one for this config exists (needed after its inputs changed)." };
        var command = new Command("run", "Evaluate the configured models on the suite and write a run folder.")
        {
            config, output, unsafeNoSandbox, fresh,
        };
        command.SetAction((parse, ct) => Task.FromResult(Execute(
            parse.GetValue(config)!, parse.GetValue(output), parse.GetValue(unsafeNoSandbox), parse.GetValue(fresh), ct)));
        return command;
    }

    private static int Execute(string configPath, string? output, bool unsafeNoSandbox, bool fresh, CancellationToken ct)
    {
        var config = ConfigLoader.Load(configPath, ModelKinds.All);
        ModelPreflight.Check(config);
        var suite = SuiteLoader.Load(config.Suite);
        var sandbox = SandboxFactory.Create(unsafeNoSandbox);
        if (unsafeNoSandbox) Console.Error.WriteLine("WARNING: --unsafe-no-sandbox: model answers run without isolation.");
        var outputRoot = Path.GetFullPath(output ?? config.Output);
        using var folder = RunFolder.OpenOrCreate(outputRoot, RunManifest.Create(config, suite, sandbox.Description.Kind, SandboxVersion.Of(sandbox)), fresh);
        Console.WriteLine($"run folder: {folder.Path}");
        folder.MarkSession("start");
        var executor = new TestExecutor(sandbox, Path.GetTempPath());
        RunOutcome? outcome = null;
        if (SpectreProgress.Wanted)
            SpectreProgress.Run(progress => outcome = new EvalRunner(config, suite, executor, folder, progress).Run(ct));
        else
            outcome = new EvalRunner(config, suite, executor, folder, new PlainProgress(Console.Out)).Run(ct);
        folder.MarkSession("end");
        ReportCommand.PrintScores(RunReports.Write([folder.Path], folder.Path), folder.Path);
        foreach (var line in outcome!.Lines()) Console.Error.WriteLine(line);
        if (outcome.Complete) return ExitCodes.Ok;
        Console.Error.WriteLine($"INCOMPLETE: {outcome.Remaining} sample(s) remain to be generated; rerun the same command to generate them (exit {ExitCodes.Incomplete}).");
        return ExitCodes.Incomplete;
    }
}
