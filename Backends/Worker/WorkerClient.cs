using System.Diagnostics;
using System.Text.Json;
using QwenEval.Core;
using QwenEval.Core.Generation;

namespace QwenEval.Backends.Worker;

/// <summary>Raised when the worker process died: the samples it owed are marked and the run goes on.</summary>
public sealed class WorkerCrashedException(string message, bool likelyOom) : Exception(message)
{
    public bool LikelyOom { get; } = likelyOom;
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
    private long? _peakRss;

    public WorkerClient(ModelSpec spec)
    {
        var (file, prefix) = SelfCommand();
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var a in prefix.Append("worker")) psi.ArgumentList.Add(a);
        _process = Process.Start(psi) ?? throw new EnvironmentProblemException($"could not start the worker process ({file})");
        Send(new WorkerStart(spec.Name, spec.Kind, JsonSerializer.SerializeToElement(spec.Settings, spec.Settings.GetType(), WorkerProtocol.Json), spec.Generation));
        var ready = Read<WorkerReady>() ?? throw Crashed("while loading the model");
        if (ready.Error is not null)
        {
            _process.WaitForExit(5000);
            throw new ModelLoadFailedException(ready.Error);
        }
        LoadMs = ready.LoadMs;
        _peakRss = ready.PeakRssBytes;
    }

    public double LoadMs { get; }

    public int ProcessId => _process.Id;

    /// <summary>The worker's lifetime peak memory as it last reported it.</summary>
    public long? PeakRssBytes => _peakRss;

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
        _peakRss = Max(_peakRss, reply.PeakRssBytes);
        if (reply.Error is not null) throw new WorkerRequestFailedException(reply.Error);
        return new GenerationResult(reply.Text ?? "", reply.Finish, reply.PromptTokens, reply.GeneratedTokens, reply.TtftMs, reply.TotalMs, reply.ThinkingTokens)
        {
            ToolTurn = reply.ToolTurn,
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
        return line is null ? default : JsonSerializer.Deserialize<T>(line, WorkerProtocol.Json);
    }

    private WorkerCrashedException Crashed(string when)
    {
        _process.WaitForExit(5000);
        var code = _process.HasExited ? _process.ExitCode : (int?)null;
        // 137 = 128 + SIGKILL: on Linux that is nearly always the OOM killer.
        var oom = code is 137 or -9;
        return new WorkerCrashedException($"the worker process exited {(code is null ? "" : $"with code {code} ")}{when}", oom);
    }

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    /// <summary>How to start this same program again: the apphost, or `dotnet qweneval.dll` under the dotnet host or a test host.</summary>
    private static (string File, string[] Prefix) SelfCommand()
    {
        // The harness executable sits beside this assembly (in its own folder, or copied into a test output folder).
        var dll = Path.Combine(AppContext.BaseDirectory, "qweneval.dll");
        var self = Environment.ProcessPath ?? "dotnet";
        if (Path.GetFileNameWithoutExtension(self) == "qweneval") return (self, []);
        var dotnet = Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? self
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return (dotnet, [dll]);
    }

    public void Dispose()
    {
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
