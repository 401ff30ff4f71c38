using System.Text.Json;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Harness;

/// <summary>Output for people reads as written: JSON without \u0022-style escapes.</summary>
public sealed class CliOutputTests
{
    [Test]
    public void DoctorJsonKeepsQuotesReadable()
    {
        var (exit, stdout, err) = Cli.Run("doctor", "--model", Path.Combine(TestPaths.Root, "models", "tiny-qwen2"), "--no-session", "--json");
        Assert.That(exit, Is.EqualTo(0), err);
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(stdout, Does.Contain("type \\\"qwen2\\\""), "a quote in a message is escaped as JSON requires, \\\" ");
        Assert.That(stdout, Does.Not.Contain("\\u0022").And.Not.Contain("\\u003E").And.Not.Contain("\\u003C").And.Not.Contain("\\u0027"));
    }
}
