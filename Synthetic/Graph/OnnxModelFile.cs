using System.Globalization;
using Google.Protobuf;
using QwenEval.Engine.Onnx.Proto;

namespace QwenEval.Synthetic.Graph;

/// <summary>
/// Writes a model to disk, optionally moving large initializers into one external data file beside it (the
/// layout ONNX Runtime and the GenAI builder use: "model.onnx" + "model.onnx.data"). Protobuf caps a single
/// file at 2 GiB, so big models need this.
/// </summary>
public static class OnnxModelFile
{
    /// <summary>External data offsets are aligned so ONNX Runtime can memory-map tensors directly.</summary>
    private const int Alignment = 4096;

    /// <param name="externalThresholdBytes">Initializers with at least this many bytes go to the data file; null keeps all inline.</param>
    /// <returns>The files written (the model, then the data file if any).</returns>
    public static IReadOnlyList<string> Save(ModelProto model, string path, long? externalThresholdBytes = null)
    {
        var written = new List<string> { path };
        var dataName = Path.GetFileName(path) + ".data";
        var dataPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, dataName);
        if (File.Exists(dataPath)) File.Delete(dataPath);
        if (externalThresholdBytes is { } threshold)
        {
            var large = model.Graph.Initializer.Where(t => t.RawData.Length >= threshold).ToList();
            if (large.Count > 0)
            {
                using var data = new FileStream(dataPath, FileMode.Create, FileAccess.Write);
                foreach (var tensor in large) MoveToExternal(tensor, data, dataName);
                written.Add(dataPath);
            }
        }
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            model.WriteTo(stream);
        }
        return written;
    }

    private static void MoveToExternal(TensorProto tensor, FileStream data, string location)
    {
        long padding = (Alignment - data.Position % Alignment) % Alignment;
        if (padding > 0) data.Write(new byte[padding]);
        long offset = data.Position;
        tensor.RawData.WriteTo(data);
        tensor.DataLocation = TensorProto.Types.DataLocation.External;
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = location });
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = offset.ToString(CultureInfo.InvariantCulture) });
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "length", Value = tensor.RawData.Length.ToString(CultureInfo.InvariantCulture) });
        tensor.RawData = ByteString.Empty;
    }
}
