using System.Diagnostics;
using System.Text;

namespace QwenEval.Harness.Execution;

/// <summary>
/// Starts a process with a scrubbed environment, feeds stdin, caps captured output and kills the whole process
/// tree when the timeout fires. Shared by every sandbox kind: they differ only in the argv they build.
/// </summary>
public static class ProcessRunner
{
    public static ProcessOutcome Run(string fileName, IReadOnlyList<string> args, SandboxCommand command,
        IReadOnlyDictionary<string, string> environment, CancellationToken cancellation)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = command.WorkDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Clear();
        foreach (var (k, v) in environment) psi.Environment[k] = v;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = new CappedBuffer(command.OutputCapBytes);
        var stderr = new CappedBuffer(command.OutputCapBytes);
        var readOut = PumpAsync(process.StandardOutput.BaseStream, stdout);
        var readErr = PumpAsync(process.StandardError.BaseStream, stderr);
        try
        {
            process.StandardInput.Write(command.StandardInput);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program may exit before reading its input; its outcome says what happened.
        }

        var timedOut = false;
        using (cancellation.Register(() => Kill(process)))
        {
            if (!process.WaitForExit(command.Timeout))
            {
                timedOut = true;
                Kill(process);
            }
            process.WaitForExit();
        }
        // Output pipes close when the last holder exits; a stray holder cannot keep us waiting forever.
        Task.WaitAll([readOut, readErr], TimeSpan.FromSeconds(5));
        clock.Stop();
        return new ProcessOutcome(timedOut ? null : process.ExitCode, stdout.Text, stderr.Text, timedOut,
            stdout.Truncated || stderr.Truncated, clock.Elapsed);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static async Task PumpAsync(Stream stream, CappedBuffer sink)
    {
        var buffer = new byte[16384];
        int n;
        while ((n = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0) sink.Append(buffer.AsSpan(0, n));
    }

    /// <summary>Keeps the head and the tail of a stream up to a cap: a flood cannot exhaust memory, and the last lines survive.</summary>
    private sealed class CappedBuffer(int cap)
    {
        private readonly MemoryStream _head = new();
        private readonly Queue<byte> _tail = new();
        private readonly int _tailCap = Math.Max(1024, cap / 4);

        public bool Truncated { get; private set; }

        public void Append(ReadOnlySpan<byte> data)
        {
            lock (_head)
            {
                var room = (int)Math.Max(0, cap - _tailCap - _head.Length);
                var take = Math.Min(room, data.Length);
                _head.Write(data[..take]);
                foreach (var b in data[take..])
                {
                    if (_tail.Count == _tailCap) { _tail.Dequeue(); Truncated = true; }
                    _tail.Enqueue(b);
                }
            }
        }

        public string Text
        {
            get
            {
                lock (_head)
                {
                    var head = Encoding.UTF8.GetString(_head.ToArray());
                    if (_tail.Count == 0) return head;
                    var tail = Encoding.UTF8.GetString(_tail.ToArray());
                    return Truncated ? head + "\n[… output truncated …]\n" + tail : head + tail;
                }
            }
        }
    }
}
