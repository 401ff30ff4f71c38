using System.Runtime.InteropServices;

namespace QwenEval.Core;

/// <summary>What a path is, without following a final symlink and without opening it (opening a FIFO would block).</summary>
public enum FileKind { Missing, Regular, Directory, Symlink, Other }

/// <summary>
/// lstat for .NET, which reports FIFOs, sockets and devices as ordinary files. Linux: statx (its struct has the
/// same layout on every architecture); elsewhere: .NET's own view, where a special file reads as Regular.
/// </summary>
public static partial class FileTypes
{
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux()) return LinuxKind(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.Symlink;
        if (Directory.Exists(path)) return FileKind.Directory;
        return info.Exists ? FileKind.Regular : Path.Exists(path) ? FileKind.Other : FileKind.Missing;
    }

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;

    private static FileKind LinuxKind(string path)
    {
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0) return FileKind.Missing;
        var mode = BitConverter.ToUInt16(buffer, 0x1C) & 0xF000; // stx_mode's S_IFMT bits
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Symlink,
            _ => FileKind.Other,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
