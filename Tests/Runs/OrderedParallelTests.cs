using NUnit.Framework;
using QwenEval.Runs;

namespace QwenEval.Tests.Runs;

public sealed class OrderedParallelTests
{
    [Test]
    public void ResultsComeInInputOrderWithEachSlotUsedByOneItemAtATime()
    {
        var busy = new int[3];
        var items = Enumerable.Range(0, 30).ToList();
        var results = OrderedParallel.Run(items, 3, (i, slot) =>
        {
            Assert.That(Interlocked.Increment(ref busy[slot]), Is.EqualTo(1), "a slot is one worker: never two items at once");
            Thread.Sleep((i * 7) % 5); // finish out of order
            Interlocked.Decrement(ref busy[slot]);
            return i * 10;
        }, CancellationToken.None).ToList();
        Assert.That(results, Is.EqualTo(items.Select(i => i * 10)));
    }

    [Test]
    public void AnItemsExceptionComesAtItsTurnAfterTheEarlierResults()
    {
        var seen = new List<int>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var r in OrderedParallel.Run(Enumerable.Range(0, 10).ToList(), 4, (i, _) => i == 5 ? throw new InvalidOperationException("five") : i, CancellationToken.None))
                seen.Add(r);
        });
        Assert.That(e!.Message, Is.EqualTo("five"));
        Assert.That(seen, Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
    }
}
