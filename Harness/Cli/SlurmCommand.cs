using System.CommandLine;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Harness.Scheduling;
using QwenEval.Runs;
using QwenEval.Runs.Sharding;

namespace QwenEval.Harness.Cli;

/// <summary>
/// `qweneval slurm --config C --array N [...] [--submit]`: sbatch scripts for a run split into N shards (a calibration
/// job, an N-task array, a merge + report job after it), and with --submit, the jobs themselves.
/// </summary>
public static class SlurmCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var array = new Option<int>("--array") { Description = "Number of shards: one array task each.", Required = true };
        var partition = new Option<string?>("--partition") { Description = "sbatch --partition for every job." };
        var time = new Option<string?>("--time") { Description = "sbatch --time for every job (e.g. 02:00:00)." };
        var mem = new Option<string?>("--mem") { Description = "sbatch --mem for every job (e.g. 16G)." };
        var cpus = new Option<int?>("--cpus-per-task") { Description = "sbatch --cpus-per-task for every job." };
        var output = new Option<string?>("--output") { Description = "Folder for run folders (overrides the config's \"output\"); shared by every node." };
        var timeouts = new Option<string?>("--timeouts") { Description = "A timeout table every shard judges with; without it a first job calibrates one." };
        var scripts = new Option<string?>("--scripts") { Description = "Where to write the scripts and logs (default: <output>/<run id>.slurm)." };
        var submit = new Option<bool>("--submit") { Description = "Submit the jobs (sbatch) and print their ids." };
        var mergeAfter = new Option<string?>("--merge-after")
        {
            Description = "Submit only the merge job, after each task of this array job (after a task was cancelled and requeued).",
        };
        var command = new Command("slurm", "Write (and submit) Slurm jobs that run the config in N shards and merge them.")
        {
            config, array, partition, time, mem, cpus, output, timeouts, scripts, submit, mergeAfter,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(array);
            if (n < 1 || n > ShardPlan.MaxCount) throw new UserInputException($"--array {n}: expected 1 to {ShardPlan.MaxCount} shards.");
            if (parse.GetValue(cpus) is < 1) throw new UserInputException($"--cpus-per-task {parse.GetValue(cpus)}: expected at least 1.");
            var eval = ConfigLoader.Load(parse.GetValue(config)!, ModelKinds.All);
            var runId = RunManifest.RunIdOf(eval);
            var outputRoot = Path.GetFullPath(parse.GetValue(output) ?? eval.Output);
            var folder = Path.GetFullPath(parse.GetValue(scripts) ?? Path.Combine(outputRoot, $"{runId}.slurm"));
            var table = parse.GetValue(timeouts) is { } given ? Path.GetFullPath(given) : null;
            var steps = new ShardedRunSteps(Path.GetFullPath(eval.SourceFile), outputRoot, runId, n, table ?? Path.Combine(folder, "timeouts.json"), table is null);
            var written = SlurmScripts.Write(steps, HarnessInvocation.Current(),
                new SlurmResources(parse.GetValue(partition), parse.GetValue(time), parse.GetValue(mem), parse.GetValue(cpus)), folder);
            foreach (var f in written) Console.WriteLine($"wrote {f}");
            if (parse.GetValue(mergeAfter) is { } arrayJob)
            {
                if (!arrayJob.All(char.IsAsciiDigit) || arrayJob.Length == 0)
                    throw new UserInputException($"--merge-after {arrayJob}: expected the array's job id (a number).");
                Console.WriteLine($"merge job: {SlurmSubmitter.MergeAfter(folder, arrayJob, n).Merge} (after each task of {arrayJob})");
            }
            else if (parse.GetValue(submit))
            {
                var jobs = SlurmSubmitter.Submit(folder, steps.Calibrate);
                if (jobs.Calibrate is not null) Console.WriteLine($"calibrate job: {jobs.Calibrate}");
                Console.WriteLine($"array job: {jobs.Shards} ({n} tasks)");
                Console.WriteLine($"merge job: {jobs.Merge}");
            }
            else
            {
                Console.WriteLine("submit: the same command with --submit (or sbatch them in this order, each with --dependency=afterok:<the job before>)");
            }
            Console.WriteLine($"shard folders: {steps.ShardFolder(0)} … {steps.ShardFolder(n - 1)}");
            Console.WriteLine($"merged run folder: {steps.MergedFolder}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
