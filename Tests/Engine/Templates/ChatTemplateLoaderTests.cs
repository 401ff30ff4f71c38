using NUnit.Framework;
using System.Text.Json;
using QwenEval.Core;
using QwenEval.Core.Generation;
using QwenEval.Prompting;
using QwenEval.Engine.Templates;

namespace QwenEval.Tests.Engine.Templates;
public sealed class ChatTemplateLoaderTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("qweneval-tmpl-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, object json) => File.WriteAllText(Path.Combine(_dir, name), JsonSerializer.Serialize(json));

    private static readonly ChatMessage[] Hello = [new("user", "Hi")];

    [Test]
    public void ReadsChatTemplateStringAndSpecialTokensLikeTransformers()
    {
        Write("tokenizer_config.json", new Dictionary<string, object?>
        {
            ["chat_template"] = "{{ bos_token }}|{{ eos_token }}|{{ pad_token is defined }}|{{ unk_token }}|{{ additional_special_tokens|length }}|{{ messages[0].content }}",
            ["bos_token"] = new { __type = "AddedToken", content = "<s>", lstrip = false },
            ["eos_token"] = "</s>",
            ["pad_token"] = null,
            ["unk_token"] = "",
            ["additional_special_tokens"] = new object[] { "<a>", new { content = "<b>" } },
        });
        var template = ChatTemplateLoader.Load(_dir);
        Assert.That(template.Render(Hello, false, true), Is.EqualTo("<s>|</s>|False||2|Hi"));
    }

    [Test]
    public void SpecialTokensMapOverridesTokenizerConfig()
    {
        Write("tokenizer_config.json", new { chat_template = "{{ eos_token }}", eos_token = "<old>" });
        Write("special_tokens_map.json", new { eos_token = new { content = "<new>", lstrip = false } });
        Assert.That(ChatTemplateLoader.Load(_dir).Render(Hello, false, false), Is.EqualTo("<new>"));
    }

    [Test]
    public void UsesTheDefaultEntryOfATemplateList()
    {
        Write("tokenizer_config.json", new
        {
            chat_template = new[] { new { name = "tool_use", template = "tools" }, new { name = "default", template = "plain {{ add_generation_prompt }}" } },
        });
        Assert.That(ChatTemplateLoader.Load(_dir).Render(Hello, true, false), Is.EqualTo("plain True"));
    }

    [Test]
    public void ATemplateListWithoutDefaultIsAnInputError()
    {
        Write("tokenizer_config.json", new { chat_template = new[] { new { name = "tool_use", template = "x" } } });
        var e = Assert.Throws<UserInputException>(() => ChatTemplateLoader.Load(_dir));
        Assert.That(e!.Message, Does.Contain("tokenizer_config.json").And.Contain("\"tool_use\"").And.Contain("\"default\""));
    }

    [Test]
    public void ChatTemplateJinjaTakesPriorityOverTheConfigField()
    {
        Write("tokenizer_config.json", new { chat_template = "from config", eos_token = "<e>" });
        File.WriteAllText(Path.Combine(_dir, "chat_template.jinja"), "from file {{ eos_token }}\n");
        Assert.That(ChatTemplateLoader.Load(_dir).Render(Hello, false, false), Is.EqualTo("from file <e>"));
    }

    [Test]
    public void MissingChatTemplateNamesTheFileAndField()
    {
        Write("tokenizer_config.json", new { eos_token = "</s>" });
        var e = Assert.Throws<UserInputException>(() => ChatTemplateLoader.Load(_dir));
        Assert.That(e!.Message, Does.Contain(Path.Combine(_dir, "tokenizer_config.json")).And.Contain("\"chat_template\""));
    }

    [Test]
    public void MissingTokenizerConfigNamesTheFile()
    {
        var e = Assert.Throws<UserInputException>(() => ChatTemplateLoader.Load(_dir));
        Assert.That(e!.Message, Does.Contain("tokenizer_config.json").And.Contain("chat_template"));
    }

    [Test]
    public void MissingFolderAndBadJsonAreInputErrors()
    {
        Assert.Throws<UserInputException>(() => ChatTemplateLoader.Load(Path.Combine(_dir, "nope")));
        File.WriteAllText(Path.Combine(_dir, "tokenizer_config.json"), "{ \"chat_template\": ");
        var e = Assert.Throws<UserInputException>(() => ChatTemplateLoader.Load(_dir));
        Assert.That(e!.Message, Does.Contain("not valid JSON"));
    }

    [Test]
    public void InvalidJinjaIsAnInputErrorWithTheTemplateLine()
    {
        Write("tokenizer_config.json", new { chat_template = "line 1\n{% if x %}\nunclosed" });
        var e = Assert.Throws<UserInputException>(() => ChatTemplateLoader.Load(_dir));
        Assert.That(e!.Message, Does.Contain("\"chat_template\"").And.Contain("not valid Jinja").And.Contain("endif"));
    }

    [Test]
    public void RaiseExceptionReachesTheUserAsAnInputError()
    {
        Write("tokenizer_config.json", new { chat_template = "{% if messages[0].role != 'system' %}{{ raise_exception('System first!') }}{% endif %}" });
        var e = Assert.Throws<ChatTemplateException>(() => ChatTemplateLoader.Load(_dir).Render(Hello, true, true));
        Assert.That(e, Is.InstanceOf<UserInputException>());
        Assert.That(e!.Message, Does.Contain("System first!").And.Contain("tokenizer_config.json"));
        Assert.That(e.Template, Is.InstanceOf<TemplateRaisedException>());
    }

    [Test]
    public void Qwen3FixtureLoadsAndMatchesItsGoldens()
    {
        var folder = GoldenFiles.RequireShared("fixtures", "qwen3-tokenizer", "tokenizer_config.json");
        var template = ChatTemplateLoader.Load(Path.GetDirectoryName(folder)!);
        var cases = ChatTemplateGoldenTests.LoadCases("qwen3.json");
        Assert.That(template.Source, Is.EqualTo(cases[0].Template), "qwen3.json is stale: rerun make_goldens.py");
        Assert.That(template.SpecialTokens.Keys, Is.EquivalentTo(cases[0].SpecialTokens.Keys));
        Assert.That(template.SpecialTokens["eos_token"], Is.EqualTo("<|im_end|>"));
        Assert.That(template.SpecialTokens.ContainsKey("bos_token"), Is.False, "bos_token is null in the Qwen3 config");
        var check = new GoldenAssert();
        foreach (var c in cases.Where(c => c.PlainMessages() is not null && c.Expected is not null))
            check.Equal(c.Name, c.Expected, template.Render(c.PlainMessages()!, c.AddGenerationPrompt, c.EnableThinking));
        check.Verify("qwen3 fixture");
    }

    [Test]
    public void Qwen3FixtureRendersTheHarnessPrompt()
    {
        var folder = GoldenFiles.RequireShared("fixtures", "qwen3-tokenizer");
        var messages = new ChatMessage[] { new("system", PromptBuilder.System), new("user", "Write add(a, b).") };
        var text = ChatTemplateLoader.Load(folder).Render(messages, addGenerationPrompt: true, enableThinking: false);
        Assert.That(text, Is.EqualTo(
            $"<|im_start|>system\n{PromptBuilder.System}<|im_end|>\n<|im_start|>user\nWrite add(a, b).<|im_end|>\n" +
            "<|im_start|>assistant\n<think>\n\n</think>\n\n"));
    }

    [Test]
    public void Qwen35FixtureWithoutATemplateIsAnInputError()
    {
        var folder = GoldenFiles.RequireShared("fixtures", "ort-genai-test-models", "qwen3-5");
        var e = Assert.Throws<UserInputException>(() => ChatTemplateLoader.Load(folder));
        Assert.That(e!.Message, Does.Contain("tokenizer_config.json").And.Contain("\"chat_template\""));
    }
}
