using NUnit.Framework;
using QwenEval.Engine.Tokenization;

namespace QwenEval.Tests.Engine.Tokenization;

/// <summary>
/// Split patterns must find what Oniguruma finds in the reference. Expected pieces below were produced by the
/// npm package `tokenizers` with these patterns.
/// </summary>
public sealed class OnigurumaRegexTests
{
    private const string QwenPattern =
        @"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    [TestCase("𝒜𝒷c 𝟙𝟚 😀a 👍🏽x", new[] { "𝒜𝒷c", " ", "𝟙", "𝟚", " 😀", "a", " 👍🏽", "x" })]
    [TestCase("it'ſ", new[] { "it", "'ſ" })]
    [TestCase("IT'S", new[] { "IT", "'S" })]
    [TestCase("x'\u212Aa", new[] { "x", "'\u212Aa" })]
    [TestCase("\u0130'S", new[] { "\u0130", "'S" })]
    [TestCase("  \t\n  x", new[] { "  \t\n", " ", " x" })]
    public void QwenSplitPatternMatchesTheReference(string text, string[] expected) =>
        Assert.That(Pieces(new OnigurumaRegex(QwenPattern), text), Is.EqualTo(expected));

    [Test]
    public void SupplementaryLettersAndDigitsAreLettersAndDigitsButEmojiAreNot()
    {
        var letters = new OnigurumaRegex(@"\p{L}+");
        var digits = new OnigurumaRegex(@"\p{N}");
        var others = new OnigurumaRegex(@"[^\p{L}\p{N}]+");
        Assert.Multiple(() =>
        {
            Assert.That(Pieces(letters, "a𝒜b😀𐐀"), Is.EqualTo(new[] { "a𝒜b", "𐐀" }));
            Assert.That(Pieces(digits, "𝟙2😀"), Is.EqualTo(new[] { "𝟙", "2" }));
            Assert.That(Pieces(others, "a😀👍🏽b"), Is.EqualTo(new[] { "😀👍🏽" }));
        });
    }

    [Test]
    public void CaseInsensitiveSAndKFollowUnicodeCaseFolding()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OnigurumaRegex.Translate("(?i:'s|'t)"), Is.EqualTo("(?i:'[sS\u017F]|'t)"));
            Assert.That(OnigurumaRegex.Translate("(?i)[a-z]+"), Is.EqualTo("(?i)[a-z\u017F\u212A]+"));
            Assert.That(OnigurumaRegex.Translate("'s|(?i:k)s"), Is.EqualTo("'s|(?i:[kK\u212A])s"));
        });
    }

    [Test]
    public void OnigurumaHexEscapesAreTranslated()
    {
        Assert.That(OnigurumaRegex.Translate(@"\x{3000}+"), Is.EqualTo(@"\u3000+"));
    }

    [TestCase(@"\p{L}++", "possessive")]
    [TestCase(@"\x{1F600}", "outside the Basic Multilingual Plane")]
    [TestCase("😀", "outside the Basic Multilingual Plane")]
    public void UntranslatablePatternsAreRefusedWithAReason(string pattern, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new OnigurumaRegex(pattern));
        Assert.That(e!.Message, Does.Contain(reason));
    }

    private static string[] Pieces(OnigurumaRegex regex, string text) =>
        regex.Matches(text).Select(m => text[m.Start..m.End]).ToArray();
}
