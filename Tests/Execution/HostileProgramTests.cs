using System.Globalization;
using NUnit.Framework;
using QwenEval.Execution;
using QwenEval.Reports.Scoring;
using QwenEval.Tasks;
using QwenEval.Tests.Support;
using QwenEval.Core;

namespace QwenEval.Tests.Execution;

/// <summary>
/// The project's own hostile programs (Tests/Execution/Hostile/*.py), one test each, run as answers to "add"
/// under the real bubblewrap sandbox. Each must end with a non-passing status (the one its header expects), leave
/// no effect on the host, leave no process behind, leak none of the harness's secrets, and the executor must go on
/// judging correctly afterwards.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class HostileProgramTests
{
    public static readonly CodingTask Add = new("add", "add", "add", [], "easy", 2, "def add(a, b):\n    \"\"\"a + b\"\"\"\n",
        "def add(a, b):\n    return a + b\n", "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(-1, 1) == 0\n",
        [], "/nonexistent");

    public static string Folder => Path.Combine(TestPaths.Root, "Tests", "Execution", "Hostile");

    public static IEnumerable<TestCaseData> Programs() =>
        Directory.GetFiles(Folder, "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => !n!.StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(n => new TestCaseData(n).SetName($"Hostile({n})"));

    private static HostBait _bait = null!;

    [OneTimeSetUp]
    public void PlantBait() => _bait = new HostBait();

    [OneTimeTearDown]
    public void RemoveBait() => _bait.Dispose();

    [TestCaseSource(nameof(Programs))]
    public void HostileProgram(string name)
    {
        var executor = new TestExecutor(Sandboxes.Bubblewrap(), Path.GetTempPath());
        var source = File.ReadAllText(Path.Combine(Folder, name + ".py"));
        var expected = Header(source, "expect").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SampleStatusNames.FromWire).ToList();
        var timeout = double.Parse(Header(source, "timeout"), CultureInfo.InvariantCulture);
        using var hostDir = new TempDir();
        var marker = "qh" + Guid.NewGuid().ToString("N")[..13];
        var program = _bait.Fill(File.ReadAllText(Path.Combine(Folder, "_prelude.py")) + "\n" + source, marker, hostDir.Path);

        var v = executor.RunOnce(Add, program, TimeSpan.FromSeconds(timeout), CancellationToken.None);

        var said = $"{name}: {v.Status.ToWire()} ({v.Detail})\nstdout: {Cut(v.StdoutTail)}\nstderr: {Cut(v.StderrTail)}";
        TestContext.Out.WriteLine($"{name}: {v.Status.ToWire()} in {v.DurationMs / 1000:0.00} s ({v.Detail})");
        Assert.Multiple(() =>
        {
            Assert.That(v.Status, Is.Not.EqualTo(SampleStatus.Pass), said);
            Assert.That(expected, Does.Contain(v.Status), said);
            Assert.That(Survivors(marker), Is.Empty, "processes of the sample outlived it");
            Assert.That(Directory.EnumerateFileSystemEntries(hostDir.Path), Is.Empty, "the sample wrote into a host folder");
            foreach (var p in HostPaths(marker)) Assert.That(Path.Exists(p), Is.False, $"the sample created {p} on the host");
            Assert.That(_bait.Touched(), Is.Empty, "the sample reached a host listener");
            foreach (var text in new[] { v.StdoutTail, v.StderrTail, v.Detail })
            {
                Assert.That(text, Does.Not.Contain("QH-LEAK"), said);
                foreach (var secret in _bait.Secrets) Assert.That(text, Does.Not.Contain(secret), "a harness secret leaked into the sample's output");
            }
            Assert.That(v.StdoutTail.Length + v.StderrTail.Length, Is.LessThanOrEqualTo(2 * 4000), "output is capped");
        });

        // The run goes on: the same executor still judges a correct answer a pass.
        var after = executor.Run(Add, Add.Solution, TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.That(after.Status, Is.EqualTo(SampleStatus.Pass), after.Detail + after.StderrTail);
    }

    /// <summary>The survivor check is only worth something if it sees a sample's processes while they run.</summary>
    [Test]
    public void SurvivorScanSeesTheSampleWhileItRuns()
    {
        var executor = new TestExecutor(Sandboxes.Bubblewrap(), Path.GetTempPath());
        var marker = "qh" + Guid.NewGuid().ToString("N")[..13];
        using var hostDir = new TempDir();
        var program = _bait.Fill(File.ReadAllText(Path.Combine(Folder, "_prelude.py")) +
            "\nimport os, time\nif os.fork() == 0:\n    time.sleep(60)\nspawn_marked('import time\\ntime.sleep(60)')\ntime.sleep(60)\n", marker, hostDir.Path);
        var run = Task.Run(() => executor.RunOnce(Add, program, TimeSpan.FromSeconds(4), CancellationToken.None));
        var seen = 0;
        while (!run.IsCompleted && seen < 3) seen = Math.Max(seen, Survivors(marker).Count);
        var v = run.Result;
        Assert.That(seen, Is.GreaterThanOrEqualTo(3), "the driver's runner, its fork and its exec'd child carry the marker");
        Assert.That(v.Status, Is.EqualTo(SampleStatus.Timeout));
        Assert.That(Survivors(marker), Is.Empty);
    }

    /// <summary>The inherited-descriptor bait is only worth something if a plain child of the harness really inherits it.</summary>
    [Test]
    public void InheritedDescriptorBaitIsReal()
    {
        Sandboxes.Bubblewrap();
        var psi = new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", $"cat /proc/self/fd/{_bait.Descriptor}"]) { RedirectStandardOutput = true };
        using var p = System.Diagnostics.Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.That(text, Does.Contain(_bait.DescriptorSecret));
    }

    public static string Header(string source, string key) =>
        source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith($"# {key}:", StringComparison.Ordinal))?[(key.Length + 3)..].Trim()
        ?? throw new InvalidOperationException($"hostile program lacks a '# {key}:' header");

    private static string Cut(string s) => s.Length <= 600 ? s : s[..300] + " … " + s[^300..];

    public static IEnumerable<string> HostPaths(string marker) =>
    [
        Path.Combine(Path.GetTempPath(), marker), Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), marker),
        "/" + marker, "/usr/" + marker, "/usr/lib/" + marker, "/etc/" + marker, "/var/tmp/" + marker, "/dev/" + marker,
    ];

    /// <summary>Host processes whose name (inherited by forks) or command line carries the marker.</summary>
    public static List<string> Survivors(string marker)
    {
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                var comm = File.ReadAllText(Path.Combine(dir, "comm")).Trim();
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                var state = File.ReadAllText(Path.Combine(dir, "stat")).Split(") ").LastOrDefault()?.FirstOrDefault();
                if (state == 'Z') continue;
                if (comm == marker || cmdline.Contains(marker, StringComparison.Ordinal)) found.Add($"{Path.GetFileName(dir)} {comm} {cmdline}");
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return found;
    }
}
