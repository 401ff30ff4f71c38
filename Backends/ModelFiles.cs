using System.Security.Cryptography;

namespace QwenEval.Backends;

/// <summary>The files that make up a model on disk: their size (the disk footprint) and hashes (provenance and identity).</summary>
public sealed record ModelFiles(long DiskBytes, IReadOnlyDictionary<string, string> Sha256ByRelativePath)
{
    public static readonly ModelFiles None = new(0, new Dictionary<string, string>());

    public static ModelFiles Of(string? folder)
    {
        if (folder is null) return None;
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        long bytes = 0;
        foreach (var f in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var info = new FileInfo(f);
            // A FIFO or device would block the hash forever: name it instead.
            if (Core.SpecialFiles.Describe(f) is { } what)
                throw new Core.UserInputException($"{f}: is {what}, not a regular file. Remove it from the model folder.");
            bytes += info.Length;
            using var stream = File.OpenRead(f);
            hashes[Path.GetRelativePath(folder, f).Replace('\\', '/')] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        return new ModelFiles(bytes, hashes);
    }
}
