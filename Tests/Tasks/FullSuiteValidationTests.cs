using NUnit.Framework;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Tasks;
using QwenEval.Tasks.Validation;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Tasks;

/// <summary>The shipped suite's claim: at least 200 tasks, at least 400 decoys, every canonical passes and every decoy fails in the sandbox.</summary>
public sealed class FullSuiteValidationTests
{
    [Test]
    [Category("Slow")]
    public void QwenCodingV1ValidatesInTheSandbox()
    {
        var sandbox = Sandboxes.Bubblewrap();
        var suite = SuiteLoader.Load(TestPaths.Suite);
        var timeouts = TimeoutConfig.DeclaredBudgets; // as `tasks validate` judges: the declared budgets that slow decoys must exceed
        var report = new SuiteValidator(new TestExecutor(sandbox, Path.GetTempPath()), t => timeouts.ForTask(t.TimeBudgetSeconds), Environment.ProcessorCount)
            .Validate(suite, SuiteLint.Rules.Strict, null, CancellationToken.None);
        Assert.That(report.Tasks, Is.GreaterThanOrEqualTo(200));
        Assert.That(report.Decoys, Is.GreaterThanOrEqualTo(400));
        Assert.That(report.Violations.Select(v => v.ToString()), Is.Empty);
        foreach (var d in SuiteLoader.Difficulties)
            Assert.That(suite.Tasks.Count(t => t.Difficulty == d), Is.GreaterThanOrEqualTo(suite.Tasks.Count / 4), $"at least 25% {d}");
    }
}
