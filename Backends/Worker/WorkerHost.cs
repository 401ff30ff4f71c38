using System.Diagnostics;
using System.Text.Json;
using QwenEval.Core;
using QwenEval.Core.Generation;

namespace QwenEval.Backends.Worker;

/// <summary>
/// The worker side: reads its start message, loads that one model and answers requests until stdin closes. Running
/// each model in its own process makes its peak memory measurable and keeps a crash or OOM from ending the run.
/// </summary>
public static class WorkerHost
{
    public static int Serve(TextReader input, TextWriter output, IReadOnlyList<IBackendKind> kinds, CancellationToken ct)
    {
        var startLine = input.ReadLine();
        if (startLine is null) return ExitCodes.Ok;
        var clock = Stopwatch.StartNew();
        IModelBackend backend;
        try
        {
            var start = JsonSerializer.Deserialize<WorkerStart>(startLine, WorkerProtocol.Json)!;
            var kind = kinds.FirstOrDefault(k => k.Name == start.Kind) ?? throw new UserInputException($"unknown model kind \"{start.Kind}\"");
            var settings = (Core.Config.IKindSettings)start.Settings.Deserialize(kind.SettingsType, WorkerProtocol.Json)!;
            backend = kind.Create(new ModelSpec(start.Name, start.Kind, settings, start.Generation));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The model could not load: said once, then the worker ends; the runner reports the model as not run.
            Send(output, new WorkerReady(clock.Elapsed.TotalMilliseconds, PeakMemory.OfThisProcess(), Describe(e), MemoryReading.Worker));
            return ExitCodes.UsageOrInput;
        }
        using (backend)
        {
            var loaded = Memory(backend);
            Send(output, new WorkerReady(clock.Elapsed.TotalMilliseconds, loaded.PeakBytes, null, loaded.Source, loaded.Detail));
            while (input.ReadLine() is { } line)
            {
                var request = JsonSerializer.Deserialize<WorkerRequest>(line, WorkerProtocol.Json)!;
                WorkerReply reply;
                try
                {
                    var g = backend.Generate(new GenerationRequest(request.Messages, request.Seed, request.MaxNewTokens) { Tools = request.Tools }, ct);
                    var memory = Memory(backend);
                    reply = new WorkerReply(g.Text, g.Finish, g.PromptTokens, g.GeneratedTokens, g.TimeToFirstTokenMs, g.TotalMs,
                        memory.PeakBytes, null, g.ThinkingTokens, memory.Source, memory.Detail, g.ToolTurn, g.CachedPromptTokens);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    var memory = Memory(backend);
                    reply = new WorkerReply(null, FinishReason.Stop, 0, 0, 0, 0, memory.PeakBytes, Describe(e), 0, memory.Source, memory.Detail);
                }
                Send(output, reply);
            }
        }
        return ExitCodes.Ok;
    }

    /// <summary>The model's memory: this process's, unless the model runs elsewhere (a server) and the backend measures that.</summary>
    private static MemoryReading Memory(IModelBackend backend) => backend is IMeasuresMemory m ? m.Memory : MemoryReading.OfThisProcess();

    private static string Describe(Exception e) =>
        e is UserInputException or EnvironmentProblemException or GenerationFailedException ? e.Message : $"{e.GetType().Name}: {e.Message}";

    private static void Send<T>(TextWriter output, T message)
    {
        output.WriteLine(JsonSerializer.Serialize(message, WorkerProtocol.Json));
        output.Flush();
    }
}
