using QwenEval.Core;
using System.IO.Compression;
using System.Text.Json;

namespace QwenEval.Tasks.Importers;

/// <summary>Reads .jsonl and .jsonl.gz as the public benchmarks publish them, one object per line.</summary>
public static class JsonlSource
{
    public static IEnumerable<(int Line, JsonElement Row)> Read(string path)
    {
        if (!File.Exists(path)) throw new TaskFormatException($"{path}: file not found.");
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream);
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Trim().Length == 0) continue;
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new TaskFormatException($"{path}: line {n} is not valid JSON ({e.Message}).");
            }
            using (doc) yield return (n, doc.RootElement.Clone());
        }
    }

    public static string Field(string path, int line, JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new TaskFormatException($"{path}: line {line}: field '{name}' is missing or not a string. Is this file in the format you named?");
}
