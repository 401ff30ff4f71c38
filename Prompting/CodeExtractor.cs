using System.Text.RegularExpressions;

namespace QwenEval.Prompting;

/// <summary>
/// Pulls the program out of a model's answer: drops reasoning, picks the fenced block that defines the entry
/// point (else the first code block, else bare code), and completes answers that give only a body or omit the
/// prompt's imports, as HumanEval-style harnesses do. Code that defines other functions or classes but not the
/// entry point is kept: it is judged a fail without running (<see cref="EntryPointMissing"/>), not "no code".
/// </summary>
public static partial class CodeExtractor
{
    private static readonly string[] PythonTags = ["", "python", "py", "python3"];

    /// <summary>The program to run, or null when the answer holds no code (status no_code).</summary>
    public static string? Extract(string answer, string prompt, string entryPoint)
    {
        var text = StripThinking(answer);
        if (text is null) return null;
        var code = FromFences(text, entryPoint) ?? BareCode(text);
        if (code is null || code.Trim().Length == 0) return null;
        code = code.Replace("\r\n", "\n");
        if (!Defines(code, entryPoint))
        {
            if (LooksLikeBody(code)) code = prompt.TrimEnd() + "\n" + code;
            else if (DefinedNames(code).Count == 0) return null;
        }
        return WithPromptImports(code, prompt);
    }

    /// <summary>Removes &lt;think&gt;…&lt;/think&gt;. An unclosed think block means the answer never left its reasoning: null.</summary>
    public static string? StripThinking(string answer)
    {
        var text = ThinkBlock().Replace(answer, "");
        var open = text.IndexOf("<think>", StringComparison.Ordinal);
        if (open >= 0) text = text[..open];
        // Some templates put the opening tag in the prompt, so the answer starts inside the reasoning.
        var close = text.IndexOf("</think>", StringComparison.Ordinal);
        if (close >= 0) text = text[(close + "</think>".Length)..];
        return text.Trim().Length == 0 ? null : text;
    }

    private static string? FromFences(string text, string entryPoint)
    {
        var blocks = Fence().Matches(text)
            .Select(m => (Tag: m.Groups["tag"].Value.Trim().ToLowerInvariant(), Code: m.Groups["code"].Value))
            .Where(b => PythonTags.Contains(b.Tag))
            .Select(b => b.Code)
            .ToList();
        // An unterminated last fence (answer cut off) still holds code.
        if (blocks.Count == 0 && OpenFence().Match(text) is { Success: true } open)
            blocks.Add(open.Groups["code"].Value);
        if (blocks.Count == 0) return null;
        return blocks.FirstOrDefault(b => Defines(b, entryPoint)) ?? blocks[0];
    }

    /// <summary>Answer without fences: start at the first line that can begin a Python module.</summary>
    private static string? BareCode(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => CodeStart().IsMatch(l));
        if (start < 0)
            return lines.Any(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Trim().Length > 0) ? text : null;
        return string.Join('\n', lines[start..]);
    }

    public static bool Defines(string code, string entryPoint) =>
        Regex.IsMatch(code, $@"^\s*(async\s+def|def|class)\s+{Regex.Escape(entryPoint)}\b", RegexOptions.Multiline);

    /// <summary>
    /// Why extracted code cannot be the answer: it defines other top-level functions or classes but not the entry
    /// point (the sample is a fail with this detail, never run); null when it defines the entry point.
    /// </summary>
    public static string? EntryPointMissing(string code, string entryPoint)
    {
        if (Defines(code, entryPoint)) return null;
        var names = DefinedNames(code);
        return $"the answer's code defines {string.Join(", ", names.Take(5).Select(n => $"`{n}`"))}{(names.Count > 5 ? ", …" : "")} " +
            $"but not the entry point `{entryPoint}`";
    }

    private static List<string> DefinedNames(string code) =>
        TopLevelDefinition().Matches(code).Select(m => m.Groups["name"].Value).Distinct().ToList();

    /// <summary>A function body: its first code line is indented.</summary>
    private static bool LooksLikeBody(string code) =>
        code.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) is { } first && char.IsWhiteSpace(first[0]);

    private static string WithPromptImports(string code, string prompt)
    {
        var missing = prompt.Split('\n')
            .Where(l => ImportLine().IsMatch(l) && !code.Contains(l.Trim(), StringComparison.Ordinal))
            .Select(l => l.Trim())
            .ToList();
        return missing.Count == 0 ? code : string.Join('\n', missing) + "\n" + code;
    }

    [GeneratedRegex(@"<think>.*?</think>", RegexOptions.Singleline)]
    private static partial Regex ThinkBlock();

    [GeneratedRegex(@"```(?<tag>[^\n`]*)\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"```(?<tag>[^\n`]*)\n(?<code>.*)\z", RegexOptions.Singleline)]
    private static partial Regex OpenFence();

    [GeneratedRegex(@"^(import |from \S+ import |def |async def |class |@)")]
    private static partial Regex CodeStart();

    [GeneratedRegex(@"^(async\s+def|def|class)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex TopLevelDefinition();

    [GeneratedRegex(@"^(import \S|from \S+ import )")]
    private static partial Regex ImportLine();
}
