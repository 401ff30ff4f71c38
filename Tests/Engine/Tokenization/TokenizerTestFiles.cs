using System.Collections.Concurrent;
using System.Text.Json;
using NUnit.Framework;
using QwenEval.Engine.Tokenization;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Engine.Tokenization;

/// <summary>Where the tokenizer tests find their data: the committed goldens, and the fixtures in ../shared.</summary>
internal static class TokenizerTestFiles
{
    private static readonly ConcurrentDictionary<string, Lazy<ITextTokenizer>> Loaded = new();

    public static string GoldenPath(string file) => Path.Combine(TestPaths.Root, "Tests", "Goldens", "tokenizer", file);

    /// <summary>The path of a file under ../shared/fixtures, or the test is ignored when the fixtures are not there.</summary>
    public static string SharedFixture(string relativeToFixtures) => TestPaths.RequireShared(Path.Combine("fixtures", relativeToFixtures));

    public const string Qwen3 = "qwen3-tokenizer/tokenizer.json";
    public const string Gpt2 = "ort-genai-test-models/tiny-random-gpt2-fp32/tokenizer.json";

    /// <summary>A fixture tokenizer, loaded once per test run (the Qwen file is 11 MB).</summary>
    public static ITextTokenizer Load(string fixture)
    {
        string path = SharedFixture(fixture);
        return Loaded.GetOrAdd(path, p => new Lazy<ITextTokenizer>(() => TokenizerLoader.FromFile(p))).Value;
    }

    public static List<T> ReadJsonLines<T>(string file)
    {
        var items = new List<T>();
        foreach (string line in File.ReadLines(GoldenPath(file)))
        {
            if (line.Length > 0)
            {
                items.Add(JsonSerializer.Deserialize<T>(line)!);
            }
        }

        return items;
    }

}
