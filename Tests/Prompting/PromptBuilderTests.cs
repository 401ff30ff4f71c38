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

    [Test]
    public void ClassTasksAreIntroducedAsClassesAndFunctionsAsFunctions()
    {
        var suite = SuiteLoader.Load(TestPaths.Suite);
        var bus = PromptBuilder.Build(suite.Find("cls_event_bus")!)[1].Content;
        Assert.That(bus, Does.StartWith("Complete the Python class `EventBus` below").And.Contain("(imports, the class and any helpers)"));
        var function = suite.Tasks.First(t => !t.Id.StartsWith("cls_", StringComparison.Ordinal) && !t.Id.StartsWith("iter_", StringComparison.Ordinal));
        Assert.That(PromptBuilder.Build(function)[1].Content, Does.StartWith($"Complete the Python function `{function.EntryPoint}` below"));
        Assert.That(suite.Tasks.Where(t => t.Id.StartsWith("cls_", StringComparison.Ordinal)).Select(PromptBuilder.EntryPointKind), Is.All.EqualTo("class"));
        Assert.That(PromptBuilder.Version, Is.EqualTo("chat-v2"), "the wording changed: run folders of chat-v1 refuse to resume");
    }
}
