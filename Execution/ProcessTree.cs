using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace QwenEval.Execution;

/// <summary>
/// The processes below a root, read from /proc (Linux), and killing them so that none survives: SIGKILL in a few
/// sweeps (a fork racing the first sweep is caught by the next), then waiting until each is gone. A pid is only
/// signalled while its start time still matches, so a recycled pid is never hit.
/// </summary>
public static partial class ProcessTree
{
    public readonly record struct Member(int Pid, ulong StartTime);

    /// <summary>The root and every descendant that exists now (empty when the root is gone or /proc is absent).</summary>
    public static IReadOnlyList<Member> Of(int root)
    {
        if (!Directory.Exists("/proc")) return [];
        var children = new Dictionary<int, List<Member>>();
        Member? rootMember = null;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (Stat(pid) is not { } s) continue;
            if (pid == root) rootMember = new Member(pid, s.StartTime);
            if (!children.TryGetValue(s.Parent, out var list)) children[s.Parent] = list = [];
            list.Add(new Member(pid, s.StartTime));
        }
        if (rootMember is null) return [];
        var result = new List<Member> { rootMember.Value };
        for (var i = 0; i < result.Count; i++)
            if (children.TryGetValue(result[i].Pid, out var kids)) result.AddRange(kids);
        return result;
    }

    /// <summary>Kills the whole tree below <paramref name="process"/> (itself included) and waits until every member is gone.</summary>
    public static void KillAndWait(Process process, TimeSpan wait)
    {
        if (!OperatingSystem.IsLinux())
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
            process.WaitForExit(wait);
            return;
        }
        var seen = new Dictionary<int, Member>();
        for (var sweep = 0; sweep < 4; sweep++)
        {
            var members = Of(process.Id);
            var fresh = members.Where(m => !seen.ContainsKey(m.Pid)).ToList();
            if (sweep > 0 && fresh.Count == 0) break;
            foreach (var m in members)
            {
                seen[m.Pid] = m;
                Signal(m, 9);
            }
        }
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        process.WaitForExit(wait);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < wait && seen.Values.Any(Alive)) Thread.Sleep(5);
    }

    /// <summary>True while the process exists and has not exited (a zombie has exited: it only waits to be reaped).</summary>
    public static bool Alive(Member m) => Stat(m.Pid) is { } s && s.StartTime == m.StartTime && s.State != 'Z' && s.State != 'X';

    private static void Signal(Member m, int signal)
    {
        if (Stat(m.Pid) is { } s && s.StartTime == m.StartTime) _ = Kill(m.Pid, signal);
    }

    private readonly record struct StatLine(char State, int Parent, ulong StartTime);

    private static StatLine? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so parse after the last ')'.
        var close = text.LastIndexOf(')');
        if (close < 0) return null;
        var fields = text[(close + 2)..].Split(' ');
        if (fields.Length < 20) return null;
        if (!int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ppid)) return null;
        if (!ulong.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var start)) return null;
        return new StatLine(fields[0][0], ppid, start);
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
