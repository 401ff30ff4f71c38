using System.CommandLine;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Runs;
using QwenEval.Runs.Sharding;
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
        var shard = new Option<string?>("--shard")
        {
            Description = "Run shard I of N (I from 0) of the plan into its own folder <run id>.shard-I-of-N; env/N takes I from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX.",
        };
        var timeouts = new Option<string?>("--timeouts") { Description = "Judge with this timeout table ('qweneval calibrate' writes it) instead of this machine's measurements." };
        var command = new Command("run", "Evaluate the configured models on the suite and write a run folder.")
        {
            config, output, unsafeNoSandbox, fresh, shard, timeouts,
        };
        command.SetAction((parse, ct) => Task.FromResult(Execute(
            parse.GetValue(config)!, parse.GetValue(output), parse.GetValue(unsafeNoSandbox), parse.GetValue(fresh), ct,
            parse.GetValue(shard), parse.GetValue(timeouts))));
        return command;
    }

    private static int Execute(string configPath, string? output, bool unsafeNoSandbox, bool fresh, CancellationToken ct,
        string? shardText = null, string? timeoutsFile = null)
    {
        var shard = shardText is null ? null : ShardPlan.Parse(shardText);
        var config = ConfigLoader.Load(configPath, ModelKinds.All);
        ModelPreflight.Check(config);
        var suite = SuiteLoader.Load(config.Suite);
        var sandbox = SandboxFactory.Create(unsafeNoSandbox);
        if (unsafeNoSandbox) Console.Error.WriteLine("WARNING: --unsafe-no-sandbox: model answers run without isolation.");
        var outputRoot = Path.GetFullPath(output ?? config.Output);
        var manifest = RunManifest.Create(config, suite, sandbox.Description.Kind, SandboxVersion.Of(sandbox));
        var table = timeoutsFile is null ? null : TimeoutTable.Load(Path.GetFullPath(timeoutsFile), suite);
        if (table is not null) manifest = manifest with { TimeoutTable = TimeoutTableInfo.Of(Path.GetFullPath(timeoutsFile!), table) };
        if (shard is not null) manifest = shard.Apply(manifest);
        var folder = RunFolder.OpenOrCreate(outputRoot, manifest, fresh);
        Console.WriteLine($"run folder: {folder.Path}");
        folder.MarkSession("start");
        var executor = new TestExecutor(sandbox, Path.GetTempPath());
        EvalRunner? runner = null;
        if (SpectreProgress.Wanted)
            SpectreProgress.Run(progress => (runner = new EvalRunner(config, suite, executor, folder, progress, shard is null ? null : shard.Contains, table)).Run(ct));
        else
            (runner = new EvalRunner(config, suite, executor, folder, new PlainProgress(Console.Out), shard is null ? null : shard.Contains, table)).Run(ct);
        folder.MarkSession("end");
        var scores = RunReports.Write([folder.Path], folder.Path);
        foreach (var s in scores)
            Console.WriteLine($"{s.Model.Name,-24} pass@1 {s.PassAt1 * 100,6:0.0}%  ({s.Tasks} tasks, {s.Samples} samples)");
        Console.WriteLine($"reports: {folder.Path}");
        foreach (var (model, reason) in runner!.NotRun)
            Console.Error.WriteLine($"NOT RUN: model \"{model}\": {reason}");
        return runner.NotRun.Count > 0 ? ExitCodes.Incomplete : ExitCodes.Ok;
    }
}
