using System.Runtime.InteropServices;

namespace QwenEval.Core;

/// <summary>
/// Finds FIFOs, devices and sockets before anything reads them: reading a FIFO blocks forever, and .NET reports
/// such files as ordinary (FileAttributes.Normal). The type comes from stat(2) through the runtime's own
/// System.Native shim, whose FileStatus layout is the same on every platform .NET runs on.
/// </summary>
public static partial class SpecialFiles
{
    /// <summary>"a FIFO", "a character device" … for a path that is not a regular file or folder (links followed); null otherwise.</summary>
    public static string? Describe(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        FileStatus status;
        try
        {
            if (Stat(path, out status) != 0) return null; // gone or unreadable: the reader that follows says so
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return (status.Mode & 0xF000) switch
        {
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x8000 or 0x4000 or 0xA000 => null,
            _ => "not a regular file",
        };
    }

    // System.Native's FileStatus: Flags, Mode, … (Mode's file-type bits normalised to the S_IF* values below).
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct FileStatus
    {
        [FieldOffset(4)] public int Mode;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);
}
