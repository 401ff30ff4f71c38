using System.Text;
using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Runs;

/// <summary>
/// Append-only JSON-lines files. Each record is one write of one complete line, flushed to disk, so a killed run
/// leaves at most one torn last line, which reading drops (and the next append cuts off).
/// </summary>
public static class JsonLines
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static List<T> Read<T>(string path)
    {
        var list = new List<T>();
        if (!File.Exists(path)) return list;
        foreach (var line in CompleteLines(path))
        {
            try
            {
                list.Add(JsonSerializer.Deserialize<T>(line, Options)!);
            }
            catch (JsonException)
            {
                // A complete but unparsable line cannot come from us; stop rather than guess.
                throw new UserInputException($"{path}: a line is not a valid record: {Truncate(line)}. The run folder was edited by hand; restore it or start a fresh run with --new.");
            }
        }
        return list;
    }

    /// <summary>Writes a whole JSON-lines file at once, atomically (a merged run folder, never appended to).</summary>
    public static void WriteAll<T>(string path, IEnumerable<T> records) =>
        AtomicFile.WriteAllText(path, string.Concat(records.Select(r => JsonSerializer.Serialize(r, Options) + "\n")));

    /// <summary>Lines that end in '\n'; a final line without one was torn by a kill and is ignored.</summary>
    private static IEnumerable<string> CompleteLines(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var end = text.LastIndexOf('\n');
        return end < 0 ? [] : text[..end].Split('\n').Where(l => l.Length > 0);
    }

    /// <summary>Cuts a torn last line off so appends start on a fresh line.</summary>
    public static void Repair(string path)
    {
        if (!File.Exists(path)) return;
        using var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var length = fs.Length;
        if (length == 0) return;
        var pos = length - 1;
        var one = new byte[1];
        while (pos >= 0)
        {
            fs.Position = pos;
            fs.ReadExactly(one);
            if (one[0] == (byte)'\n') break;
            pos--;
        }
        if (pos + 1 != length) fs.SetLength(pos + 1);
    }

    private static string Truncate(string s) => s.Length > 120 ? s[..120] + "…" : s;
}

/// <summary>An open, append-only JSON-lines file; safe to call from several threads.</summary>
public sealed class JsonLinesWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly Lock _gate = new();

    public JsonLinesWriter(string path)
    {
        JsonLines.Repair(path);
        _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public void Append<T>(T record)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, JsonLines.Options) + "\n");
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush(flushToDisk: true);
        }
    }

    public void Dispose() => _stream.Dispose();
}
