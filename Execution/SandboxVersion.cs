using System.Diagnostics;

namespace QwenEval.Execution;

/// <summary>The isolation tool's own version string, for provenance ("bubblewrap 0.8.0").</summary>
public static class SandboxVersion
{
    public static string Of(ISandbox sandbox) => sandbox.Description.Kind switch
    {
        "bubblewrap" => Ask("bwrap", "--version"),
        "none" => "none",
        _ => sandbox.Description.Kind,
    };

    private static string Ask(string tool, string arg)
    {
        try
        {
            var path = SandboxFactory.FindOnPath(tool);
            if (path is null) return "unknown";
            using var p = Process.Start(new ProcessStartInfo(path, arg) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit(5000);
            return text.Length > 0 ? text : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
