using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace QwenEval.Core;

/// <summary>
/// An exclusive flock(2) on a lock file, holding the owner's pid as its text. The kernel drops the lock when the
/// process dies, however it dies, so a crashed run never leaves a folder locked. flock is called directly (not
/// through FileShare.None, which .NET can be told to skip) and the descriptor is close-on-exec, so workers and
/// sandboxes never inherit it. The pid is read without taking a lock, so a refused process can say who holds it.
/// </summary>
public sealed partial class FileLock : IDisposable
{
    private readonly SafeFileHandle _handle;

    private FileLock(SafeFileHandle handle, string path)
    {
        _handle = handle;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Takes the lock, or returns null and the holder's pid (null when unknown) if another process has it.</summary>
    public static FileLock? TryAcquire(string path, out int? holder)
    {
        holder = null;
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return new FileLock(File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
            }
            catch (IOException)
            {
                return null;
            }
        }
        EnsureExists(path);
        var fd = Open(path, ReadWrite | CloseOnExec, 0);
        if (fd < 0) throw new IOException($"{path}: cannot open the lock file ({Marshal.GetLastPInvokeErrorMessage()})");
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (Flock(fd, LockExclusive | LockNonBlocking) != 0)
        {
            handle.Dispose();
            holder = ReadHolder(path);
            return null;
        }
        var pid = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        RandomAccess.SetLength(handle, 0);
        RandomAccess.Write(handle, pid, 0);
        return new FileLock(handle, path);
    }

    /// <summary>The pid written by the holder, read with a plain open(2) that takes no lock.</summary>
    public static int? ReadHolder(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        var fd = Open(path, 0, 0);
        if (fd < 0) return null;
        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        var buffer = new byte[32];
        var n = RandomAccess.Read(handle, buffer, 0);
        return int.TryParse(Encoding.ASCII.GetString(buffer, 0, n).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    public void Dispose() => _handle.Dispose();

    /// <summary>Created through .NET (open(2) with O_CREAT takes a variadic mode, which P/Invoke cannot pass on every ABI).</summary>
    private static void EnsureExists(string path)
    {
        if (File.Exists(path)) return;
        try
        {
            using (new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
            }
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created and locked it in between: it exists, which is all this needed.
        }
    }

    private const int ReadWrite = 2;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private static int CloseOnExec => OperatingSystem.IsMacOS() ? 0x1000000 : 0x80000;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);
}
