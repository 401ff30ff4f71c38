using NUnit.Framework;
using QwenEval.Backends;
using QwenEval.Backends.OpenAi;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;

namespace QwenEval.Tests.Backends.OpenAi;

public sealed class OpenAiKindTests
{
    private static ModelSpec Spec(OpenAiSettings settings) =>
        new("served", "openai", settings, new GenerationSettings(DecodingConfig.Greedy, 16, 600, false, null));

    [Test]
    public void ConcurrencyIsTheServersAndLocalFoldersRunOneAtATime()
    {
        IBackendKind openai = BackendKinds.Find("openai")!;
        Assert.That(openai.Concurrency(Spec(new OpenAiSettings("http://127.0.0.1:9/v1", "m", null, Concurrency: 3))), Is.EqualTo(3));
        IBackendKind onnx = BackendKinds.Find("onnx")!;
        Assert.That(onnx.Concurrency(Spec(new OpenAiSettings("http://127.0.0.1:9/v1", "m", null))), Is.EqualTo(1));
    }

    [Test]
    public void WithoutAServerNamedNothingIsMeasuredNotEvenTheWorker()
    {
        using var backend = new OpenAiChatBackend(Spec(new OpenAiSettings("http://127.0.0.1:9/v1", "m", null)), new OpenAiSettings("http://127.0.0.1:9/v1", "m", null), null);
        Assert.That(backend.Memory.PeakBytes, Is.Null);
        Assert.That(backend.Memory.Source, Is.EqualTo(MemoryReading.None));
        using var measured = new OpenAiChatBackend(Spec(new OpenAiSettings("http://127.0.0.1:9/v1", "m", null)), new OpenAiSettings("http://127.0.0.1:9/v1", "m", null), null,
            serverPid: Environment.ProcessId);
        Assert.That(measured.Memory.Source, Is.EqualTo(MemoryReading.Server));
        Assert.That(measured.Memory.PeakBytes, Is.GreaterThan(0));
    }

    [Test]
    public void AServerThatIsDownLeavesRunJsonWithoutItsIdentity()
    {
        var facts = BackendKinds.Find("openai")!.Describe(Spec(new OpenAiSettings("http://127.0.0.1:9/v1", "m", null)));
        Assert.That(facts.ServedModel, Is.Null);
        Assert.That(facts.SystemFingerprint, Is.Null);
    }
}
