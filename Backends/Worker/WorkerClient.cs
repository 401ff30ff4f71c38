using System.Diagnostics;
using System.Text.Json;
using QwenEval.Core;
using QwenEval.Core.Generation;

namespace QwenEval.Backends.Worker;

/// <summary>
/// Raised when the worker process died. Only a kernel OOM kill (<see cref="OomKillEvidence"/>) is the model's
/// doing; any other death is an infrastructure fault whose samples are left for a rerun.
/// </summary>
public sealed class WorkerCrashedException(string message, bool oomKilled) : Exception(message)
{
    public bool OomKilled { get; } = oomKilled;
}

/// <summary>The worker is alive but could not answer this one request.</summary>
public sealed class WorkerRequestFailedException(string message) : Exception(message);

/// <summary>The worker started but its model did not load: the model is not run, the others are.</summary>
public sealed class ModelLoadFailedException(string message) : Exception(message);

/// <summary>
/// The harness side of a worker: starts `qweneval worker` for one model and forwards generation requests.
/// Implements the backend interface, so the runner does not care whether a model runs here or in a child.
/// </summary>
public sealed class WorkerClient : IModelBackend
{
    private readonly Process _process;
    private readonly OomKillEvidence _oom;
    private readonly CancellationTokenRegistration _onCancel;
    private readonly CancellationToken _cancellation;
    private MemoryReading _memory = new(null, MemoryReading.Worker);

    /// <param name="cancellation">kills the worker when cancelled (SIGINT/SIGTERM), so no read waits on it</param>
    public WorkerClient(ModelSpec spec, CancellationToken cancellation = default)
    {
        _cancellation = cancellation;
        var (file, prefix) = SelfCommand.Resolve();
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var a in prefix.Append("worker")) psi.ArgumentList.Add(a);
        _process = Process.Start(psi) ?? throw new EnvironmentProblemException($"could not start the worker process ({file})");
        _oom = OomKillEvidence.Before(_process.Id);
        _onCancel = cancellation.Register(Kill);
        Send(new WorkerStart(spec.Name, spec.Kind, JsonSerializer.SerializeToElement(spec.Settings, spec.Settings.GetType(), WorkerProtocol.Json), spec.Generation));
        var ready = Read<WorkerReady>() ?? throw Crashed("while loading the model");
        if (ready.Error is not null)
        {
            _process.WaitForExit(5000);
            throw new ModelLoadFailedException(ready.Error);
        }
        LoadMs = ready.LoadMs;
        Observe(ready.PeakRssBytes, ready.MemorySource, ready.MemoryDetail);
    }

    public double LoadMs { get; }

    public int ProcessId => _process.Id;

    /// <summary>The model's peak memory as the worker last reported it: its own, or the server's it measures.</summary>
    public MemoryReading Memory => _memory;

    public GenerationResult Generate(GenerationRequest request, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        try
        {
            Send(new WorkerRequest(request.Messages, request.Seed, request.MaxNewTokens, request.Tools));
        }
        catch (IOException)
        {
            throw Crashed("before a request could be sent");
        }
        var reply = Read<WorkerReply>() ?? throw Crashed("while generating");
        Observe(reply.PeakRssBytes, reply.MemorySource, reply.MemoryDetail);
        if (reply.Error is not null) throw new WorkerRequestFailedException(reply.Error);
        return new GenerationResult(reply.Text ?? "", reply.Finish, reply.PromptTokens, reply.GeneratedTokens, reply.TtftMs, reply.TotalMs, reply.ThinkingTokens)
        {
            ToolTurn = reply.ToolTurn,
            CachedPromptTokens = reply.CachedPromptTokens,
        };
    }

    private void Send<T>(T message)
    {
        _process.StandardInput.WriteLine(JsonSerializer.Serialize(message, WorkerProtocol.Json));
        _process.StandardInput.Flush();
    }

    private T? Read<T>()
    {
        var line = _process.StandardOutput.ReadLine();
        if (line is null) return default;
        try
        {
            return JsonSerializer.Deserialize<T>(line, WorkerProtocol.Json);
        }
        catch (JsonException)
        {
            // Something in the worker wrote to stdout (a native library, say): the protocol is broken, the worker is useless.
            Kill();
            _process.WaitForExit(5000);
            _cancellation.ThrowIfCancellationRequested();
            throw new WorkerCrashedException($"the worker process (pid {_process.Id}) wrote a line outside its protocol: {(line.Length > 120 ? line[..120] + "…" : line)}", false);
        }
    }

    private WorkerCrashedException Crashed(string when)
    {
        _process.WaitForExit(5000);
        _cancellation.ThrowIfCancellationRequested();
        var code = _process.HasExited ? _process.ExitCode : (int?)null;
        // 137 = 128 + SIGKILL: the OOM killer's signal, but also a user's or a CI timeout's; only evidence tells them apart.
        var killed = code is 137 or -9;
        var oom = killed && _oom.Shows(_process.Id);
        var how = code is null ? "stopped answering" : killed ? (oom ? "was killed by the kernel's OOM killer" : "was killed (SIGKILL) from outside") : $"exited with code {code}";
        return new WorkerCrashedException($"the worker process (pid {_process.Id}) {how} {when}", oom);
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    private void Observe(long? peak, string? source, string? detail) =>
        _memory = new MemoryReading(Max(_memory.PeakBytes, peak), source ?? MemoryReading.Worker, detail ?? _memory.Detail);

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    public void Dispose()
    {
        _onCancel.Dispose();
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(10_000)) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        catch (IOException)
        {
        }
        _process.Dispose();
    }
}
