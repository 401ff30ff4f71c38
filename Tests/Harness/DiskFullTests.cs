using System.Diagnostics;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Execution;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Harness;

/// <summary>
/// A full disk is exit 3 with one line naming the file that could not be written, and leaves no torn file: every
/// report is written to a temporary file, flushed and renamed, and the temporary file is removed on failure.
/// </summary>
public sealed class DiskFullTests
{
    [Test]
    public void AFullDiskIsExit3NamingTheFileAndLeavesNoTornFile()
    {
        Sandboxes.Bubblewrap();
        var bwrap = SandboxFactory.FindOnPath("bwrap")!;
        using var dir = new TempDir();
        var run = SmallRun.Run(dir, 2);
        var full = Path.Combine(dir.Path, "full");
        var seen = Path.Combine(dir.Path, "seen");
        Directory.CreateDirectory(full);
        Directory.CreateDirectory(seen);
        var qweneval = $"'{Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet"}' '{typeof(QwenEval.Harness.Cli.CliApp).Assembly.Location}'";
        // A 200 KB tmpfs over the report folder, in a mount namespace of its own: room for the CSVs, not for every chart.
        var psi = new ProcessStartInfo(bwrap) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--dev-bind", "/", "/", "--size", "200000", "--tmpfs", full, "sh", "-c",
                     $"{qweneval} report '{run}' --out '{full}'; echo EXIT=$?; cp -a '{full}/.' '{seen}/'" })
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var output = stdout.Result + stderr;
        if (output.Contains("bwrap:", StringComparison.Ordinal)) Assert.Ignore($"bubblewrap cannot mount a tmpfs here: {output}");

        Assert.That(output, Does.Contain($"EXIT={ExitCodes.Environment}"), output);
        Assert.That(output, Does.Match($@"error: disk full: {System.Text.RegularExpressions.Regex.Escape(full)}/[a-z_]+\.(csv|png|svg|md|html): could not be written"));
        Assert.That(output, Does.Not.Contain("   at ").And.Not.Contain("Unhandled"));
        var left = Directory.GetFiles(seen);
        Assert.That(left.Where(f => f.EndsWith(".tmp", StringComparison.Ordinal)), Is.Empty, "no temporary file left");
        foreach (var png in left.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
            Assert.That(File.ReadAllBytes(png)[^8..], Is.EqualTo("IEND"u8.ToArray().Concat(new byte[] { 0xAE, 0x42, 0x60, 0x82 }).ToArray()), $"{png} is whole");
    }
}
