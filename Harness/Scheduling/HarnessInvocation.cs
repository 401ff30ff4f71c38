namespace QwenEval.Harness.Scheduling;

/// <summary>How a scheduled job calls this very build of the harness: the apphost, or the dotnet host and qweneval.dll, by absolute path.</summary>
public static class HarnessInvocation
{
    public static IReadOnlyList<string> Current()
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "qweneval") return [process];
        var dll = typeof(HarnessInvocation).Assembly.Location;
        // In-process callers (tests, `dotnet qweneval.dll`) run under the dotnet host: the job uses the same one.
        var host = process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? process
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        return [host, dll];
    }
}
