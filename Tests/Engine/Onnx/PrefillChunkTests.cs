using NUnit.Framework;
using QwenEval.Engine.Onnx;
using QwenEval.Engine.Onnx.Search;

namespace QwenEval.Tests.Engine.Onnx;

/// <summary>A prompt run in chunks (GenAI's search.chunk_size) must continue exactly like the prompt run whole.</summary>
public sealed class PrefillChunkTests
{
    [TestCase(Fixtures.Gpt2)]
    [TestCase(Fixtures.Qwen35Cuda)]
    [TestCase(Fixtures.Lfm2)]
    [TestCase(Fixtures.Qwen35)]
    public void ChunkedPromptGivesTheSameTokens(string fixture)
    {
        using var model = OnnxModel.Load(Fixtures.Model(fixture), new EngineOptions { IntraOpThreads = 1, Warnings = TextWriter.Null });
        int[][] prompt = [[5, 17, 3, 44, 9, 21, 8, 30, 11, 2 + 40, 7]];
        // Sampling with flat-ish logits makes any numeric difference visible in the draws.
        var search = new SearchOptions { MaxLength = 24, DoSample = true, TopK = 0, TopP = 1f, Seed = 3 };
        var whole = new OnnxGenerator(model).Generate(prompt, search);
        var chunked = new OnnxGenerator(model).Generate(prompt, search with { PrefillChunkSize = 4 });
        var greedyWhole = new OnnxGenerator(model).Generate(prompt, new SearchOptions { MaxLength = 24 });
        var greedyChunked = new OnnxGenerator(model).Generate(prompt, new SearchOptions { MaxLength = 24, PrefillChunkSize = 3 });
        Assert.That(chunked.Sequences, Is.EqualTo(whole.Sequences));
        Assert.That(greedyChunked.Sequences, Is.EqualTo(greedyWhole.Sequences));
    }

    [Test]
    public void ChunkSizeIsReadFromTheConfig()
    {
        var dir = Fixtures.CopyToTemp(Fixtures.Qwen35Cuda);
        try
        {
            var file = Path.Combine(dir, "genai_config.json");
            File.WriteAllText(file, File.ReadAllText(file).Replace("\"past_present_share_buffer\": true", "\"past_present_share_buffer\": true, \"chunk_size\": 16"));
            Assert.That(QwenEval.Engine.Onnx.Config.GenAiConfigLoader.Load(dir).Search.ChunkSize, Is.EqualTo(16));
        }
        finally
        {
            Fixtures.DeleteTempCopies();
        }
    }
}
