using NUnit.Framework;
using QwenEval.Core.Generation;
using QwenEval.Prompting;
using QwenEval.Tasks;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Prompting;

public sealed class PromptBuilderTests
{
    [Test]
    public void PromptShowsSignatureButNeverTestsOrSolution()
    {
        var suite = SuiteLoader.Load(TestPaths.Suite);
        foreach (var task in suite.Tasks)
        {
            var messages = PromptBuilder.Build(task);
            Assert.That(messages.Select(m => m.Role), Is.EqualTo(new[] { "system", "user" }));
            var user = messages[1].Content;
            Assert.That(user, Does.Contain(task.Prompt.TrimEnd()));
            Assert.That(user, Does.Not.Contain("def check(candidate)"), task.Id);
        }
    }
}
