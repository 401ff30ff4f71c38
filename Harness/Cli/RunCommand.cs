using System.CommandLine;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Reports;
using QwenEval.Runs;
using QwenEval.Runs.Sharding;
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
        var output = new Option<string?>("--output") { Description = "Folder for run folders (overrides the config's \"output\")." }.Path(CliPaths.Kind.OutputFolder);
        var unsafeNoSandbox = CommonOptions.UnsafeNoSandbox();
        var fresh = new Option<bool>("--new") { Description = "Start a fresh run folder even if one for this config exists (needed after its inputs changed)." };
        var models = new Option<string?>("--models") { Description = "Only these models of the config (NAME,...). The run folder stays the same; reports say partial until every model ran." };
        var tasks = new Option<string?>("--tasks") { Description = "Only these tasks (ID or GLOB,..., e.g. 'str_*,math_gcd_lcm'). The run folder stays the same." };
        var limit = new Option<int?>("--limit") { Description = "Only the first N tasks of each suite (after --tasks): a smoke test; a later run without it completes the run." };
        var shard = new Option<string?>("--shard")
        {
            Description = "Run shard I of N (I from 0) of the plan into its own folder <run id>.shard-I-of-N; env/N takes I from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX.",
        };
        var timeouts = new Option<string?>("--timeouts") { Description = "Judge with this timeout table ('qweneval calibrate' writes it) instead of this machine's measurements." };
        var command = new Command("run", "Evaluate the configured models on the suite and write a run folder.")
        {
            config, output, unsafeNoSandbox, fresh, models, tasks, limit, shard, timeouts,
        };
        command.SetAction((parse, ct) => Task.FromResult(Execute(
            parse.GetValue(config)!, parse.GetValue(output), parse.GetValue(unsafeNoSandbox), parse.GetValue(fresh),
            new RunSelection(RunSelection.SplitList(parse.GetValue(models)), RunSelection.SplitList(parse.GetValue(tasks)), parse.GetValue(limit)), ct,
            parse.GetValue(shard), parse.GetValue(timeouts))));
        return command;
    }

    private static int Execute(string configPath, string? output, bool unsafeNoSandbox, bool fresh, RunSelection selection, CancellationToken ct,
        string? shardText = null, string? timeoutsFile = null)
    {
        var shard = shardText is null ? null : ShardPlan.Parse(shardText);
        var config = ConfigLoader.Load(configPath, ModelKinds.All);
        var selectedModels = selection.Models(config);
        ModelPreflight.Check(config with { Models = selectedModels });
        var suites = SuiteSet.Load(config.Suites);
        var suite = suites.Functions;
        var part = selection.IsEverything ? null : selection.Describe(config, suite, suites.Agentic);
        var sandbox = SandboxFactory.Create(unsafeNoSandbox);
        if (unsafeNoSandbox) Console.Error.WriteLine("WARNING: --unsafe-no-sandbox: model answers run without isolation.");
        var outputRoot = Path.GetFullPath(output ?? config.Output);
        var manifest = RunManifest.Create(config, suites, sandbox.Description.Kind, SandboxVersion.Of(sandbox), selectedModels);
        var table = timeoutsFile is null ? null : TimeoutTable.Load(Path.GetFullPath(timeoutsFile), suite);
        if (table is not null) manifest = manifest with { TimeoutTable = TimeoutTableInfo.Of(Path.GetFullPath(timeoutsFile!), table) };
        if (shard is not null) manifest = shard.Apply(manifest);
        using var folder = RunFolder.OpenOrCreate(outputRoot, manifest, fresh);
        Console.WriteLine($"run folder: {folder.Path}");
        if (part is not null) Console.WriteLine($"this invocation: {part} (part of the run: its reports say partial until all of it is judged)");
        folder.MarkSession("start", selection.IsEverything ? null : new SessionSelection(
            selectedModels.Select(m => m.Name).ToList(),
            [.. selection.Tasks(suite).Select(t => t.Id), .. selection.Tasks(suites.Agentic).Select(t => t.Id)]));
        var executor = new TestExecutor(sandbox, Path.GetTempPath());
        RunOutcome? outcome = null;
        LoadSampler? load = null;
        List<(string Model, string Reason)> agenticNotRun = [];
        void RunAll(IRunProgress progress)
        {
            load = new LoadSampler(progress);
            // Function-level tasks first (this also records the sandbox in execution.json), then the agentic ones.
            var functions = new EvalRunner(config, suite, executor, folder, load, selection, shard is null ? null : shard.Contains, table);
            outcome = functions.Run(ct);
            var agentic = new AgenticRunner(config with { Models = selectedModels }, suites.Agentic with { Tasks = selection.Tasks(suites.Agentic) }, executor, folder, load)
            {
                Skip = outcome.NotRunModels,
            };
            agentic.Run(ct);
            agenticNotRun = agentic.NotRun;
        }
        if (SpectreProgress.Wanted) SpectreProgress.Run(RunAll);
        else RunAll(new PlainProgress(Console.Out));
        folder.MarkSession("end");
        folder.RecordGenerationLoad(load!.Readings);
        var input = RunReports.Gather([folder.Path]);
        var context = ReportWriter.WriteAll(input, folder.Path);
        RunSummary.Print(Console.Out, input, context.Scores, load.Readings);
        foreach (var s in context.AgenticScores)
            Console.WriteLine($"{s.Name,-24} resolved {s.Resolved * 100,6:0.0}%  ({s.Tasks} agentic tasks, {s.Episodes} episodes; {s.Behaviour.Describe()})");
        Console.WriteLine($"reports: {folder.Path}");
        foreach (var line in outcome!.Lines()) Console.Error.WriteLine(line);
        foreach (var (model, reason) in agenticNotRun) Console.Error.WriteLine($"NOT RUN: model \"{model}\" (agentic tasks): {reason}");
        if (outcome.Complete && agenticNotRun.Count == 0) return ExitCodes.Ok;
        if (outcome.Remaining > 0)
            Console.Error.WriteLine($"INCOMPLETE: {outcome.Remaining} sample(s) remain to be generated; rerun the same command to generate them (exit {ExitCodes.Incomplete}).");
        return ExitCodes.Incomplete;
    }
}
