using System.CommandLine;
using System.Text.Json;
using QwenEval.Harness.Cli;
using QwenEval.Harness.Config;
using QwenEval.Harness.Measurement;
using QwenEval.Tasks;

namespace QwenEval.Harness.Models.Worker;

/// <summary>
/// The worker side: loads one model of a config and answers requests until stdin closes. Running each model in
/// its own process makes its peak memory measurable and keeps a crash or OOM from ending the run.
/// </summary>
public static class WorkerHost
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Required = true };
        var model = new Option<string>("--model") { Required = true };
        var command = new Command("worker", "Internal: serve one model over JSON lines.") { config, model };
        command.Hidden = true;
        command.SetAction((parse, ct) => Task.FromResult(Serve(parse.GetValue(config)!, parse.GetValue(model)!, Console.In, Console.Out, ct)));
        return command;
    }

    private static int Serve(string configPath, string modelName, TextReader input, TextWriter output, CancellationToken ct)
    {
        var config = ConfigLoader.Load(configPath);
        var suite = SuiteLoader.Load(config.Suite);
        var model = config.Models.FirstOrDefault(m => m.Name == modelName)
            ?? throw new UserInputException($"{configPath}: no model named '{modelName}'.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var backend = ModelBackendFactory.Create(model, config);
        Send(output, new WorkerReady(clock.Elapsed.TotalMilliseconds, PeakMemory.OfThisProcess()));
        while (input.ReadLine() is { } line)
        {
            var request = JsonSerializer.Deserialize<WorkerRequest>(line, WorkerProtocol.Json)!;
            WorkerReply reply;
            try
            {
                var task = suite.Find(request.TaskId) ?? throw new UserInputException($"unknown task '{request.TaskId}'");
                var g = backend.Generate(new GenerationRequest(task, request.Messages, request.SampleIndex, request.Seed, request.MaxNewTokens), ct);
                reply = new WorkerReply(g.Text, g.Finish == FinishReason.Length ? "length" : "stop", g.PromptTokens, g.GeneratedTokens,
                    g.TimeToFirstTokenMs, g.TotalMs, PeakMemory.OfThisProcess(), null, g.ThinkingTokens);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                reply = new WorkerReply(null, null, 0, 0, 0, 0, PeakMemory.OfThisProcess(), $"{e.GetType().Name}: {e.Message}");
            }
            Send(output, reply);
        }
        return ExitCodes.Ok;
    }

    private static void Send<T>(TextWriter output, T message)
    {
        output.WriteLine(JsonSerializer.Serialize(message, WorkerProtocol.Json));
        output.Flush();
    }
}
