using System.Diagnostics;
using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Execution;

/// <summary>
/// Compiles Python sources with the interpreter's own compile() (nothing is executed), many in one process, so
/// `tasks validate` can say "syntax error at line 3" instead of a missing signature or a decoy that "fails".
/// </summary>
public static class PythonSyntax
{
    // A prompt may end at a signature (MBPP style): it counts as valid when it compiles with a body added.
    private const string Script = """
        import json, sys
        out = {}
        for label, source, stub in json.load(sys.stdin):
            try:
                try:
                    compile(source, label, "exec", dont_inherit=True)
                except SyntaxError:
                    if not stub:
                        raise
                    compile(source.rstrip() + "\n    ...\n", label, "exec", dont_inherit=True)
                out[label] = None
            except SyntaxError as e:
                out[label] = "%s at line %s: %s" % (type(e).__name__, e.lineno, e.msg)
            except (ValueError, MemoryError, RecursionError) as e:
                out[label] = "%s: %s" % (type(e).__name__, e)
        json.dump(out, sys.stdout)
        """;

    /// <summary>For each (label, source, a bodiless signature allowed), the compile error, or null when it compiles.</summary>
    public static IReadOnlyDictionary<string, string?> Check(IReadOnlyList<(string Label, string Source, bool AllowStub)> sources)
    {
        var python = SandboxFactory.FindOnPath("python3")
            ?? throw new EnvironmentProblemException("python3 not found on PATH. Install it (apt-get install python3) and rerun.");
        var psi = new ProcessStartInfo(python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-I", "-c", Script }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new EnvironmentProblemException($"could not start {python}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(JsonSerializer.Serialize(sources.Select(s => new object[] { s.Label, s.Source, s.AllowStub })));
        p.StandardInput.Close();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new EnvironmentProblemException($"{python} could not check the suite's syntax (exit {p.ExitCode}): {stderr.Result.Trim()}");
        return JsonSerializer.Deserialize<Dictionary<string, string?>>(stdout.Result)!;
    }
}
