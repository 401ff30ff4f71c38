using NUnit.Framework;
using QwenEval.Engine.Templates;

namespace QwenEval.Tests.Engine.Templates;

/// <summary>
/// Small Jinja snippets rendered by Jinja2 against one shared context: snippets.json (written by hand, one feature
/// each) and fuzz.json (generated: whitespace-control mixes and random expressions).
/// </summary>
public sealed class TemplateSnippetGoldenTests
{
    [TestCase("snippets.json")]
    [TestCase("fuzz.json")]
    public void SnippetsRenderLikeJinja2(string file)
    {
        var root = GoldenFiles.Read(file);
        var context = root.GetProperty("context").EnumerateObject().ToDictionary(p => p.Name, p => JinjaValues.FromJson(p.Value));
        var check = new GoldenAssert();
        foreach (var c in root.GetProperty("cases").EnumerateArray())
        {
            var text = c.GetProperty("template").GetString()!;
            var name = $"{c.GetProperty("name").GetString()} {System.Text.Json.JsonSerializer.Serialize(text.Length > 60 ? text[..60] + "…" : text)}";
            var hasError = c.TryGetProperty("error", out var error);
            try
            {
                var actual = JinjaTemplate.Parse(text).Render(context);
                if (hasError) check.Fail(name, $"rendered {actual}, but Jinja2 raised {error.GetProperty("type").GetString()}");
                else check.Equal(name, c.GetProperty("expected").GetString(), actual);
            }
            catch (TemplateException e)
            {
                var type = hasError ? error.GetProperty("type").GetString() : null;
                var message = hasError ? error.GetProperty("message").GetString() : null;
                // Syntax-error wording is Jinja's parser's own; every other message is part of the behaviour.
                if (!hasError) check.Fail(name, $"raised {e.PythonType}: {e.Message}");
                else if (e.PythonType != type || (e is not TemplateSyntaxException && e.Message != message))
                    check.Fail(name, $"raised {e.PythonType}: {e.Message}; Jinja2 raised {type}: {message}");
                else check.Passed();
            }
        }
        check.Verify(file);
    }
}
