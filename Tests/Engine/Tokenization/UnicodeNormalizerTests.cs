using System.Globalization;
using System.Text;
using NUnit.Framework;
using QwenEval.Engine.Tokenization;

namespace QwenEval.Tests.Engine.Tokenization;

/// <summary>
/// The normalizer against the reference on every assigned code point (Tests/Goldens/tokenizer/normalization.tsv
/// lists each one the reference changes, alone and next to combining marks of class 240 and 1).
/// </summary>
public sealed class UnicodeNormalizerTests
{
    private static readonly (string Column, NormalizationKind Kind, string Prefix, string Suffix)[] Columns =
    [
        ("NFC", NormalizationKind.Nfc, "", ""),
        ("NFD", NormalizationKind.Nfd, "", ""),
        ("NFKC", NormalizationKind.Nfkc, "", ""),
        ("NFKD", NormalizationKind.Nfkd, "", ""),
        ("NFD_pre", NormalizationKind.Nfd, "\u0345", ""),
        ("NFD_post", NormalizationKind.Nfd, "", "\u0334"),
    ];

    [Test]
    public void EveryCodePointOfTheAssignedPlanesNormalizesAsTheReferenceDoes()
    {
        Dictionary<int, string[]> golden = ReadGolden();
        var codePoints = new List<int>();
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            // Planes 4-13 and 15-16 hold nothing the tables know (unassigned or private use); skipping them
            // keeps the test fast, and the assertion below proves the reference changes nothing there either.
            bool tested = cp < 0x40000 || (cp >= 0xE0000 && cp < 0xF0000);
            if (tested && cp is not ((>= 0xD800 and <= 0xDFFF) or 1 or (>= 0xAC00 and <= 0xD7A3)))
            {
                codePoints.Add(cp);
            }
        }

        Assert.That(golden.Keys.Where(cp => cp >= 0x40000 && cp is < 0xE0000 or >= 0xF0000), Is.Empty);

        // Next to the probe marks only characters with a class (ours or the reference's) can move.
        List<int> marks = codePoints.Where(cp => golden.ContainsKey(cp) || UnicodeNormalizer.CombiningClass(cp) != 0).ToList();
        var failures = new List<string>();
        for (int i = 0; i < Columns.Length; i++)
        {
            // One call over all code points joined by U+0001, a starter that composes with nothing (as the generator did).
            (string column, NormalizationKind kind, string prefix, string suffix) = Columns[i];
            List<int> tested = prefix.Length + suffix.Length > 0 ? marks : codePoints;
            string[] inputs = tested.Select(cp => prefix + char.ConvertFromUtf32(cp) + suffix).ToArray();
            string[] outputs = UnicodeNormalizer.Normalize(string.Join('\u0001', inputs), kind).Split('\u0001');
            Assert.That(outputs, Has.Length.EqualTo(inputs.Length), column);
            for (int k = 0; k < inputs.Length && failures.Count < 20; k++)
            {
                string expected = golden.TryGetValue(tested[k], out string[]? row) && row[i] != "." ? FromHex(row[i]) : inputs[k];
                if (outputs[k] != expected)
                {
                    failures.Add($"U+{tested[k]:X4} {column}: got {ToHex(outputs[k])}, reference {ToHex(expected)}");
                }
            }
        }

        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [TestCase("\uAC00\u11A8", "\uAC01")]
    [TestCase("\u1100\u1161\u11A8", "\uAC01")]
    [TestCase("\u1100\u1161", "\uAC00")]
    [TestCase("e\u0323\u0301", "\u1EB9\u0301")]
    [TestCase("e\u0301\u0323", "\u1EB9\u0301")]
    [TestCase("\u212B", "\u00C5")]
    [TestCase("a\u0334\u0301", "\u00E1\u0334")]
    public void NfcComposesInCanonicalOrder(string input, string expected) =>
        Assert.That(ToHex(UnicodeNormalizer.Normalize(input, NormalizationKind.Nfc)), Is.EqualTo(ToHex(expected)));

    [Test]
    public void TextThatCannotChangeIsReturnedAsIs()
    {
        const string text = "def f(x):\n\treturn x  # plain ASCII, CJK 中文 and emoji 😀";
        Assert.That(UnicodeNormalizer.Normalize(text, NormalizationKind.Nfc), Is.SameAs(text));
    }

    private static Dictionary<int, string[]> ReadGolden()
    {
        var golden = new Dictionary<int, string[]>();
        foreach (string line in File.ReadLines(TokenizerTestFiles.GoldenPath("normalization.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            string[] parts = line.Split('\t');
            golden[int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = parts[1..];
        }

        return golden;
    }

    private static string FromHex(string codePoints)
    {
        var sb = new StringBuilder();
        foreach (string hex in codePoints.Split(' '))
        {
            sb.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }

        return sb.ToString();
    }

    private static string ToHex(string s) => string.Join(" ", s.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
