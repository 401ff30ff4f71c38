using System.CommandLine;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Harness.Scheduling;
using QwenEval.Runs;
using QwenEval.Runs.Sharding;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval k8s --config C --completions N --image I`: Kubernetes Jobs (calibrate, Indexed shards, merge) for a run in N shards.</summary>
public static class KubernetesCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config("The eval config file, inside the checkout the image holds at --workdir.");
        var completions = new Option<int>("--completions") { Description = "Number of shards: one completion index each.", Required = true };
        var image = new Option<string>("--image") { Description = "Container image with qweneval on PATH, python3, bubblewrap and the checkout at --workdir.", Required = true };
        var parallelism = new Option<int?>("--parallelism") { Description = "Pods running at once (default: all)." };
        var claim = new Option<string>("--claim") { Description = "PersistentVolumeClaim (ReadWriteMany) mounted at /runs in every pod.", DefaultValueFactory = _ => "qweneval-runs" };
        var workdir = new Option<string>("--workdir") { Description = "Where the image holds the checkout (suite, models, config).", DefaultValueFactory = _ => "/qweneval" };
        var cpus = new Option<string?>("--cpus") { Description = "CPU request per pod (e.g. 4)." };
        var memory = new Option<string?>("--memory") { Description = "Memory request and limit per pod (e.g. 16Gi)." };
        var timeouts = new Option<string?>("--timeouts") { Description = "A timeout table at this path in the pods; without it a first Job calibrates one." };
        var output = new Option<string?>("--out") { Description = "Where to write the manifests (default: k8s-<run id>)." };
        var checkout = new Option<string?>("--checkout") { Description = "The local checkout the image holds at --workdir (default: the current folder); the config is inside it." };
        var command = new Command("k8s", "Write Kubernetes Jobs that run the config in N shards (an Indexed Job) and merge them.")
        {
            config, completions, image, parallelism, claim, workdir, cpus, memory, timeouts, output, checkout,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(completions);
            if (n < 1 || n > ShardPlan.MaxCount) throw new UserInputException($"--completions {n}: expected 1 to {ShardPlan.MaxCount} shards.");
            var eval = ConfigLoader.Load(parse.GetValue(config)!, ModelKinds.All);
            var root = Path.GetFullPath(parse.GetValue(checkout) ?? Environment.CurrentDirectory);
            var relative = Path.GetRelativePath(root, Path.GetFullPath(eval.SourceFile)).Replace('\\', '/');
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
                throw new UserInputException($"--config {eval.SourceFile}: not inside the checkout {root}, which the image holds at --workdir. Run 'qweneval k8s' from the checkout, or pass --checkout.");
            var dir = parse.GetValue(workdir)!.TrimEnd('/');
            var runId = RunManifest.RunIdOf(eval);
            var table = parse.GetValue(timeouts);
            var steps = new ShardedRunSteps($"{dir}/{relative}", KubernetesJobs.RunsMount, runId, n,
                table ?? $"{KubernetesJobs.RunsMount}/{runId}.timeouts.json", table is null);
            var options = new KubernetesOptions(parse.GetValue(image)!, parse.GetValue(parallelism) ?? n, parse.GetValue(claim)!, dir,
                parse.GetValue(cpus), parse.GetValue(memory));
            var folder = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(root, $"k8s-{runId}"));
            foreach (var f in KubernetesJobs.Write(steps, options, folder)) Console.WriteLine($"wrote {f}");
            Console.WriteLine($"apply with: {Path.Combine(folder, KubernetesJobs.ApplyFile)}");
            Console.WriteLine($"merged run folder (on the claim): {steps.MergedFolder}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
