using NUnit.Framework;
using QwenEval.Engine.Templates;

namespace QwenEval.Tests.Engine.Templates;

/// <summary>Renderer behaviour the goldens cannot show: robustness limits and the public API's value conversion.</summary>
public sealed class JinjaTemplateTests
{
    [Test]
    public void DeeplyNestedExpressionsFailAsTemplateErrors()
    {
        var text = "{{ " + new string('(', 20000) + "1" + new string(')', 20000) + " }}";
        Assert.Catch<TemplateException>(() => JinjaTemplate.Parse(text).Render(new Dictionary<string, object?>()));
    }

    [Test]
    public void RunawayMacroRecursionIsARecursionError()
    {
        var template = JinjaTemplate.Parse("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}");
        var e = Assert.Catch<TemplateException>(() => template.Render(new Dictionary<string, object?>()));
        Assert.That(e!.PythonType, Is.EqualTo("RecursionError"));
    }

    [Test]
    public void ClrValuesBecomePythonValues()
    {
        var template = JinjaTemplate.Parse("{{ i }} {{ f }} {{ seq }} {{ map }} {{ m.role }} {{ tup }}");
        var rendered = template.Render(new Dictionary<string, object?>
        {
            ["i"] = 3,
            ["f"] = 0.5f,
            ["seq"] = new[] { "a", "b" },
            ["map"] = new Dictionary<string, object?> { ["k"] = null, ["n"] = 1L },
            ["m"] = new QwenEval.Core.Generation.ChatMessage("user", "hi"),
            ["tup"] = new object?[] { true },
        });
        Assert.That(rendered, Is.EqualTo("3 0.5 ['a', 'b'] {'k': None, 'n': 1} user (True,)"));
    }

    [Test]
    public void ErrorsCarryTheTemplateLine()
    {
        var template = JinjaTemplate.Parse("line one\n{% if true %}\n{{ missing.attr }}\n{% endif %}");
        var e = Assert.Catch<TemplateException>(() => template.Render(new Dictionary<string, object?>()));
        Assert.That((e!.PythonType, e.Line), Is.EqualTo(("UndefinedError", 3)));
    }

    [Test]
    public void AParsedTemplateRendersRepeatedlyAndConcurrently()
    {
        var template = JinjaTemplate.Parse("{% set ns = namespace(n=0) %}{% for x in xs %}{% set ns.n = ns.n + x %}{% endfor %}{{ ns.n }}");
        var results = Enumerable.Range(0, 64).AsParallel()
            .Select(i => template.Render(new Dictionary<string, object?> { ["xs"] = Enumerable.Range(0, i).ToList() }))
            .ToList();
        Assert.That(results, Is.EqualTo(Enumerable.Range(0, 64).Select(i => (i * (i - 1) / 2).ToString()).ToList()));
    }
}
