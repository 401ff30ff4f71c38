using System.CommandLine;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Runs;
using QwenEval.Runs.Agentic;
using QwenEval.Tasks;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval run`: the main job. Reads the config, evaluates every model, writes the run folder and its reports.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "The eval config file.", DefaultValueFactory = _ => "eval.config.json" };
        var output = new Option<string?>("--output") { Description = "Folder for run folders (overrides the config's \"output\")." };
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
        var suites = SuiteSet.Load(config.Suites);
        var sandbox = SandboxFactory.Create(unsafeNoSandbox);
        if (unsafeNoSandbox) Console.Error.WriteLine("WARNING: --unsafe-no-sandbox: model answers run without isolation.");
        var outputRoot = Path.GetFullPath(output ?? config.Output);
        var folder = RunFolder.OpenOrCreate(outputRoot, RunManifest.Create(config, suites, sandbox.Description.Kind, SandboxVersion.Of(sandbox)), fresh);
        Console.WriteLine($"run folder: {folder.Path}");
        folder.MarkSession("start");
        var executor = new TestExecutor(sandbox, Path.GetTempPath());
        List<(string Model, string Reason)> notRun = [];
        void RunAll(IRunProgress progress)
        {
            // Function-level tasks first (this also records the sandbox in execution.json), then the agentic ones.
            var functions = new EvalRunner(config, suites.Functions, executor, folder, progress);
            functions.Run(ct);
            var agentic = new AgenticRunner(config, suites.Agentic, executor, folder, progress) { Skip = functions.NotRun.Select(n => n.Model).ToHashSet() };
            agentic.Run(ct);
            notRun = [.. functions.NotRun, .. agentic.NotRun];
        }
        if (SpectreProgress.Wanted) SpectreProgress.Run(RunAll);
        else RunAll(new PlainProgress(Console.Out));
        folder.MarkSession("end");
        var report = RunReports.Build([folder.Path], folder.Path);
        foreach (var s in report.Scores)
            Console.WriteLine($"{s.Model.Name,-24} pass@1 {s.PassAt1 * 100,6:0.0}%  ({s.Tasks} tasks, {s.Samples} samples)");
        foreach (var s in report.Agentic)
            Console.WriteLine($"{s.Name,-24} resolved {s.Resolved * 100,6:0.0}%  ({s.Tasks} agentic tasks, {s.Episodes} episodes; {s.Behaviour.Describe()})");
        Console.WriteLine($"reports: {folder.Path}");
        foreach (var (model, reason) in notRun)
            Console.Error.WriteLine($"NOT RUN: model \"{model}\": {reason}");
        return notRun.Count > 0 ? ExitCodes.Incomplete : ExitCodes.Ok;
    }
}
