using System.Runtime.InteropServices;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>
/// SIGINT and SIGTERM cancel the running verb instead of killing the process: records in flight are finished,
/// workers and sandboxes are stopped, and the process exits 130 or 143. A second signal ends it at once.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignals()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The first stop signal received, if any.</summary>
    public PosixSignal? Received { get; private set; }

    public static int ExitCode(PosixSignal signal) => signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;

    private void Handle(PosixSignalContext context)
    {
        if (Received is not null) return; // the second signal: the default action, which ends the process
        Received = context.Signal;
        context.Cancel = true;
        Console.Error.WriteLine($"{context.Signal}: finishing the records in flight and stopping workers (send it again to stop at once)");
        _cancel.Cancel();
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _cancel.Dispose();
    }
}
