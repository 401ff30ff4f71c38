using System.CommandLine;
using QwenEval.Core;
using QwenEval.Runs.Sharding;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval merge SHARD... --out DIR`: one run folder, with its reports, from every shard of a run.</summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("shards") { Description = "Every shard folder of the run (<run id>.shard-I-of-N).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The merged run folder (new, empty, or an earlier merge of the same run).", Required = true };
        var command = new Command("merge", "Merge the shards of a run into one run folder and write its reports.") { shards, output };
        command.SetAction(parse =>
        {
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var scores = ShardMerge.Merge(parse.GetValue(shards)!, outDir);
            foreach (var s in scores)
                Console.WriteLine($"{s.Model.Name,-24} pass@1 {s.PassAt1 * 100,6:0.0}%  ({s.Tasks} tasks, {s.Samples} samples)");
            Console.WriteLine($"merged run folder: {outDir}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
