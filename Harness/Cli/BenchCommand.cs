using System.CommandLine;
using System.Text.Json;
using QwenEval.Execution;
using QwenEval.Tasks;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>
/// `qweneval bench`: throughput measurements, one subcommand each. `bench sandbox` compares sandboxed execution
/// with in-process execution. The model engine's benchmark (`bench --model DIR` or a `bench model` subcommand)
/// is added beside it in <see cref="Create"/>; timings belong here, never in a test assertion.
/// </summary>
public static class BenchCommand
{
    private const string DefaultSuite = "Tasks/suites/qwen-coding-v1";

    /// <summary>`bench --model DIR` measures the ONNX engine; `bench sandbox` the execution stage.</summary>
    public static Command Create()
    {
        var bench = EngineBenchCommand.Create();
        bench.Subcommands.Add(Sandbox());
        bench.Subcommands.Add(ServeCommand.Bench());
        return bench;
    }

    public static Command Sandbox()
    {
        var suite = new Option<string>("--suite") { Description = "Suite folder whose canonical solutions are run.", DefaultValueFactory = _ => DefaultSuite }.Path(CliPaths.Kind.ExistingFolder);
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object." };
        var jobs = new Option<int>("--jobs") { Description = "Sandboxed programs run at once.", DefaultValueFactory = _ => Environment.ProcessorCount }.AtLeastOne();
        var command = new Command("sandbox",
            "Programs per second of sandboxed execution against human-eval-style in-process execution (one python3 exec()ing every program), on a suite's canonical solutions.")
        {
            suite, json, jobs,
        };
        command.SetAction((parse, ct) =>
        {
            var s = SuiteLoader.Load(parse.GetValue(suite)!);
            var sandbox = SandboxFactory.Create(unsafeNoSandbox: false);
            var asJson = parse.GetValue(json);
            if (!asJson)
            {
                Console.WriteLine($"suite {s.Name} v{s.Version}: {s.Tasks.Count} canonical solutions with their hidden tests, {Environment.ProcessorCount} cores");
                foreach (var line in sandbox.Description.Isolation) Console.WriteLine(line);
            }
            var result = SandboxBench.Run(s, new TestExecutor(sandbox, Path.GetTempPath()), parse.GetValue(jobs), ct);
            Console.WriteLine(asJson
                ? result.ToJson().ToJsonString(CommonOptions.Json)
                : SandboxBench.Describe(result));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
