using QwenEval.Engine.Footprint;

namespace QwenEval.Engine.Doctor;

/// <summary>
/// Whether an .onnx file is whole: it parses to the end, every inline initializer holds the bytes its shape needs,
/// and every external one points into a data file that exists and is long enough (a cut-off .onnx.data download is
/// the classic failure that otherwise surfaces hours later or as garbage output).
/// </summary>
public static class OnnxFileCheck
{
    /// <summary>Problems with the initializers' storage, each naming the file and the tensor; empty when complete.</summary>
    public static IReadOnlyList<string> StorageProblems(OnnxMetadata model)
    {
        var problems = new List<string>();
        var folder = Path.GetDirectoryName(model.Path)!;
        var lengths = new Dictionary<string, long?>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        // Per data file: how many initializers run past its end, the first of them, and the furthest byte needed.
        var cutShort = new Dictionary<string, (int Count, string First, long End)>(StringComparer.Ordinal);
        foreach (var init in model.Initializers)
        {
            if (init.External is { } ext)
            {
                var dataPath = Path.GetFullPath(Path.Combine(folder, ext.Location));
                if (!lengths.TryGetValue(dataPath, out var length))
                    lengths[dataPath] = length = File.Exists(dataPath) ? new FileInfo(dataPath).Length : null;
                if (length is null)
                {
                    if (!missing.Add(dataPath)) continue;
                    problems.Add($"{dataPath}: not found; {model.Path} keeps initializer \"{init.Name}\" (and maybe others) there. " +
                        $"Copy {ext.Location} into the folder beside {Path.GetFileName(model.Path)}.");
                    continue;
                }
                var need = ext.Length ?? init.Bytes;
                if (ext.Length is { } declared && OnnxTypes.Bits(init.DataType) > 0 && declared != init.Bytes)
                    problems.Add($"{model.Path}: initializer \"{init.Name}\" declares {declared:N0} bytes in {ext.Location} but its shape " +
                        $"[{string.Join(", ", init.Dims)}] of {OnnxTypes.Name(init.DataType)} needs {init.Bytes:N0}. Export the model again.");
                else if (ext.Offset + need > length)
                    cutShort[dataPath] = cutShort.TryGetValue(dataPath, out var s)
                        ? (s.Count + 1, s.First, Math.Max(s.End, ext.Offset + need))
                        : (1, init.Name, ext.Offset + need);
            }
            else if (init.InlineBytes is { } inline && OnnxTypes.Bits(init.DataType) > 0 && inline != init.Bytes)
                problems.Add($"{model.Path}: initializer \"{init.Name}\" holds {inline:N0} bytes but its shape [{string.Join(", ", init.Dims)}] of " +
                    $"{OnnxTypes.Name(init.DataType)} needs {init.Bytes:N0}. Export the model again.");
        }
        foreach (var (dataPath, s) in cutShort)
            problems.Add($"{dataPath}: truncated: it has {lengths[dataPath]:N0} bytes but {model.Path}'s initializers need {s.End:N0}; " +
                $"{s.Count} of them lie past the end, the first being initializer \"{s.First}\". Download or copy the file again (it was cut short).");
        return problems;
    }
}
