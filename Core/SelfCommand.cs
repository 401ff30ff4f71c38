namespace QwenEval.Core;

/// <summary>How to start this same program again (model workers, benchmark runs): the apphost, or `dotnet qweneval.dll` under the dotnet host or a test host.</summary>
public static class SelfCommand
{
    public static (string File, string[] Prefix) Resolve()
    {
        // The harness executable sits beside every assembly of it (in its own folder, or copied into a test output folder).
        var dll = Path.Combine(AppContext.BaseDirectory, "qweneval.dll");
        var self = Environment.ProcessPath ?? "dotnet";
        if (Path.GetFileNameWithoutExtension(self) == "qweneval") return (self, []);
        var dotnet = Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? self
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return (dotnet, [dll]);
    }
}
