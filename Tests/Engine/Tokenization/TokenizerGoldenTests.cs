using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NUnit.Framework;
using QwenEval.Engine.Tokenization;

namespace QwenEval.Tests.Engine.Tokenization;

/// <summary>
/// Ids and decoded text against the Hugging Face reference (Tests/Goldens/tokenizer, written by make_goldens.js)
/// on the real Qwen3 tokenizer and the GPT-2 tokenizer of ONNX Runtime GenAI's test model. Every line must match.
/// </summary>
public sealed class TokenizerGoldenTests
{
    private static readonly Lazy<List<string>> Corpus = new(() => TokenizerTestFiles.ReadJsonLines<string>("corpus.jsonl"));

    [TestCase("qwen3", TokenizerTestFiles.Qwen3)]
    [TestCase("gpt2", TokenizerTestFiles.Gpt2)]
    public void EncodeMatchesTheReferenceOnEveryCorpusLine(string name, string fixture)
    {
        ITextTokenizer tokenizer = TokenizerTestFiles.Load(fixture);
        List<EncodeGolden> goldens = TokenizerTestFiles.ReadJsonLines<EncodeGolden>($"{name}.encode.jsonl");
        Assert.That(goldens, Has.Count.EqualTo(Corpus.Value.Count), "corpus and goldens are out of step; rerun make_goldens.js");

        var failures = new List<string>();
        for (int i = 0; i < goldens.Count; i++)
        {
            IReadOnlyList<int> ids = tokenizer.Encode(Corpus.Value[i]);
            if (!ids.SequenceEqual(goldens[i].Ids))
            {
                failures.Add($"line {i + 1} {Show(Corpus.Value[i])}: got [{string.Join(",", ids)}], reference [{string.Join(",", goldens[i].Ids)}]");
            }
        }

        Assert.That(failures, Is.Empty, $"{failures.Count} of {goldens.Count} lines differ:\n" + string.Join("\n", failures.Take(15)));
    }

    [TestCase("qwen3", TokenizerTestFiles.Qwen3)]
    [TestCase("gpt2", TokenizerTestFiles.Gpt2)]
    public void DecodeOfTheReferenceIdsMatchesTheReference(string name, string fixture)
    {
        ITextTokenizer tokenizer = TokenizerTestFiles.Load(fixture);
        List<EncodeGolden> goldens = TokenizerTestFiles.ReadJsonLines<EncodeGolden>($"{name}.encode.jsonl");
        var failures = new List<string>();
        for (int i = 0; i < goldens.Count; i++)
        {
            string expected = goldens[i].Decoded ?? Corpus.Value[i];
            string expectedSkip = goldens[i].DecodedSkip ?? expected;
            string decoded = tokenizer.Decode(goldens[i].Ids);
            string decodedSkip = tokenizer.Decode(goldens[i].Ids, skipSpecial: true);
            if (decoded != expected || decodedSkip != expectedSkip)
            {
                failures.Add($"line {i + 1}: got {Show(decoded)} / {Show(decodedSkip)}, reference {Show(expected)} / {Show(expectedSkip)}");
            }
        }

        Assert.That(failures, Is.Empty, $"{failures.Count} of {goldens.Count} lines differ:\n" + string.Join("\n", failures.Take(15)));
    }

    [TestCase("qwen3", TokenizerTestFiles.Qwen3)]
    [TestCase("gpt2", TokenizerTestFiles.Gpt2)]
    public void DecodeOfRandomIdsMatchesTheReference(string name, string fixture)
    {
        // Byte tokens that cut UTF-8 sequences, special tokens, and ids past the vocabulary.
        ITextTokenizer tokenizer = TokenizerTestFiles.Load(fixture);
        List<DecodeGolden> goldens = TokenizerTestFiles.ReadJsonLines<DecodeGolden>($"{name}.decode.jsonl");
        var failures = new List<string>();
        foreach (DecodeGolden g in goldens)
        {
            string decoded = tokenizer.Decode(g.Ids);
            string decodedSkip = tokenizer.Decode(g.Ids, skipSpecial: true);
            if (decoded != g.Text || decodedSkip != g.TextSkip)
            {
                failures.Add($"[{string.Join(",", g.Ids)}]: got {Show(decoded)} / {Show(decodedSkip)}, reference {Show(g.Text)} / {Show(g.TextSkip)}");
            }
        }

        Assert.That(failures, Is.Empty, $"{failures.Count} of {goldens.Count} sequences differ:\n" + string.Join("\n", failures.Take(15)));
    }

