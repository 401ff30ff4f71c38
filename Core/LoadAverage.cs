using System.Globalization;
using System.Runtime.InteropServices;

namespace QwenEval.Core;

/// <summary>
/// The machine's one-minute load average: how many runnable processes competed for its cores. Decode speed depends
/// on it, so a run records it while it generates.
/// </summary>
public static partial class LoadAverage
{
    /// <summary>The one-minute load average, or null where this OS does not tell.</summary>
    public static double? OneMinute()
    {
        if (OperatingSystem.IsLinux()) return FromProcFile("/proc/loadavg");
        if (OperatingSystem.IsMacOS())
        {
            var loads = new double[3];
            return GetLoadAverage(loads, 3) >= 1 ? loads[0] : null;
        }
        return null;
    }

    /// <summary>The first field of a /proc/loadavg file ("0.52 0.58 0.59 1/467 12345").</summary>
    public static double? FromProcFile(string path)
    {
        try
        {
            var first = File.ReadAllText(path).Split(' ', 2)[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.dylib", EntryPoint = "getloadavg")]
    private static partial int GetLoadAverage([Out] double[] loads, int count);
}

/// <summary>The machine's load while one model generated in one session (run.json's "generation_load").</summary>
/// <param name="Samples">how many readings the mean and maximum are over</param>
public sealed record GenerationLoad(string Model, string StartedUtc, double Mean, double Max, int Samples, int Cores);
