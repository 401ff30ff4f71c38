using System.Diagnostics;

namespace QwenEval.Tests.Support;

/// <summary>Starts the real qweneval program as its own process, for tests that must kill it.</summary>
public static class QwenevalProcess
{
    public static Process Start(params string[] args)
    {
        var dll = typeof(QwenEval.Harness.Cli.CliApp).Assembly.Location;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }
}
