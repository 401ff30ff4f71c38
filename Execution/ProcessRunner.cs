using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace QwenEval.Execution;

/// <summary>
/// Starts a process with a scrubbed environment, feeds stdin, caps captured output, and kills the whole process
/// tree (then waits until it is gone) on timeout, cancellation or an output flood. Shared by every sandbox kind:
/// they differ only in the argv they build. Output is pumped by dedicated threads, not the thread pool, so that
/// under a full Parallel.ForEach a chatty program is never stalled waiting for a pool thread.
/// </summary>
public static class ProcessRunner
{
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(10);

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
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new SandboxStartException($"could not start {fileName}");
        }
        catch (Win32Exception e)
        {
            throw new SandboxStartException($"could not start {fileName}: {e.Message}");
        }
        using (process)
        {
            var stdout = new CappedBuffer(command.OutputCapBytes);
            var stderr = new CappedBuffer(command.OutputCapBytes);
            var total = new OutputBudget(command.OutputKillBytes);
            var readOut = Pump(process.StandardOutput.BaseStream, stdout, total, "stdout");
            var readErr = Pump(process.StandardError.BaseStream, stderr, total, "stderr");
            var input = Encoding.UTF8.GetBytes(command.StandardInput);
            var writeIn = new Thread(() =>
            {
                try
                {
                    process.StandardInput.BaseStream.Write(input);
                    process.StandardInput.Close();
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
                {
                    // The program may exit before reading its input; its outcome says what happened.
                }
            }) { IsBackground = true, Name = "sandbox stdin" };
            writeIn.Start();

            var timedOut = false;
            var killed = false;
            while (!process.WaitForExit(TimeSpan.FromMilliseconds(50)))
            {
                if (clock.Elapsed >= command.Timeout) timedOut = true;
                if (timedOut || total.Exceeded || cancellation.IsCancellationRequested)
                {
                    killed = true;
                    break;
                }
            }
            if (killed) ProcessTree.KillAndWait(process, KillWait);
            process.WaitForExit();
            var elapsed = clock.Elapsed;
            // Output pipes close when the last holder exits; a stray holder cannot keep us waiting forever.
            readOut.Join(TimeSpan.FromSeconds(5));
            readErr.Join(TimeSpan.FromSeconds(5));
            writeIn.Join(TimeSpan.FromSeconds(1));
            return new ProcessOutcome(killed ? null : process.ExitCode, stdout.Text, stderr.Text, timedOut,
                stdout.Truncated || stderr.Truncated, elapsed)
            {
                OutputLimitExceeded = total.Exceeded && !timedOut,
            };
        }
    }

    private static Thread Pump(Stream stream, CappedBuffer sink, OutputBudget total, string name)
    {
        var thread = new Thread(() =>
        {
            var buffer = new byte[65536];
            try
            {
                int n;
                while ((n = stream.Read(buffer)) > 0)
                {
                    sink.Append(buffer.AsSpan(0, n));
                    total.Add(n);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
            }
        }) { IsBackground = true, Name = $"sandbox {name}" };
        thread.Start();
        return thread;
    }

    private sealed class OutputBudget(long limit)
    {
        private long _total;

        public bool Exceeded => Interlocked.Read(ref _total) > limit;

        public void Add(int n) => Interlocked.Add(ref _total, n);
    }

    /// <summary>Keeps the head and the tail of a stream up to a cap: a flood cannot exhaust memory, and the last lines survive.</summary>
    private sealed class CappedBuffer(int cap)
    {
        private readonly Lock _gate = new();
        private readonly MemoryStream _head = new();
        private readonly byte[] _tail = new byte[Math.Max(1024, cap / 4)];
        private long _tailWritten;

        public bool Truncated { get; private set; }

        public void Append(ReadOnlySpan<byte> data)
        {
            lock (_gate)
            {
                var room = (int)Math.Max(0, cap - _tail.Length - _head.Length);
                var take = Math.Min(room, data.Length);
                _head.Write(data[..take]);
                data = data[take..];
                if (data.IsEmpty) return;
                if (data.Length > _tail.Length)
                {
                    // Only the last bytes can survive; skipping the rest keeps every kept byte at its ring position.
                    _tailWritten += data.Length - _tail.Length;
                    data = data[^_tail.Length..];
                }
                foreach (var b in data)
                {
                    _tail[_tailWritten % _tail.Length] = b;
                    _tailWritten++;
                }
                if (_tailWritten > _tail.Length) Truncated = true;
            }
        }

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    var head = Encoding.UTF8.GetString(_head.ToArray());
                    if (_tailWritten == 0) return head;
                    byte[] tail;
                    if (_tailWritten <= _tail.Length) tail = _tail[..(int)_tailWritten];
                    else
                    {
                        var start = (int)(_tailWritten % _tail.Length);
                        tail = [.. _tail[start..], .. _tail[..start]];
                    }
                    var text = Encoding.UTF8.GetString(tail);
                    return Truncated ? head + "\n[… output truncated …]\n" + text : head + text;
                }
            }
        }
    }
}

/// <summary>The sandbox tool itself could not be started (missing binary, bad permissions): a sandbox_error, not the answer's fault.</summary>
public sealed class SandboxStartException(string message) : Exception(message);
