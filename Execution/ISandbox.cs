namespace QwenEval.Execution;

/// <summary>Runs one untrusted program in isolation. Its description is recorded in the run, so reports say what isolation was used.</summary>
public interface ISandbox
{
    SandboxDescription Description { get; }

    ProcessOutcome Run(SandboxCommand command, CancellationToken cancellation);
}

/// <summary>What a sandbox is and does: everything the executor and the reports need to know of it.</summary>
/// <param name="Kind">"bubblewrap", "sandbox-exec", "none"</param>
/// <param name="PythonPath">the Python interpreter's path as seen inside the sandbox</param>
/// <param name="Limits">the limits it asks the driver to apply, and enforces itself where it can</param>
/// <param name="Isolation">what isolation and which limits are in force, one human-readable line each (recorded in the run folder)</param>
/// <param name="RequiresProtectedDriver">the driver must prove it made its nonce unreachable (else the sample is a sandbox_error)</param>
/// <param name="UsesHostWorkDirectory">the program sees a fresh host work folder holding driver.py; false (bubblewrap): the driver's source travels inline and no host folder is made</param>
/// <param name="PerSampleProcessLimit">RLIMIT_NPROC counts this sample's processes only (a user namespace of its own); elsewhere it would count every process of the user and is not set</param>
public sealed record SandboxDescription(
    string Kind,
    string PythonPath,
    SandboxLimits Limits,
    IReadOnlyList<string> Isolation,
    bool RequiresProtectedDriver,
    bool UsesHostWorkDirectory,
    bool PerSampleProcessLimit)
{
    /// <summary>The argv that starts the driver, as seen inside the sandbox.</summary>
    public IReadOnlyList<string> DriverCommand(string workDirectory) =>
        UsesHostWorkDirectory ? HostDriver.Command(PythonPath, workDirectory) : [PythonPath, "-I", "-S", "-B", "-c", TestExecutor.DriverSource];

    /// <summary>
    /// Which rlimits the driver sets on the runner before the answer is imported (soft = hard, so the answer cannot
    /// raise them), for a run with the given wall-clock timeout. Names are Python's resource.RLIMIT_* names.
    /// </summary>
    public IReadOnlyDictionary<string, long> RlimitsFor(TimeSpan timeout) =>
        PerSampleProcessLimit ? Limits.AllRlimits(timeout) : Limits.AllRlimits(timeout).Where(p => p.Key != "RLIMIT_NPROC").ToDictionary();
}

/// <summary>A program to run: argv inside the sandbox, a fresh host work folder, stdin text and limits.</summary>
public sealed record SandboxCommand(
    IReadOnlyList<string> Arguments,
    string WorkDirectory,
    string StandardInput,
    TimeSpan Timeout,
    int OutputCapBytes,
    long OutputKillBytes = SandboxLimits.DefaultOutputKillBytes);

/// <summary>
/// What a process did: exit code (null when killed), captured output (head and tail kept up to a cap), whether the
/// timeout fired, whether it was killed for flooding its output, and whether the kernel's OOM killer struck inside
/// the sandbox's cgroup (known only where cgroups are used).
/// </summary>
public sealed record ProcessOutcome(int? ExitCode, string StandardOutput, string StandardError, bool TimedOut, bool OutputTruncated, TimeSpan Elapsed)
{
    public bool OutputLimitExceeded { get; init; }

    public bool OomKilled { get; init; }
}

/// <summary>The same limits everywhere; a sandbox applies what its platform allows and says which (Isolation).</summary>
public sealed record SandboxLimits(
    long AddressSpaceBytes,
    long MemoryBytes,
    int Processes,
    long FileSizeBytes,
    int OpenFiles,
    long TmpfsBytes,
    long OutputKillBytes)
{
    public const long DefaultOutputKillBytes = 16L << 20;

    public static readonly SandboxLimits Default = new(
        AddressSpaceBytes: 2L << 30,
        MemoryBytes: 2L << 30,
        Processes: 64,
        FileSizeBytes: 64L << 20,
        OpenFiles: 256,
        TmpfsBytes: 64L << 20,
        OutputKillBytes: DefaultOutputKillBytes);

    /// <summary>CPU seconds per process: the wall-clock limit rounded up, plus one.</summary>
    public static long CpuSecondsFor(TimeSpan timeout) => (long)Math.Ceiling(timeout.TotalSeconds) + 1;

    /// <summary>Every rlimit the driver knows, for platforms where all of them behave (Linux in a user namespace).</summary>
    public IReadOnlyDictionary<string, long> AllRlimits(TimeSpan timeout) => new Dictionary<string, long>
    {
        ["RLIMIT_AS"] = AddressSpaceBytes,
        ["RLIMIT_CPU"] = CpuSecondsFor(timeout),
        ["RLIMIT_NPROC"] = Processes,
        ["RLIMIT_FSIZE"] = FileSizeBytes,
        ["RLIMIT_NOFILE"] = OpenFiles,
        ["RLIMIT_CORE"] = 0,
    };

    public static string Mib(long bytes) =>
        bytes % (1L << 30) == 0 ? $"{bytes >> 30} GiB" : bytes % (1L << 20) == 0 ? $"{bytes >> 20} MiB" : $"{bytes >> 10} KiB";
}
