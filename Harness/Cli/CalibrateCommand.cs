using System.CommandLine;
using QwenEval.Core;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Runs;
using QwenEval.Tasks;
using QwenEval.Runs.Agentic;

namespace QwenEval.Harness.Cli;

/// <summary>
/// `qweneval calibrate --config C --out FILE`: measures the suite's canonical solutions once (or takes this machine's
/// cached measurements) and writes the timeout table that every shard of a run is then judged with (`run --timeouts`).
/// </summary>
public static class CalibrateCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var output = new Option<string>("--out") { Description = "Where to write the timeout table (JSON).", Required = true };
        var unsafeNoSandbox = CommonOptions.UnsafeNoSandbox();
        var command = new Command("calibrate", "Measure each task's reference time once and write the timeout table for 'run --timeouts'.")
        {
            config, output, unsafeNoSandbox,
        };
        command.SetAction((parse, ct) =>
        {
            var eval = ConfigLoader.Load(parse.GetValue(config)!, ModelKinds.All);
            var suite = SuiteSet.Load(eval.Suites).Functions;
            var sandbox = SandboxFactory.Create(parse.GetValue(unsafeNoSandbox));
            var executor = new TestExecutor(sandbox, Path.GetTempPath());
            var timeouts = executor.Calibrate(suite, eval.Timeouts, runFolder: null, Console.Out, ct);
            var table = TimeoutTable.Measured(suite, TimeoutCalibration.MachineKey(sandbox), timeouts.MeasuredSeconds);
            var file = Path.GetFullPath(parse.GetValue(output)!);
            table.Write(file);
            Console.WriteLine($"timeout table: {file} ({table.MeasuredSeconds.Count} of {suite.Tasks.Count} tasks measured, sha256 {table.Sha256[..12]})");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
