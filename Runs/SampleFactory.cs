using System.Security.Cryptography;
using System.Text;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Prompting;
using QwenEval.Tasks;

namespace QwenEval.Runs;

/// <summary>Turns a generation into the sample record that samples.jsonl keeps, with the draw's seed and the stored answer's cap.</summary>
public static class SampleFactory
{
    /// <summary>The most of an answer samples.jsonl keeps (UTF-8 bytes): a runaway answer is still a sample, not a 100 MB line.</summary>
    public const int MaxAnswerBytes = 1024 * 1024;

    public static SampleRecord Record(EvalConfig config, CodingTask task, SampleKey key, GenerationResult g)
    {
        var (answer, note) = Capped(g.Text);
        return new SampleRecord(key.Model, key.TaskId, key.SampleIndex, SeedFor(config.Decoding.Seed, key), PromptBuilder.Build(task), answer,
            CodeExtractor.Extract(answer, task.Prompt, task.EntryPoint), g.Finish.ToWire(), g.PromptTokens, g.GeneratedTokens, note, g.ThinkingTokens);
    }

    /// <summary>A sample whose worker the kernel's OOM killer killed while it generated: the model's doing, so a verdict.</summary>
    public static SampleRecord OomKilled(EvalConfig config, CodingTask task, SampleKey key) =>
        new(key.Model, key.TaskId, key.SampleIndex, SeedFor(config.Decoding.Seed, key), PromptBuilder.Build(task), "", null, EvalRunner.WorkerOom, 0, 0);

    /// <summary>The answer cut to <see cref="MaxAnswerBytes"/> at a character boundary, and a note saying so (null when whole).</summary>
    public static (string Answer, string? Note) Capped(string answer)
    {
        if (answer.Length <= MaxAnswerBytes / 4 || Encoding.UTF8.GetByteCount(answer) <= MaxAnswerBytes) return (answer, null);
        var bytes = Encoding.UTF8.GetBytes(answer);
        var cut = MaxAnswerBytes;
        while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) cut--;
        return (Encoding.UTF8.GetString(bytes, 0, cut), $"the answer was {bytes.Length} bytes; its first {cut} are stored (cap {MaxAnswerBytes})");
    }

    /// <summary>A per-draw seed from the run seed and the draw's identity: independent of order and parallelism.</summary>
    public static ulong SeedFor(ulong runSeed, SampleKey key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{runSeed}\n{key.Model}\n{key.TaskId}\n{key.SampleIndex}"));
        return BitConverter.ToUInt64(bytes, 0);
    }
}
