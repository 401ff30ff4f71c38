using NUnit.Framework;
using QwenEval.Backends.OpenAi;
using QwenEval.Serve;

namespace QwenEval.Tests.Serve;

/// <summary>Reasoning split off as reasoning_content, streamed in pieces that only grow, and rejoined by the client byte for byte.</summary>
public sealed class AnswerPartsTests
{
    [TestCase("plain answer", false, null, "plain answer")]
    [TestCase("<think>\nsteps\n</think>\n\nanswer", false, "steps", "answer")]
    [TestCase("steps\n</think>\n\nanswer", true, "steps", "answer")]
    [TestCase("<think>\nunfinished", false, "unfinished", "")]
    [TestCase("<thi", false, null, "<thi")]
    [TestCase("text with </think> inside", false, null, "text with </think> inside")]
    public void SplitsQwenReasoningFromTheAnswer(string text, bool opens, string? reasoning, string content)
    {
        Assert.That(AnswerParts.Split(text, opens, final: true), Is.EqualTo((reasoning, content)));
    }

    [TestCase("<think>\nI add them.\n</think>\n\ndef add(a, b):\n    return a + b\n")]
    [TestCase("<think>\nnever closed because max_tokens ran out")]
    [TestCase("def f():\n    return 1\n")]
    public void StreamedPiecesJoinToTheWholeAnswerAndTheClientRebuildsIt(string text)
    {
        var streamed = new StreamedAnswer([], promptOpensThinking: false);
        string reasoning = "", content = "";
        foreach (var ch in text)
        {
            var (r, c) = streamed.Add(ch.ToString());
            reasoning += r;
            content += c;
        }
        var (fr, fc) = streamed.Finish(text);
        reasoning += fr;
        content += fc;
        var (wholeReasoning, wholeContent) = AnswerParts.Split(text, false, final: true);
        Assert.That((reasoning, content), Is.EqualTo((wholeReasoning ?? "", wholeContent)));

        var reply = new ChatReply();
        var finish = text.Contains("never closed") ? "length" : "stop";
        reply.AddEvent($$"""{"choices":[{"delta":{"reasoning_content":{{System.Text.Json.JsonSerializer.Serialize(reasoning)}},"content":{{System.Text.Json.JsonSerializer.Serialize(content)}}},"finish_reason":"{{finish}}"}]}""", 1);
        Assert.That(reply.Text(), Is.EqualTo(text));
    }

    [Test]
    public void TextThatMayBecomeAStopStringIsHeldBack()
    {
        var streamed = new StreamedAnswer(["\nEND"], promptOpensThinking: false);
        var sent = "";
        foreach (var piece in new[] { "abc", "\n", "EN" }) sent += streamed.Add(piece).Content;
        Assert.That(sent, Is.EqualTo("abc"), "'\\nEN' may still become the stop string");
        // The generator cut the answer before the stop string.
        sent += streamed.Finish("abc").Content;
        Assert.That(sent, Is.EqualTo("abc"));
    }
}
