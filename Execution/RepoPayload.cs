using System.Globalization;
using System.Text;

namespace QwenEval.Execution;

/// <summary>A repository's tests to run in the sandbox: its files, and either the hidden tests (a verdict) or a selector of visible ones.</summary>
/// <param name="Files">relative '/'-separated path → text</param>
/// <param name="HiddenTests">test module file name → source; null runs the visible tests</param>
/// <param name="Selector">a unittest name (tests.test_x, tests.test_x.Case.test_y); null or empty runs all of tests/</param>
public sealed record RepoTestRun(
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<KeyValuePair<string, string>>? HiddenTests = null,
    string? Selector = null);

/// <summary>Files as one driver field: entries "&lt;path bytes&gt; &lt;text bytes&gt;\n&lt;path&gt;&lt;text&gt;" (the driver needs no JSON parser).</summary>
public static class RepoPayload
{
    public static string Encode(IEnumerable<KeyValuePair<string, string>> files)
    {
        var sb = new StringBuilder();
        foreach (var (path, text) in files)
        {
            // Encode once so that a lone surrogate counts as the replacement character it becomes.
            var p = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(path));
            var t = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
            sb.Append(CultureInfo.InvariantCulture, $"{Encoding.UTF8.GetByteCount(p)} {Encoding.UTF8.GetByteCount(t)}\n").Append(p).Append(t);
        }
        return sb.ToString();
    }
}
