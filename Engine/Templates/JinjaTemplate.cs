namespace QwenEval.Engine.Templates;

/// <summary>
/// A parsed Jinja template, rendered as Jinja2 renders it in the environment transformers uses for chat templates
/// (ImmutableSandboxedEnvironment, trim_blocks, lstrip_blocks, loop controls, tojson without HTML escaping).
/// </summary>
public sealed class JinjaTemplate
{
    private readonly List<Stmt> _body;

    private JinjaTemplate(List<Stmt> body) => _body = body;

    /// <summary>Parses template text; throws <see cref="TemplateSyntaxException"/> for invalid Jinja.</summary>
    public static JinjaTemplate Parse(string source) => new(Parser.Parse(source));

    /// <summary>
    /// Renders with the given variables (values as <see cref="JinjaValues.FromClr"/> accepts). Throws
    /// <see cref="TemplateException"/> where Jinja2 would raise, <see cref="TemplateRaisedException"/> for raise_exception.
    /// </summary>
    public string Render(IReadOnlyDictionary<string, object?> variables)
    {
        var scope = new Scope(Globals.Create());
        foreach (var (name, value) in variables) scope.Set(name, JinjaValues.FromClr(value));
        try
        {
            return new Interpreter().Render(_body, scope);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new TemplateException("RecursionError", "maximum recursion depth exceeded while calling a Python object");
        }
    }
}
