using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Engine.Footprint;

/// <summary>
/// Predicted against measured: generated folders of 200 to 800 MB (fp32 and int4, dense and MoE) are loaded and run
/// through the engine in a fresh process each (`qweneval models footprint --measure`, the worker's code path), whose
/// peak resident memory (VmHWM) must be within 15% of the prediction. Linux only (VmHWM); about two minutes.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public class MeasuredFootprintTests
{
    private const double Tolerance = 0.15;

    private static readonly (string Name, string Arch, int SizeMb, bool Int4)[] Folders =
    [
        ("dense-fp32-200", "qwen3_5", 200, false),
        ("dense-fp32-400", "qwen3_5", 400, false),
        ("dense-fp32-800", "qwen3_5", 800, false),
        ("dense-int4-200", "qwen3_5", 200, true),
        ("moe-fp32-400", "qwen3_5_moe", 400, false),
        ("moe-int4-200", "qwen3_5_moe", 200, true),
    ];

    [Test]
    public void PredictionsAreWithin15PercentOfMeasuredPeaks()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("measures VmHWM, which only Linux reports this way");
        using var dir = new TempDir();
        var rows = new List<(string Name, long Disk, long Predicted, long Measured)>();
        var clock = Stopwatch.StartNew();
        Task? measuring = null;
        string? previous = null;
        // Generate the next folder while the previous one is measured in its own process.
        foreach (var (name, arch, size, int4) in Folders)
        {
            var folder = Path.Combine(dir.Path, name);
            var args = new List<string> { "models", "synth", "--arch", arch, "--size-mb", size.ToString(CultureInfo.InvariantCulture), "--out", folder };
            if (int4) args.Add("--int4");
            var (exit, _, err) = Cli.Run([.. args]);
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
            measuring?.Wait();
            if (previous is not null) Directory.Delete(previous, recursive: true);
            var captured = (name, folder);
            measuring = Task.Run(() => rows.Add(Measure(captured.name, captured.folder)));
            previous = folder;
        }
        measuring!.Wait();

        TestContext.Out.WriteLine($"{"folder",-16} {"on disk",10} {"predicted",10} {"measured",10} {"error",7}   (MiB; {clock.Elapsed.TotalSeconds:0} s)");
        foreach (var r in rows)
            TestContext.Out.WriteLine($"{r.Name,-16} {r.Disk / 1048576.0,10:0.0} {r.Predicted / 1048576.0,10:0.0} {r.Measured / 1048576.0,10:0.0} {Error(r),7:+0.0%;-0.0%}");
        Assert.That(rows, Has.Count.EqualTo(Folders.Length));
        foreach (var r in rows)
            Assert.That(Math.Abs(Error(r)), Is.LessThanOrEqualTo(Tolerance), $"{r.Name}: predicted {r.Predicted:N0}, measured {r.Measured:N0}");
    }

    /// <summary>The runtime baseline (FootprintPredictor.RuntimeBaselineBytes) still describes a worker with a negligible model.</summary>
    [Test]
    public void RuntimeBaselineHoldsForATinyModel()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("measures VmHWM, which only Linux reports this way");
        var r = Measure("tiny-qwen35", Path.Combine(TestPaths.Root, "models", "tiny-qwen35"));
        TestContext.Out.WriteLine($"tiny-qwen35: predicted {r.Predicted / 1048576.0:0.0} MiB, measured {r.Measured / 1048576.0:0.0} MiB");
        Assert.That(Math.Abs(Error(r)), Is.LessThanOrEqualTo(Tolerance));
    }

    private static double Error((string Name, long Disk, long Predicted, long Measured) r) => (r.Predicted - r.Measured) / (double)r.Measured;

    private static (string Name, long Disk, long Predicted, long Measured) Measure(string name, string folder)
    {
        var disk = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
        // A fresh process per folder: VmHWM is a lifetime peak.
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { typeof(CliApp).Assembly.Location, "models", "footprint", "--model", folder, "--prompt-tokens", "32", "--max-new-tokens", "16",
                     "--measure", "--json", "--threads", "2" })
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        Assert.That(process.ExitCode, Is.EqualTo(0), $"{name}: {output}{error.Result}");
        using var doc = JsonDocument.Parse(output);
        var predicted = doc.RootElement.GetProperty("predicted_bytes").GetInt64();
        var measured = doc.RootElement.GetProperty("measured").GetProperty("peak_bytes").GetInt64();
        return (name, disk, predicted, measured);
    }
}
