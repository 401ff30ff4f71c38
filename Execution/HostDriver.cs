namespace QwenEval.Execution;

/// <summary>
/// What the sandboxes that run the driver straight from the host's work folder share (sandbox-exec, none):
/// the driver's command line, and rlimits without a process count, which without a pid namespace would count
/// every process of this user rather than the sample's.
/// </summary>
internal static class HostDriver
{
    public static IReadOnlyList<string> Command(string python, string workDirectory) =>
        [python, "-I", "-S", "-B", Path.Combine(workDirectory, "driver.py")];

    public static IReadOnlyDictionary<string, long> Rlimits(SandboxLimits limits, TimeSpan timeout) =>
        limits.AllRlimits(timeout).Where(p => p.Key != "RLIMIT_NPROC").ToDictionary();
}
