using System.Globalization;
using System.Runtime.InteropServices;

namespace QwenEval.Backends.Worker;

/// <summary>
/// Tells a kernel OOM kill of a worker from any other SIGKILL (a user, a CI timeout, another process), which look
/// the same to the parent. Evidence, where this process may read it: the oom_kill count of the worker's memory
/// cgroup (v2 memory.events, v1 memory.oom_control) rising while the worker ran, or the kernel log (/dev/kmsg)
/// saying "Killed process &lt;pid&gt;". Without evidence a SIGKILL is not called an OOM.
/// </summary>
public sealed partial class OomKillEvidence
{
    private readonly string? _counterFile;
    private readonly long? _before;

    private OomKillEvidence(string? counterFile, long? before)
    {
        _counterFile = counterFile;
        _before = before;
    }

    /// <summary>Notes the worker's cgroup OOM count at its start.</summary>
    public static OomKillEvidence Before(int pid)
    {
        if (!OperatingSystem.IsLinux()) return new OomKillEvidence(null, null);
        var file = CounterFile(pid);
        return new OomKillEvidence(file, file is null ? null : OomKills(file));
    }

    /// <summary>Whether the kernel's OOM killer killed this (now dead) worker.</summary>
    public bool Shows(int pid)
    {
        if (!OperatingSystem.IsLinux()) return false;
        if (_counterFile is not null && _before is { } before && OomKills(_counterFile) is { } after && after > before) return true;
        return KernelLogNamesKill(pid);
    }

    /// <summary>The cgroup file holding oom_kill for the worker's memory cgroup, if readable.</summary>
    private static string? CounterFile(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/cgroup"))
            {
                var parts = line.Split(':', 3);
                if (parts.Length < 3) continue;
                var candidate = parts[0] == "0" && parts[1].Length == 0
                    ? Path.Combine("/sys/fs/cgroup", parts[2].TrimStart('/'), "memory.events")
                    : parts[1].Split(',').Contains("memory") ? Path.Combine("/sys/fs/cgroup/memory", parts[2].TrimStart('/'), "memory.oom_control") : null;
                if (candidate is not null && OomKills(candidate) is not null) return candidate;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return null;
    }

    private static long? OomKills(string file)
    {
        try
        {
            foreach (var line in File.ReadLines(file))
                if (line.StartsWith("oom_kill ", StringComparison.Ordinal) &&
                    long.TryParse(line["oom_kill ".Length..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    return n;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return null;
    }

    /// <summary>Scans the kernel's log buffer for its OOM killer's "Killed process &lt;pid&gt; (…)" line.</summary>
    private static bool KernelLogNamesKill(int pid)
    {
        var fd = Open("/dev/kmsg", NonBlocking, 0);
        if (fd < 0) return false;
        try
        {
            var needle = $"Killed process {pid.ToString(CultureInfo.InvariantCulture)} (";
            var buffer = new byte[8192];
            // Each read returns one record; EAGAIN ends the buffer, EPIPE means a record was overwritten (read on).
            for (var records = 0; records < 100_000; records++)
            {
                var n = Read(fd, buffer, buffer.Length);
                if (n < 0)
                {
                    if (Marshal.GetLastPInvokeError() == 32 /* EPIPE */) continue;
                    return false;
                }
                if (n == 0) return false;
                if (System.Text.Encoding.UTF8.GetString(buffer, 0, (int)n).Contains(needle, StringComparison.Ordinal)) return true;
            }
            return false;
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private const int NonBlocking = 0x800;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
