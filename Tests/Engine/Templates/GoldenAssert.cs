using NUnit.Framework;
using System.Text;

namespace QwenEval.Tests.Engine.Templates;

/// <summary>Collects golden mismatches so one test reports every failing case of a file, each with where it diverges.</summary>
internal sealed class GoldenAssert
{
    private readonly List<string> _failures = [];
    private int _checked;

    public void Equal(string caseName, string? expected, string actual)
    {
        _checked++;
        if (expected == actual) return;
        expected ??= "";
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        _failures.Add($"{caseName}: differs at index {i}\n  expected: {Excerpt(expected, i)}\n  actual:   {Excerpt(actual, i)}");
    }

    public void Fail(string caseName, string problem)
    {
        _checked++;
        _failures.Add($"{caseName}: {problem}");
    }

    public void Passed() => _checked++;

    /// <summary>Fails the test listing every mismatch; passes silently when there were none.</summary>
    public void Verify(string what)
    {
        Assert.That(_checked, Is.GreaterThan(0), $"{what}: no cases were checked");
        if (_failures.Count == 0) return;
        var sb = new StringBuilder($"{what}: {_failures.Count} of {_checked} cases differ from Jinja2\n");
        foreach (var f in _failures.Take(20)) sb.AppendLine(f);
        Assert.Fail(sb.ToString());
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Excerpt(string s, int at)
    {
        var from = Math.Max(0, at - 30);
        var to = Math.Min(s.Length, at + 30);
        return (from > 0 ? "…" : "") + System.Text.Json.JsonSerializer.Serialize(s[from..to], Readable) + (to < s.Length ? "…" : "");
    }
}
