namespace QwenEval.Engine.Templates;

/// <summary>
/// Jinja2's default Undefined: falsy, renders as "", iterates as empty, has length 0, equals only another Undefined;
/// arithmetic, ordering, calls, attribute and item access on it raise UndefinedError with Jinja's message.
/// </summary>
internal sealed class Undefined
{
    private static readonly object Missing = new();

    private readonly string? _hint;
    private readonly object? _owner;
    private readonly object? _name;

    /// <summary>The Python exception used when the value is misused: UndefinedError, or SecurityError for blocked attributes.</summary>
    public string ErrorType { get; }

    private Undefined(string? hint, object? owner, object? name, string errorType)
    {
        _hint = hint;
        _owner = owner;
        _name = name;
        ErrorType = errorType;
    }

    public static Undefined Name(string name) => new(null, Missing, name, "UndefinedError");

    public static Undefined Hint(string hint) => new(hint, Missing, null, "UndefinedError");

    /// <summary>What obj.name / obj[name] gives when obj has no such attribute or item.</summary>
    public static Undefined Member(object? owner, object? name) => new(null, owner, name, "UndefinedError");

    public static Undefined Unsafe(object? owner, string attribute) =>
        new($"access to attribute {PyOps.Repr(attribute)} of {PyOps.Repr(PyOps.TypeName(owner))} object is unsafe.", owner, attribute, "SecurityError");

    public string Message
    {
        get
        {
            if (_hint is not null) return _hint;
            if (ReferenceEquals(_owner, Missing)) return $"{PyOps.Repr(_name)} is undefined";
            if (_name is not string) return $"{ObjectTypeRepr(_owner)} has no element {PyOps.Repr(_name)}";
            return $"{PyOps.Repr(ObjectTypeRepr(_owner))} has no attribute {PyOps.Repr(_name)}";
        }
    }

    public TemplateException Fail() => new(ErrorType, Message);

    /// <summary>jinja2.utils.object_type_repr: builtins by name, other classes with their module.</summary>
    private static string ObjectTypeRepr(object? owner) => owner switch
    {
        null => "None",
        Markup => "markupsafe.Markup object",
        Namespace => "jinja2.utils.Namespace object",
        LoopContext => "jinja2.runtime.LoopContext object",
        Macro => "jinja2.runtime.Macro object",
        _ => $"{PyOps.TypeName(owner)} object",
    };
}
