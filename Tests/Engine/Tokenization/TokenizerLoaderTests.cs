using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Engine.Tokenization;

namespace QwenEval.Tests.Engine.Tokenization;

/// <summary>Loading: small inline tokenizers, and the messages for files the loader cannot use.</summary>
public sealed class TokenizerLoaderTests
{
    private string tempDir = "";

    [SetUp]
    public void CreateTempDir()
    {
        tempDir = Path.Combine(Path.GetTempPath(), "qweneval-tok-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(tempDir);
    }

    [TearDown]
    public void DeleteTempDir() => Directory.Delete(tempDir, recursive: true);

    /// <summary>A tiny byte-level tokenizer.json: vocab a, b, c, ab, bc, abc, Ġ; merges b c, a b, a bc.</summary>
    private static string TinyJson(
        string merges = """["b c", "a b", "a bc"]""",
        string model = "",
        string preTokenizer = """{"type": "ByteLevel", "add_prefix_space": false, "use_regex": true}""",
        string normalizer = "null",
        string decoder = """{"type": "ByteLevel"}""") => $$"""
        {
          "version": "1.0",
          "added_tokens": [{"id": 7, "content": "<s>", "special": true, "normalized": false}],
          "normalizer": {{normalizer}},
          "pre_tokenizer": {{preTokenizer}},
          "decoder": {{decoder}},
          "model": {{(model.Length > 0 ? model : $$"""{"type": "BPE", "vocab": {"a": 0, "b": 1, "c": 2, "ab": 3, "bc": 4, "abc": 5, "Ġ": 6}, "merges": {{merges}}}""")}}
        }
        """;

    [Test]
    public void MergesApplyByRankNotByPosition()
    {
        // "b c" has the best rank, so "abc" is a + bc, then "a bc" gives abc; "ab" never forms.
        ITextTokenizer tokenizer = TokenizerLoader.FromJson(TinyJson(), "tiny");
        Assert.Multiple(() =>
        {
            Assert.That(tokenizer.Encode("abc"), Is.EqualTo(new[] { 5 }));
            Assert.That(tokenizer.Encode("ab"), Is.EqualTo(new[] { 3 }));
            Assert.That(tokenizer.Encode("ab c<s>"), Is.EqualTo(new[] { 3, 6, 2, 7 }));
            Assert.That(tokenizer.Decode([3, 6, 2, 7]), Is.EqualTo("ab c<s>"));
            Assert.That(tokenizer.Decode([3, 6, 2, 7], skipSpecial: true), Is.EqualTo("ab c"));
            Assert.That(tokenizer.VocabSize, Is.EqualTo(8));
        });
    }

    [Test]
    public void MergesMayBeStringsOrPairs()
    {
        ITextTokenizer strings = TokenizerLoader.FromJson(TinyJson(), "tiny");
        ITextTokenizer pairs = TokenizerLoader.FromJson(TinyJson(merges: """[["b", "c"], ["a", "b"], ["a", "bc"]]"""), "tiny");
        Assert.That(pairs.Encode("abcab cba"), Is.EqualTo(strings.Encode("abcab cba")));
    }

    [Test]
    public void AddedTokensTakeIdsAfterTheVocabularyAsTheReferenceNumbersThem()
    {
        // The file says 7; with 7 vocabulary entries the reference gives the first new added token id 7 too.
        ITextTokenizer tokenizer = TokenizerLoader.FromJson(TinyJson(), "tiny");
        Assert.That(tokenizer.TokenToId("<s>"), Is.EqualTo(7));
    }

    [Test]
    public void LoadNamesAMissingModelFolder()
    {
        string missing = Path.Combine(tempDir, "nope");
        var e = Assert.Throws<UserInputException>(() => TokenizerLoader.Load(missing));
        Assert.That(e!.Message, Does.Contain(missing));
    }

    [Test]
    public void LoadNamesAMissingTokenizerJsonAndSaysWhereToGetIt()
    {
        var e = Assert.Throws<UserInputException>(() => TokenizerLoader.Load(tempDir));
        Assert.That(e!.Message, Does.Contain(Path.Combine(tempDir, "tokenizer.json")).And.Contain("copy it"));
    }

    [Test]
    public void AFolderWithOnlyTokenizerConfigJsonGetsAHintAboutGitLfs()
    {
        File.WriteAllText(Path.Combine(tempDir, "tokenizer_config.json"), "{}");
        var e = Assert.Throws<UserInputException>(() => TokenizerLoader.Load(tempDir));
        Assert.That(e!.Message, Does.Contain("tokenizer_config.json is there").And.Contain("git lfs pull"));
    }

    [Test]
    public void InvalidJsonNamesTheFile()
    {
        string path = Path.Combine(tempDir, "tokenizer.json");
        File.WriteAllText(path, "{ \"model\": ");
        var e = Assert.Throws<UserInputException>(() => TokenizerLoader.Load(tempDir));
        Assert.That(e!.Message, Does.Contain(path).And.Contain("not valid JSON"));
    }

    [Test]
    public void LoadingFromAFileGivesTheSameTokenizerAsFromText()
    {
        File.WriteAllText(Path.Combine(tempDir, "tokenizer.json"), TinyJson());
        Assert.That(TokenizerLoader.Load(tempDir).Encode("abc ab"), Is.EqualTo(TokenizerLoader.FromJson(TinyJson(), "tiny").Encode("abc ab")));
    }

    private static readonly TestCaseData[] Unsupported =
    [
        Case(TinyJson(model: """{"type": "Unigram", "vocab": []}"""), "model.type", "Unigram"),
        Case(TinyJson(preTokenizer: """{"type": "Metaspace", "replacement": "▁"}"""), "pre_tokenizer.type", "Metaspace"),
        Case(
            TinyJson(preTokenizer: """{"type": "Sequence", "pretokenizers": [{"type": "ByteLevel"}, {"type": "Whitespace"}]}"""),
            "pre_tokenizer.pretokenizers[1].type", "Whitespace"),
        Case(TinyJson(normalizer: """{"type": "Lowercase"}"""), "normalizer.type", "Lowercase"),
        Case(TinyJson(decoder: """{"type": "WordPiece"}"""), "decoder.type", "WordPiece"),
        Case(TinyJson(merges: """["a x"]"""), "model.merges", "\"x\""),
        Case(TinyJson(merges: """["a b c"]"""), "model.merges[0]", "two tokens"),
        Case(
            TinyJson(preTokenizer: """{"type": "Split", "pattern": {"Regex": "\\p{L}++"}, "behavior": "Isolated", "invert": false}"""),
            "pre_tokenizer.pattern.Regex", "possessive"),
        Case(
            TinyJson(preTokenizer: """{"type": "Split", "pattern": {"Regex": "a"}, "behavior": "Sideways", "invert": false}"""),
            "pre_tokenizer.behavior", "Sideways"),
        Case(
            TinyJson(model: """{"type": "BPE", "dropout": 0.1, "vocab": {"a": 0}, "merges": []}"""), "model.dropout", "random"),
    ];

    private static TestCaseData Case(string json, string field, string detail) =>
        new TestCaseData(json, field, detail).SetArgDisplayNames(field, detail);

    [TestCaseSource(nameof(Unsupported))]
    public void UnsupportedPartsAreRefusedNamingFileAndField(string json, string field, string detail)
    {
        var e = Assert.Throws<UserInputException>(() => TokenizerLoader.FromJson(json, "/models/x/tokenizer.json"));
        Assert.That(e!.Message, Does.StartWith("/models/x/tokenizer.json: field " + field).And.Contain(detail));
    }
}
