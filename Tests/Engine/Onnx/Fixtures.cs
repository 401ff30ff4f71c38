using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>
/// The GenAI test model folders live outside the repository, at ../shared/fixtures/ort-genai-test-models relative
/// to the repository root (the folder holding QwenEval.sln). Tests that need them are ignored when absent.
/// </summary>
internal static class Fixtures
{
    /// <summary>The fixture folder's full path, or Assert.Ignore naming where it was looked for.</summary>
    public static string Model(string name)
    {
        var path = TestPaths.RequireShared($"fixtures/ort-genai-test-models/{name}");
        if (!File.Exists(Path.Combine(path, "genai_config.json")))
            Assert.Fail($"fixture {name} at {path} has no genai_config.json.");
        return path;
    }

    /// <summary>A writable copy of a fixture folder (fixtures are read-only), for tests that break it on purpose.</summary>
    public static string CopyToTemp(string name)
    {
        var source = Model(name);
        var root = Path.Combine(Path.GetTempPath(), "qweneval-engine-" + Guid.NewGuid().ToString("N"));
        lock (TempCopies) TempCopies.Add(root);
        var target = Path.Combine(root, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            var dest = Path.Combine(target, Path.GetFileName(file));
            File.Copy(file, dest);
            File.SetAttributes(dest, FileAttributes.Normal);
        }
        return target;
    }

    private static readonly List<string> TempCopies = [];

    public static void DeleteTempCopies()
    {
        lock (TempCopies)
        {
            foreach (var dir in TempCopies)
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            TempCopies.Clear();
        }
    }

    public const string Gpt2 = "tiny-random-gpt2-fp32";
    public const string Qwen35Cuda = "tiny-qwen35-cuda";
    public const string Lfm2 = "tiny-random-lfm2-fp32";
    public const string Qwen35 = "qwen3-5";
}
