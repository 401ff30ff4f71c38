using System.Globalization;

namespace QwenEval.Execution;

/// <summary>
/// Memory and pids limits for a whole sample through cgroup v2, where this process may use them: a cgroup v2
/// hierarchy with the memory and pids controllers delegated to our own cgroup. Detection never fails a run: when
/// cgroups cannot be used, <see cref="Available"/> is false and <see cref="Status"/> says why, and the sandbox falls
/// back to rlimits plus the driver's memory watchdog. Each sample gets its own child cgroup (memory.max,
/// memory.swap.max 0, memory.oom.group 1, pids.max), entered by a trusted /bin/sh before it execs bubblewrap, and
/// killed (cgroup.kill) and removed afterwards.
/// </summary>
public sealed class CgroupV2
{
    private CgroupV2(string? parent, string status)
    {
        Parent = parent;
        Status = status;
    }

    /// <summary>The folder under which per-sample cgroups are made; null when cgroups are not used.</summary>
    public string? Parent { get; }

    public bool Available => Parent is not null;

    /// <summary>One line for the record: what is used, or why not.</summary>
    public string Status { get; }

    private static readonly Lazy<CgroupV2> ForThisProcess = new(() => Detect("/sys/fs/cgroup", "/proc/self/cgroup", Environment.ProcessId));

    public static CgroupV2 Current => ForThisProcess.Value;

    public static CgroupV2 Unavailable(string reason) => new(null, $"cgroup v2: not used ({reason})");

    /// <summary>Finds a usable delegated cgroup v2 subtree, enabling memory and pids for its children if needed.</summary>
    public static CgroupV2 Detect(string mountRoot, string selfCgroupFile, int pid)
    {
        try
        {
            if (!OperatingSystem.IsLinux() && mountRoot == "/sys/fs/cgroup") return Unavailable("not Linux");
            var line = File.Exists(selfCgroupFile)
                ? File.ReadLines(selfCgroupFile).FirstOrDefault(l => l.StartsWith("0::", StringComparison.Ordinal))
                : null;
            if (line is null) return Unavailable($"{selfCgroupFile} names no cgroup v2 membership");
            var mount = new[] { mountRoot, Path.Combine(mountRoot, "unified") }
                .FirstOrDefault(m => File.Exists(Path.Combine(m, "cgroup.controllers")));
            if (mount is null) return Unavailable($"no cgroup v2 hierarchy at {mountRoot}");
            var own = Path.Combine(mount, line[3..].TrimStart('/'));
            var controllers = Words(Path.Combine(own, "cgroup.controllers"));
            var missing = new[] { "memory", "pids" }.Where(c => !controllers.Contains(c)).ToList();
            if (missing.Count > 0)
                return Unavailable($"the {string.Join(" and ", missing)} controller{(missing.Count > 1 ? "s are" : " is")} not delegated to {own}");

            var parent = Path.Combine(own, $"qweneval-{pid}");
            if (!EnableForChildren(own))
            {
                // The no-internal-processes rule: a non-root cgroup with processes cannot enable controllers for its
                // children. Move this process into a leaf of its own, then try again.
                var leaf = Path.Combine(own, $"qweneval-harness-{pid}");
                Directory.CreateDirectory(leaf);
                File.WriteAllText(Path.Combine(leaf, "cgroup.procs"), pid.ToString(CultureInfo.InvariantCulture));
                if (!EnableForChildren(own))
                    return Unavailable($"cannot enable memory and pids for the children of {own}");
            }
            Directory.CreateDirectory(parent);
            if (!EnableForChildren(parent)) return Unavailable($"cannot enable memory and pids in {parent}");
            return new CgroupV2(parent, $"cgroup v2: per-sample cgroups under {parent}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unavailable(e.Message);
        }
    }

    private static bool EnableForChildren(string cgroup)
    {
        var control = Path.Combine(cgroup, "cgroup.subtree_control");
        if (Has(control)) return true;
        try
        {
            File.WriteAllText(control, "+memory +pids");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        return Has(control);

        static bool Has(string file) => Words(file) is var w && w.Contains("memory") && w.Contains("pids");
    }

    private static HashSet<string> Words(string file)
    {
        try
        {
            return File.ReadAllText(file).Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.TrimStart('+')).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The limits one sample's cgroup gets: its memory (plus its tmpfs, which is charged to it) and process count.</summary>
    public static (long MemoryMax, int PidsMax) LimitsFor(SandboxLimits limits) =>
        (limits.MemoryBytes + 2 * limits.TmpfsBytes + (64L << 20), limits.Processes + 16);

    /// <summary>A fresh cgroup for one sample, or null (with the reason) when it cannot be made.</summary>
    public Lease? Create(SandboxLimits limits, out string? problem)
    {
        problem = null;
        if (Parent is null)
        {
            problem = Status;
            return null;
        }
        var dir = Path.Combine(Parent, $"s-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(dir);
            var (memory, pids) = LimitsFor(limits);
            File.WriteAllText(Path.Combine(dir, "memory.max"), memory.ToString(CultureInfo.InvariantCulture));
            File.WriteAllText(Path.Combine(dir, "pids.max"), pids.ToString(CultureInfo.InvariantCulture));
            TryWrite(Path.Combine(dir, "memory.swap.max"), "0");
            TryWrite(Path.Combine(dir, "memory.oom.group"), "1");
            return new Lease(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cgroup {dir}: {e.Message}";
            TryRemove(dir);
            return null;
        }
    }

    private static void TryWrite(string file, string value)
    {
        try
        {
            File.WriteAllText(file, value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void TryRemove(string dir)
    {
        for (var i = 0; i < 50; i++)
        {
            try
            {
                if (!Directory.Exists(dir)) return;
                Directory.Delete(dir);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>One sample's cgroup: the argv prefix that enters it, its OOM record, and kill + removal at dispose.</summary>
    public sealed class Lease(string path) : IDisposable
    {
        public string Path { get; } = path;

        /// <summary>A trusted /bin/sh writes its own pid into cgroup.procs, then execs the sandbox: nothing starts outside.</summary>
        public IReadOnlyList<string> Wrap(string program, IEnumerable<string> args) =>
            ["/bin/sh", "-c", "echo $$ > \"$0/cgroup.procs\" && exec \"$@\"", Path, program, .. args];

        /// <summary>True when the kernel's OOM killer acted inside this cgroup (memory.events oom_kill).</summary>
        public bool OomKilled()
        {
            try
            {
                foreach (var line in File.ReadLines(System.IO.Path.Combine(Path, "memory.events")))
                {
                    var parts = line.Split(' ');
                    if (parts.Length == 2 && parts[0] == "oom_kill" && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var n))
                        return n > 0;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
            return false;
        }

        public void Dispose()
        {
            TryWrite(System.IO.Path.Combine(Path, "cgroup.kill"), "1");
            TryRemove(Path);
        }
    }
}
