using System.Diagnostics;

namespace QwenEval.Core;

/// <summary>Finds running processes by name, for measuring a server the user names rather than numbers.</summary>
public static class ProcessNames
{
    /// <summary>
    /// Processes whose name is <paramref name="name"/> (the executable's name) or, on Linux, whose command line has it
    /// as a whole argument (`python3 -m mlx_lm.server` matches "mlx_lm.server"), that do not descend from another
    /// match: Ollama's server and its runner children share a name, and the server is the one to follow.
    /// </summary>
    public static IReadOnlyList<int> Roots(string name)
    {
        var matches = new HashSet<int>();
        foreach (var p in Process.GetProcesses())
        {
            using (p)
            {
                if (p.Id == Environment.ProcessId) continue;
                if (Matches(p, name)) matches.Add(p.Id);
            }
        }
        var descendants = matches.SelectMany(m => ProcessTreeMemory.Tree(m).Where(d => d != m)).ToHashSet();
        return matches.Where(m => !descendants.Contains(m)).Order().ToList();
    }

    private static bool Matches(Process p, string name)
    {
        try
        {
            if (string.Equals(p.ProcessName, name, StringComparison.Ordinal)) return true;
        }
        catch (InvalidOperationException)
        {
            return false; // exited meanwhile
        }
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            var args = File.ReadAllText($"/proc/{p.Id}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            return args.Length > 0 && (Path.GetFileName(args[0]) == name || args.Skip(1).Contains(name, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
