using System.Runtime.InteropServices;

namespace QwenEval.Core;

/// <summary>
/// This process's peak memory over its lifetime: Linux VmHWM (peak resident set); macOS the lifetime maximum
/// physical footprint (what Activity Monitor's "Memory" shows, unified memory included), via proc_pid_rusage.
/// </summary>
public static partial class PeakMemory
{
    public static long? OfThisProcess()
    {
        if (OperatingSystem.IsLinux()) return LinuxHighWaterMark("/proc/self/status");
        if (OperatingSystem.IsMacOS()) return MacLifetimeMaxFootprint();
        return null;
    }

    /// <summary>VmHWM from a /proc/&lt;pid&gt;/status file, in bytes.</summary>
    public static long? LinuxHighWaterMark(string statusFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        return null;
    }

    private const int RusageInfoV4 = 4;

    // rusage_info_v4 from <sys/resource.h>: ri_lifetime_max_phys_footprint is the 30th 64-bit field after the 16-byte uuid.
    private const int LifetimeMaxPhysFootprintOffset = 16 + 8 * 29;

    private static long? MacLifetimeMaxFootprint()
    {
        var buffer = new byte[512];
        unsafe
        {
            fixed (byte* p = buffer)
            {
                if (ProcPidRusage(Environment.ProcessId, RusageInfoV4, p) != 0) return null;
            }
        }
        return BitConverter.ToInt64(buffer, LifetimeMaxPhysFootprintOffset);
    }

    [LibraryImport("libproc", EntryPoint = "proc_pid_rusage")]
    private static unsafe partial int ProcPidRusage(int pid, int flavor, byte* buffer);
}
