namespace QwenEval.Execution;

/// <summary>How the sandboxes that run the driver straight from the host's work folder (sandbox-exec, none) start it.</summary>
internal static class HostDriver
{
    public static IReadOnlyList<string> Command(string python, string workDirectory) =>
        [python, "-I", "-S", "-B", Path.Combine(workDirectory, "driver.py")];
}
