using System.Diagnostics;
using NUnit.Framework;

namespace QwenEval.Tests.Support;

/// <summary>Headless Debian Chromium for testing report.html as a browser renders it. Required in CI (.ci/run installs it).</summary>
public static class Chromium
{
    private static string Executable()
    {
        var exe = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        if (exe is not null) return exe;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail("chromium is required in CI (.ci/run installs it)");
        Assert.Ignore("needs Chromium (apt-get install chromium)");
        return "";
    }

    /// <summary>The DOM after the page's scripts ran.</summary>
    public static string DumpDom(string url) => Run("--dump-dom", url).Stdout;

    public static void Screenshot(string url, string png, int width, int height) =>
        Run($"--screenshot={png}", $"--window-size={width},{height}", url);

    private static (string Stdout, string Stderr) Run(params string[] args)
    {
        var userData = Path.Combine(Path.GetTempPath(), $"qe-chromium-{Guid.NewGuid():N}");
        var psi = new ProcessStartInfo(Executable()) { RedirectStandardOutput = true, RedirectStandardError = true };
        // Without the background-networking flags Chromium keeps dialling out on a closed network.
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--virtual-time-budget=5000", $"--user-data-dir={userData}",
                 }.Concat(args))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish in 120 s");
        }
        try
        {
            Directory.Delete(userData, recursive: true);
        }
        catch (IOException)
        {
        }
        return (stdout.Result, stderr.Result);
    }
}
