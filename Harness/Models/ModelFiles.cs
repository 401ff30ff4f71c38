using System.Security.Cryptography;
using QwenEval.Harness.Config;

namespace QwenEval.Harness.Models;

/// <summary>The files that make up a model on disk: their size (the disk footprint) and hashes (provenance).</summary>
public sealed record ModelFiles(long DiskBytes, IReadOnlyDictionary<string, string> Sha256ByRelativePath)
{
    public static readonly ModelFiles None = new(0, new Dictionary<string, string>());

    public static ModelFiles Of(ModelConfig model)
    {
        if (model.Path is null) return None;
        var files = Directory.GetFiles(model.Path, "*", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        long bytes = 0;
        foreach (var f in files)
        {
            bytes += new FileInfo(f).Length;
            using var stream = File.OpenRead(f);
            hashes[Path.GetRelativePath(model.Path, f).Replace('\\', '/')] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        return new ModelFiles(bytes, hashes);
    }
}
