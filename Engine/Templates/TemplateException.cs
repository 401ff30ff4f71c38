namespace QwenEval.Engine.Templates;

/// <summary>
/// A template failed to parse or render. <see cref="PythonType"/> names the exception Jinja2 raises in the same
/// situation (TemplateSyntaxError, UndefinedError, TypeError, TemplateError for raise_exception, ...), so tests can
/// compare failures with the reference implementation.
/// </summary>
public class TemplateException(string pythonType, string message, int line = 0) : Exception(message)
{
    public string PythonType { get; } = pythonType;

    /// <summary>1-based template line where the problem was found; 0 when unknown.</summary>
    public int Line { get; internal set; } = line;
}

/// <summary>The template text is not valid Jinja.</summary>
public sealed class TemplateSyntaxException(string message, int line) : TemplateException("TemplateSyntaxError", message, line);

/// <summary>The template itself called raise_exception(message), e.g. to reject a role order it does not support.</summary>
public sealed class TemplateRaisedException(string message) : TemplateException("TemplateError", message);
