using QwenEval.Core;

namespace QwenEval.Harness.Scheduling;

/// <summary>A shell script the scheduler or the user runs: written atomically and executable.</summary>
public static class ScriptFile
{
    public static void Write(string path, string text)
    {
        AtomicFile.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }
}
