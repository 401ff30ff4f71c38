using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Runs;
using QwenEval.Runs.Sharding;

namespace QwenEval.Tests.Runs.Sharding;

/// <summary>How a run's plan is sliced into shards, and how a shard is named on the command line.</summary>
public sealed class ShardPlanTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Test]
    public void ParsesAnIndexOrTakesItFromTheScheduler()
    {
        Assert.That(ShardPlan.Parse("2/4", NoEnvironment), Is.EqualTo(new ShardPlan(2, 4)));
        Assert.That(ShardPlan.Parse("0/1", NoEnvironment), Is.EqualTo(new ShardPlan(0, 1)));
        Assert.That(ShardPlan.Parse("env/4", v => v == "SLURM_ARRAY_TASK_ID" ? "3" : null), Is.EqualTo(new ShardPlan(3, 4)));
        Assert.That(ShardPlan.Parse("env/4", v => v == "JOB_COMPLETION_INDEX" ? "1" : null), Is.EqualTo(new ShardPlan(1, 4)));
        Assert.That(new ShardPlan(2, 4).RunIdOf("eval.config-0123456789ab"), Is.EqualTo("eval.config-0123456789ab.shard-2-of-4"));
    }

    [TestCase("4/4", "from 0 to 3")]
    [TestCase("-1/4", "from 0 to 3")]
    [TestCase("x/4", "whole number")]
    [TestCase("1/0", "expected I/N")]
    [TestCase("2", "expected I/N")]
    [TestCase("env/3", "neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set")]
    public void ABadShardIsAnInputErrorThatSaysWhatToWrite(string text, string expected)
    {
        var e = Assert.Throws<UserInputException>(() => ShardPlan.Parse(text, NoEnvironment))!;
        Assert.That(e.Message, Does.StartWith($"--shard {text}").And.Contain(expected));
    }

    [Test]
    public void AnIndexFromTheEnvironmentOutsideTheSplitNamesTheVariable()
    {
        var e = Assert.Throws<UserInputException>(() => ShardPlan.Parse("env/2", v => v == "SLURM_ARRAY_TASK_ID" ? "5" : null))!;
        Assert.That(e.Message, Does.Contain("SLURM_ARRAY_TASK_ID=5").And.Contain("from 0 to 1"));
    }

    [Test]
    public void EveryDrawLandsInExactlyOneShardOfAnySplit()
    {
        var keys = Keys("a").Concat(Keys("b")).ToList();
        foreach (var n in new[] { 1, 2, 3, 4, 7, 16 })
        {
            var owners = keys.Select(k => Enumerable.Range(0, n).Count(i => new ShardPlan(i, n).Contains(k))).ToList();
            Assert.That(owners, Is.All.EqualTo(1), $"{n} shards");
            // A hash, not round robin: shards are close to even, not exact.
            var sizes = Enumerable.Range(0, n).Select(i => keys.Count(new ShardPlan(i, n).Contains)).ToList();
            Assert.That(sizes.Min(), Is.GreaterThan(keys.Count / n / 2), $"{n} shards: {string.Join(",", sizes)}");
        }
    }

    [Test]
    public void AddingAModelMovesNoOtherModelsDraw()
    {
        // The shard depends on the draw alone: the same keys land in the same shard whatever else is in the plan.
        var before = Keys("a").ToDictionary(k => k, k => ShardPlan.ShardOf(k, 4));
        var plan = Keys("a").Concat(Keys("new-model")).ToList();
        Assert.That(plan.Where(k => k.Model == "a").All(k => ShardPlan.ShardOf(k, 4) == before[k]));
        Assert.That(Keys("a").Select(k => ShardPlan.ShardOf(k, 4)).Distinct().Count(), Is.EqualTo(4), "the draws spread over every shard");
    }

    private static IEnumerable<SampleKey> Keys(string model) =>
        Enumerable.Range(0, 100).SelectMany(t => Enumerable.Range(0, 3).Select(i => new SampleKey(model, $"task_{t}", i)));
}
