using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Core;

/// <summary>A server's memory is its whole process tree's: measured on a real parent whose child holds the memory, as Ollama's runner does.</summary>
public sealed class ProcessTreeMemoryTests
{
    [Test]
    public void PeakCountsTheChildThatHoldsTheModel()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("reads /proc");
        using var tree = new ServerTree(childMb: 200);
        Assert.That(ProcessTreeMemory.Tree(tree.Pid), Has.Count.EqualTo(2), "the parent and its runner child");
        using var memory = new ProcessTreeMemory(tree.Pid);
        Thread.Sleep(ProcessTreeMemory.Interval * 2);
        Assert.That(memory.PeakBytes, Is.GreaterThan(200L << 20), "the child's 200 MB count");
        Assert.That(PeakMemory.LinuxHighWaterMark($"/proc/{tree.Pid}/status"), Is.LessThan(200L << 20), "the parent alone holds little: a parent-only figure would be wrong");
        Assert.That(memory.Describe(), Does.Contain($"pid {tree.Pid}").And.Contain("VmHWM"));
    }

    [Test]
    public void AProcessNameFindsTheParentNotItsSameNamedChild()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("reads /proc");
        using var tree = new ServerTree(childMb: 1);
        Assert.That(ProcessNames.Roots(tree.Marker), Is.EqualTo(new[] { tree.Pid }));
        Assert.That(ProcessNames.Roots("qweneval-surely-no-such-process"), Is.Empty);
    }

    [Test]
    public void AGoneProcessReadsAsNothing()
    {
        using var memory = new ProcessTreeMemory(int.MaxValue - 1);
        Assert.That(memory.PeakBytes, Is.Null);
    }
}
