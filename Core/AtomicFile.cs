namespace QwenEval.Core;

/// <summary>
/// Write, flush to disk, rename: a kill, a crash or a full disk at any point leaves either the old file or the new
/// one, never a torn one.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text) => Write(path, s =>
    {
        using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
        w.Write(text);
    });

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, s => s.Write(copy));
    }

    public static void Write(string path, Action<Stream> write)
    {
        var tmp = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(tmp, path, overwrite: true);
        }
        catch (IOException e)
        {
            TryDelete(tmp);
            // Named by the file meant, not the temporary one; the code (ENOSPC …) is kept so callers can tell a full disk.
            throw new IOException($"{path}: could not be written ({e.Message})", e.HResult);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
