using System.Diagnostics;
using System.Text;

namespace QwenEval.Tests.Support;

/// <summary>Starts the real qweneval program as its own process, for tests that must kill it or run two at once.</summary>
public static class QwenevalProcess
{
    public static Process Start(params string[] args) => StartCapturing(args).Process;

    /// <summary>Starts it and keeps everything it writes (stdout and stderr interleaved).</summary>
    public static Captured StartCapturing(params string[] args)
    {
        var dll = typeof(QwenEval.Harness.Cli.CliApp).Assembly.Location;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        var p = Process.Start(psi)!;
        var captured = new Captured(p);
        p.OutputDataReceived += (_, e) => captured.Add(e.Data);
        p.ErrorDataReceived += (_, e) => captured.Add(e.Data);
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return captured;
    }

    /// <summary>A started qweneval and what it has written so far.</summary>
    public sealed class Captured(Process process) : IDisposable
    {
        private readonly StringBuilder _output = new();

        public Process Process { get; } = process;

        public string Output
        {
            get
            {
                lock (_output) return _output.ToString();
            }
        }

        internal void Add(string? line)
        {
            if (line is null) return;
            lock (_output) _output.AppendLine(line);
        }

        /// <summary>The exit code; fails the test if it does not end in time.</summary>
        public int Exit(int seconds = 180)
        {
            if (!Process.WaitForExit(seconds * 1000))
            {
                Process.Kill(entireProcessTree: true);
                NUnit.Framework.Assert.Fail($"qweneval did not finish in {seconds} s:\n{Output}");
            }
            Process.WaitForExit();
            return Process.ExitCode;
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
    }
}