    [Test]
    public void Gpt2VariantsMatchTheReference()
    {
        // The GPT-2 fixture with other normalizers (NFKC, NFD, NFKD), every Split behavior, no decoder, and added
        // tokens with lstrip / rstrip / single_word / normalized set (gpt2-variants.json holds the replaced fields).
        string fixture = TokenizerTestFiles.SharedFixture(TokenizerTestFiles.Gpt2);
        JsonObject patches = JsonNode.Parse(File.ReadAllText(TokenizerTestFiles.GoldenPath("gpt2-variants.json")))!.AsObject();
        var tokenizers = new Dictionary<string, ITextTokenizer>();
        foreach ((string name, JsonNode? patch) in patches)
        {
            JsonObject json = JsonNode.Parse(File.ReadAllText(fixture))!.AsObject();
            foreach ((string field, JsonNode? value) in patch!.AsObject())
            {
                json[field] = value?.DeepClone();
            }

            tokenizers[name] = TokenizerLoader.FromJson(json.ToJsonString(), $"{fixture} ({name})");
        }

        List<VariantGolden> goldens = TokenizerTestFiles.ReadJsonLines<VariantGolden>("gpt2-variants.jsonl");
        var failures = new List<string>();
        foreach (VariantGolden g in goldens)
        {
            ITextTokenizer tokenizer = tokenizers[g.Variant];
            IReadOnlyList<int> ids = tokenizer.Encode(g.Text);
            string decoded = tokenizer.Decode(g.Ids);
            string decodedSkip = tokenizer.Decode(g.Ids, skipSpecial: true);
            string expected = g.Decoded ?? g.Text;
            if (!ids.SequenceEqual(g.Ids) || decoded != expected || decodedSkip != (g.DecodedSkip ?? expected))
            {
                failures.Add($"{g.Variant} {Show(g.Text)}: got [{string.Join(",", ids)}] {Show(decoded)} / {Show(decodedSkip)}, " +
                    $"reference [{string.Join(",", g.Ids)}] {Show(expected)} / {Show(g.DecodedSkip ?? expected)}");
            }
        }

        Assert.That(failures, Is.Empty, $"{failures.Count} of {goldens.Count} lines differ:\n" + string.Join("\n", failures.Take(15)));
    }

    [Test]
    public void Qwen3SpecialTokenIdsAreThePublishedOnes()
    {
        ITextTokenizer tokenizer = TokenizerTestFiles.Load(TokenizerTestFiles.Qwen3);
        Assert.Multiple(() =>
        {
            Assert.That(tokenizer.TokenToId("<|endoftext|>"), Is.EqualTo(151643));
            Assert.That(tokenizer.TokenToId("<|im_start|>"), Is.EqualTo(151644));
            Assert.That(tokenizer.TokenToId("<|im_end|>"), Is.EqualTo(151645));
            Assert.That(tokenizer.TokenToId("<think>"), Is.EqualTo(151667));
            Assert.That(tokenizer.TokenToId("</think>"), Is.EqualTo(151668));
            Assert.That(tokenizer.TokenToId("no such token"), Is.Null);
            Assert.That(tokenizer.VocabSize, Is.EqualTo(151669));
            Assert.That(tokenizer.Encode("<|im_start|>user\n"), Is.EqualTo(new[] { 151644, 872, 198 }));
        });
    }

    [Test]
    public void ALoneSurrogateIsEncodedAsTheReplacementCharacter()
    {
        // The reference only receives valid Unicode, where a lone surrogate has become U+FFFD.
        ITextTokenizer tokenizer = TokenizerTestFiles.Load(TokenizerTestFiles.Qwen3);
        Assert.That(tokenizer.Encode("a\uD800b\uDC00"), Is.EqualTo(tokenizer.Encode("a\uFFFDb\uFFFD")));
    }

    private static string Show(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (Rune r in (s.Length > 120 ? s[..120] + "…" : s).EnumerateRunes())
        {
            sb.Append(r.Value is < 0x20 or (>= 0x7F and < 0xA0) ? $"\\u{r.Value:X4}" : r.ToString());
        }

        return sb.Append('"').ToString();
    }

    private sealed record EncodeGolden(
        [property: JsonPropertyName("ids")] int[] Ids,
        [property: JsonPropertyName("decoded")] string? Decoded,
        [property: JsonPropertyName("decodedSkip")] string? DecodedSkip);

    private sealed record VariantGolden(
        [property: JsonPropertyName("variant")] string Variant,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("ids")] int[] Ids,
        [property: JsonPropertyName("decoded")] string? Decoded,
        [property: JsonPropertyName("decodedSkip")] string? DecodedSkip);

    private sealed record DecodeGolden(
        [property: JsonPropertyName("ids")] int[] Ids,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("textSkip")] string TextSkip);
}
