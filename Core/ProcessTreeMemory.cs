using System.Globalization;
using System.Runtime.InteropServices;

namespace QwenEval.Core;

/// <summary>
/// The peak memory of another process and its descendants (a model server: Ollama runs each model in a child
/// process), sampled every <see cref="Interval"/> from a background thread until disposed. The figure is the larger of
/// the highest sum over the tree seen by any sample and the largest single process's own lifetime peak (VmHWM on
/// Linux, the lifetime maximum physical footprint on macOS), so a one-process server's peak is exact between samples.
/// </summary>
public sealed partial class ProcessTreeMemory : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly int _root;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Lock _gate = new();
    private long _peakSum;
    private long _peakSingle;
    private int _processes;

    public ProcessTreeMemory(int rootPid)
    {
        _root = rootPid;
        Sample();
        _thread = new Thread(() =>
        {
            while (!_stop.Wait(Interval)) Sample();
        }) { IsBackground = true, Name = $"memory of pid {rootPid}" };
        _thread.Start();
    }

    /// <summary>The peak so far, in bytes; null when the process could not be read at all.</summary>
    public long? PeakBytes
    {
        get
        {
            lock (_gate) return _processes == 0 ? null : Math.Max(_peakSum, _peakSingle);
        }
    }

    /// <summary>How the figure was taken, for measurements.jsonl.</summary>
    public string Describe()
    {
        lock (_gate)
            return $"pid {_root} and its descendants (up to {_processes} processes): {(OperatingSystem.IsMacOS() ? "phys_footprint summed and lifetime max footprint (proc_pid_rusage)" : "VmRSS summed and VmHWM (/proc)")}, sampled every {Interval.TotalMilliseconds:0} ms";
    }

    /// <summary>Samples once more (the final figure) and stops.</summary>
    public void Dispose()
    {
        if (_stop.IsSet) return;
        _stop.Set();
        _thread.Join();
        Sample();
        _stop.Dispose();
    }

    private void Sample()
    {
        long sum = 0, single = 0;
        var count = 0;
        foreach (var pid in Tree(_root))
        {
            if (Read(pid) is not { } m) continue;
            sum += m.Current;
            single = Math.Max(single, m.Peak);
            count++;
        }
        lock (_gate)
        {
            _peakSum = Math.Max(_peakSum, sum);
            _peakSingle = Math.Max(_peakSingle, single);
            _processes = Math.Max(_processes, count);
        }
    }

    /// <summary>The process and every descendant alive now.</summary>
    public static IReadOnlyList<int> Tree(int root)
    {
        var result = new List<int>();
        var pending = new Stack<int>([root]);
        var seen = new HashSet<int>();
        Dictionary<int, List<int>>? byParent = null;
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            if (!seen.Add(pid) || !Alive(pid)) continue;
            result.Add(pid);
            var children = OperatingSystem.IsMacOS() ? ChildrenMac(pid)
                : ChildrenFromProc(pid) ?? (byParent ??= ParentMap()).GetValueOrDefault(pid) ?? [];
            foreach (var c in children) pending.Push(c);
        }
        return result;
    }

    public static bool Alive(int pid) =>
        OperatingSystem.IsLinux() ? Directory.Exists($"/proc/{pid}") : Read(pid) is not null;

    /// <summary>Current and lifetime-peak memory of one process; null if it is gone or unreadable.</summary>
    public static (long Current, long Peak)? Read(int pid)
    {
        if (OperatingSystem.IsLinux()) return ReadLinux(pid);
        if (OperatingSystem.IsMacOS()) return ReadMac(pid);
        return null;
    }

    private static (long Current, long Peak)? ReadLinux(int pid)
    {
        try
        {
            long? rss = null, hwm = null;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kib(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kib(line);
            }
            // A zombie or kernel thread has no memory lines.
            return rss is null ? null : (rss.Value, Math.Max(rss.Value, hwm ?? 0));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Kib(string line) =>
        long.Parse(line[(line.IndexOf(':') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;

    /// <summary>/proc/&lt;pid&gt;/task/*/children (every thread's children); null where the kernel lacks the file.</summary>
    private static List<int>? ChildrenFromProc(int pid)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            var tasks = Directory.GetDirectories($"/proc/{pid}/task");
            var result = new List<int>();
            foreach (var task in tasks)
            {
                var file = Path.Combine(task, "children");
                if (!File.Exists(file)) return null;
                foreach (var part in File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var child)) result.Add(child);
            }
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Every process's children, from the parent ids in /proc/*/stat (kernels without the children files).</summary>
    private static Dictionary<int, List<int>> ParentMap()
    {
        var map = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (ParentOf(pid) is not { } parent) continue;
            if (!map.TryGetValue(parent, out var list)) map[parent] = list = [];
            list.Add(pid);
        }
        return map;
    }

    /// <summary>The parent id from /proc/&lt;pid&gt;/stat (the field after the parenthesised name, which may hold spaces).</summary>
    public static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // rusage_info_v4 (see PeakMemory): ri_phys_footprint is the 8th 64-bit field after the uuid, ri_lifetime_max_phys_footprint the 30th.
    private const int PhysFootprintOffset = 16 + 8 * 7;
    private const int LifetimeMaxOffset = 16 + 8 * 29;

    private static (long Current, long Peak)? ReadMac(int pid)
    {
        var buffer = new byte[512];
        unsafe
        {
            fixed (byte* p = buffer)
            {
                if (ProcPidRusage(pid, 4, p) != 0) return null;
            }
        }
        return (BitConverter.ToInt64(buffer, PhysFootprintOffset), BitConverter.ToInt64(buffer, LifetimeMaxOffset));
    }

    private static List<int> ChildrenMac(int pid)
    {
        var pids = new int[4096];
        int n;
        unsafe
        {
            fixed (int* p = pids)
            {
                n = ProcListChildPids(pid, p, pids.Length * sizeof(int));
            }
        }
        return n <= 0 ? [] : pids.Take(Math.Min(n, pids.Length)).Where(c => c > 0).ToList();
    }

    [LibraryImport("libproc", EntryPoint = "proc_listchildpids")]
    private static unsafe partial int ProcListChildPids(int pid, int* buffer, int bufferSize);

    [LibraryImport("libproc", EntryPoint = "proc_pid_rusage")]
    private static unsafe partial int ProcPidRusage(int pid, int flavor, byte* buffer);
}
