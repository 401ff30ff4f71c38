using System.CommandLine;
using QwenEval.Backends;
using QwenEval.Backends.Worker;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval worker` (hidden): one model's process, told what to load by its first stdin line.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Internal: serve one model over JSON lines.") { Hidden = true };
        command.SetAction((_, ct) => Task.FromResult(WorkerHost.Serve(Console.In, Console.Out, BackendKinds.All, ct)));
        return command;
    }
}
