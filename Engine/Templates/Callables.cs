namespace QwenEval.Engine.Templates;

/// <summary>Anything a template can call: global functions, bound methods of str/dict/list, macros, loop(...).</summary>
internal abstract class JinjaCallable
{
    public abstract string Name { get; }

    public abstract object? Call(Interpreter interpreter, Arguments args);
}

internal sealed class BuiltinFunction(string name, Func<Interpreter, Arguments, object?> body) : JinjaCallable
{
    public override string Name => name;

    public override object? Call(Interpreter interpreter, Arguments args) => body(interpreter, args);
}

/// <summary>A method looked up on a value (e.g. "abc".startswith); Owner is the value it is bound to.</summary>
internal sealed class BoundMethod(object owner, string name, Func<Arguments, object?> body) : JinjaCallable
{
    public object Owner { get; } = owner;

    public override string Name => name;

    public override object? Call(Interpreter interpreter, Arguments args) => body(args);
}

/// <summary>Positional and keyword arguments of one call, with Python-style binding to named parameters.</summary>
internal sealed class Arguments(List<object?> positional, List<KeyValuePair<string, object?>> keywords)
{
    /// <summary>Marks a parameter without default: binding fails when it is not given.</summary>
    public static readonly object Required = new();

    public static Arguments Empty => new([], []);

    public List<object?> Positional { get; } = positional;

    public List<KeyValuePair<string, object?>> Keywords { get; } = keywords;

    public static Arguments Of(params object?[] positional) => new([.. positional], []);

    /// <summary>Binds to (name, default) parameters as a Python function signature would; TypeError like Python's.</summary>
    public object?[] Bind(string function, params (string Name, object? Default)[] parameters)
    {
        if (Positional.Count > parameters.Length)
            throw new TemplateException("TypeError",
                $"{function}() takes at most {parameters.Length} argument{(parameters.Length == 1 ? "" : "s")} ({Positional.Count} given)");
        var values = new object?[parameters.Length];
        var given = new bool[parameters.Length];
        for (var i = 0; i < Positional.Count; i++)
        {
            values[i] = Positional[i];
            given[i] = true;
        }
        foreach (var (key, value) in Keywords)
        {
            var index = Array.FindIndex(parameters, p => p.Name == key);
            if (index < 0)
                throw new TemplateException("TypeError", $"{function}() got an unexpected keyword argument {PyOps.Repr(key)}");
            if (given[index])
                throw new TemplateException("TypeError", $"{function}() got multiple values for argument {PyOps.Repr(key)}");
            values[index] = value;
            given[index] = true;
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            if (given[i]) continue;
            if (ReferenceEquals(parameters[i].Default, Required))
                throw new TemplateException("TypeError", $"{function}() missing required argument: {PyOps.Repr(parameters[i].Name)}");
            values[i] = parameters[i].Default;
        }
        return values;
    }

    public void NoKeywords(string function)
    {
        if (Keywords.Count > 0)
            throw new TemplateException("TypeError", $"{function}() takes no keyword arguments");
    }
}
