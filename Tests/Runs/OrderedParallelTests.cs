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

    /// <summary>
    /// Items that end at once, many times over: an item whose slot was freed but whose Task had not yet turned
    /// complete once made the caller wait for a release that never came (a run with concurrency hung for good).
    /// </summary>
    [Test]
    public void ItemsThatFinishAtOnceNeverLeaveTheCallerWaiting()
    {
        var run = Task.Run(() =>
        {
            for (var round = 0; round < 3000; round++)
            {
                var results = OrderedParallel.Run(Enumerable.Range(0, 5).ToList(), 3, (i, _) => i, CancellationToken.None).ToList();
                Assert.That(results, Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
            }
        });
        // A hang guard, not a speed target: the rounds take well under a second when nothing deadlocks.
        Assert.That(run.Wait(TimeSpan.FromMinutes(2)), Is.True, "OrderedParallel left its caller waiting");
    }
}
