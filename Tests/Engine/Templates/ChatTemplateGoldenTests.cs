using NUnit.Framework;
using QwenEval.Core.Generation;
using QwenEval.Prompting;
using QwenEval.Engine.Templates;

namespace QwenEval.Tests.Engine.Templates;

/// <summary>
/// Every case in Tests/Goldens/chat_template/*.json (rendered by Jinja2 the way transformers renders chat templates,
/// see make_goldens.py) must come out byte for byte the same, or fail with the same exception. One test per golden
/// file; a failure lists each differing case and where it diverges.
/// </summary>
public sealed class ChatTemplateGoldenTests
{
    public static IEnumerable<string> Files() => GoldenFiles.ChatTemplateFiles();

    internal static List<ChatGoldenCase> LoadCases(string file)
    {
        var root = GoldenFiles.Read(file);
        return root.GetProperty("cases").EnumerateArray().Select(c => new ChatGoldenCase(file, root, c)).ToList();
    }

    [TestCaseSource(nameof(Files))]
    public void EngineRendersLikeJinja2(string file)
    {
        var cases = LoadCases(file);
        var template = JinjaTemplate.Parse(cases[0].Template);
        var check = new GoldenAssert();
        foreach (var c in cases)
        {
            try
            {
                var actual = template.Render(c.Variables());
                if (c.Error is { } error) check.Fail(c.Name, $"rendered, but Jinja2 raised {error.Type}: {error.Message}");
                else check.Equal(c.Name, c.Expected, actual);
            }
            catch (TemplateException e)
            {
                if (c.Error is not { } error) check.Fail(c.Name, $"raised {e.PythonType}: {e.Message}");
                else if (e.PythonType != error.Type || e.Message != error.Message)
                    check.Fail(c.Name, $"raised {e.PythonType}: {e.Message}; Jinja2 raised {error.Type}: {error.Message}");
                else check.Passed();
            }
        }
        check.Verify(file);
    }

    [TestCaseSource(nameof(Files))]
    public void ChatTemplateRendersLikeApplyChatTemplate(string file)
    {
        var cases = LoadCases(file).Where(c => c.PlainMessages() is not null).ToList();
        var chat = new ChatTemplate(cases[0].Template, cases[0].SpecialTokens, file);
        var check = new GoldenAssert();
        foreach (var c in cases)
        {
            var messages = c.PlainMessages()!;
            try
            {
                var actual = chat.Render(messages, c.AddGenerationPrompt, c.EnableThinking);
                if (c.Error is { } error) check.Fail(c.Name, $"rendered, but Jinja2 raised {error.Type}: {error.Message}");
                else if (c.EnableThinking is { } thinking && ((IChatTemplate)chat).Render(messages, c.AddGenerationPrompt, thinking) != actual)
                    check.Fail(c.Name, "IChatTemplate.Render differs from Render with the same enable_thinking");
                else check.Equal(c.Name, c.Expected, actual);
            }
            catch (ChatTemplateException e)
            {
                // Errors reach users as input errors naming the template's origin and Jinja's message.
                if (c.Error is not { } error) check.Fail(c.Name, e.Message);
                else if (e.Template.PythonType != error.Type || !e.Message.Contains(error.Message) || !e.Message.StartsWith(file))
                    check.Fail(c.Name, $"{e.Message}; Jinja2 raised {error.Type}: {error.Message}");
                else check.Passed();
            }
        }
        check.Verify(file);
    }

    [Test]
    public void GoldenSetCoversTheRequiredTemplatesAndCases()
    {
        Assert.That(Files(), Is.SupersetOf(new[] { "qwen3.json", "chatml.json", "llama2.json", "llama3.json" }));
        var qwen3 = LoadCases("qwen3.json");
        Assert.That(qwen3.Select(c => c.EnableThinking).Distinct(), Is.EquivalentTo(new bool?[] { null, true, false }));
        Assert.That(qwen3.Select(c => c.AddGenerationPrompt).Distinct(), Is.EquivalentTo(new[] { true, false }));
        Assert.That(qwen3.Count(c => c.Expected is not null), Is.GreaterThan(70));
        Assert.That(Files().SelectMany(LoadCases).Count(c => c.Error is { Type: "TemplateError" }), Is.GreaterThan(0),
            "some cases should exercise raise_exception");
    }
}
