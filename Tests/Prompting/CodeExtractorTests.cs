using NUnit.Framework;
using QwenEval.Core.Generation;
using QwenEval.Prompting;

namespace QwenEval.Tests.Prompting;

public sealed class CodeExtractorTests
{
    private const string Prompt = "import math\nfrom typing import List\n\n\ndef hyp(a: float, b: float) -> float:\n    \"\"\"Length of the hypotenuse.\"\"\"\n";

    private static string? Extract(string answer) => CodeExtractor.Extract(answer, Prompt, "hyp");

    [Test]
    public void FencedBlockWithProseAround()
    {
        var code = Extract("Sure! Here you go:\n\n```python\nimport math\n\ndef hyp(a, b):\n    return math.hypot(a, b)\n```\n\nThis uses `math.hypot`.");
        Assert.That(code, Is.EqualTo("from typing import List\nimport math\n\ndef hyp(a, b):\n    return math.hypot(a, b)\n"));
    }

    [Test]
    public void PicksTheBlockThatDefinesTheEntryPoint()
    {
        var answer = "Usage first:\n```python\nprint(hyp(3, 4))\n```\nImplementation:\n```py\ndef hyp(a, b):\n    return (a*a + b*b) ** 0.5\n```\n";
        Assert.That(Extract(answer), Does.Contain("def hyp(a, b):").And.Not.Contain("print(hyp(3, 4))"));
    }

    [Test]
    public void IgnoresNonPythonFences()
    {
        var answer = "```bash\npython run.py\n```\n```\ndef hyp(a, b):\n    return 5.0\n```";
        Assert.That(Extract(answer), Does.Contain("def hyp(a, b):").And.Not.Contain("run.py"));
    }

    [Test]
    public void BareCodeAfterProse()
    {
        var code = Extract("The solution is below.\ndef hyp(a, b):\n    return math.sqrt(a * a + b * b)\n");
        Assert.That(code, Does.StartWith("import math\nfrom typing import List\ndef hyp(a, b):"));
    }

    [Test]
    public void BodyOnlyAnswerIsCompletedWithThePrompt()
    {
        var code = Extract("    return math.hypot(a, b)\n");
        Assert.That(code, Is.EqualTo(Prompt.TrimEnd() + "\n    return math.hypot(a, b)\n"));
    }

    [Test]
    public void ThinkingIsStrippedBeforeExtraction()
    {
        var answer = "<think>\nMaybe ```python\ndef hyp(a, b): return 0\n```? No.\n</think>\n\n```python\ndef hyp(a, b):\n    return math.hypot(a, b)\n```";
        Assert.That(Extract(answer), Does.Contain("math.hypot").And.Not.Contain("return 0"));
    }

    [Test]
    public void UnclosedThinkingHasNoCode() =>
        Assert.That(Extract("<think>\nLet me consider ```python\ndef hyp(a, b): return 1\n```"), Is.Null);

    [Test]
    public void AnswerThatStartsInsideReasoning()
    {
        var answer = "the template opened the think tag...\n</think>\n```python\ndef hyp(a, b):\n    return 1.0\n```";
        Assert.That(Extract(answer), Does.Contain("return 1.0").And.Not.Contain("template"));
    }

    [Test]
    public void TruncatedFenceStillYieldsCode() =>
        Assert.That(Extract("```python\ndef hyp(a, b):\n    return math.hypot(a,"), Does.Contain("def hyp(a, b):"));

    [Test]
    public void ProseOnlyHasNoCode() =>
        Assert.That(Extract("I am not able to help with that request."), Is.Null);

    [Test]
    public void CodeForAnotherFunctionOnlyIsKeptAndNamedAsMissingTheEntryPoint()
    {
        var code = Extract("```python\ndef other(x):\n    return x\n\nclass Helper:\n    pass\n```");
        Assert.That(code, Does.Contain("def other(x):").And.Not.Contain("def hyp"), "kept as written, not completed with the prompt");
        Assert.That(CodeExtractor.EntryPointMissing(code!, "hyp"), Is.EqualTo("the answer's code defines `other`, `Helper` but not the entry point `hyp`"));
        Assert.That(CodeExtractor.EntryPointMissing(Extract("```python\ndef hyp(a, b):\n    return 1\n```")!, "hyp"), Is.Null);
    }

    [Test]
    public void ProseWithAnIndentedLineAndNoDefinitionHasNoCode() =>
        Assert.That(Extract("Sure. Consider:\n\n    the answer is to use hypot\n"), Is.Null);

    [Test]
    public void WindowsLineEndingsAreNormalised() =>
        Assert.That(Extract("```python\r\ndef hyp(a, b):\r\n    return 1\r\n```"), Does.Not.Contain("\r"));

    [Test]
    public void ClassEntryPoint() =>
        Assert.That(CodeExtractor.Extract("```python\nclass Stack:\n    pass\n```", "class Stack:\n    \"\"\"A stack.\"\"\"\n", "Stack"),
            Is.EqualTo("class Stack:\n    pass\n"));
}
