namespace QwenEval.Engine.Templates;

/// <summary>
/// One level of variables. Jinja gives each loop iteration, macro call and with-block its own level (a set there is
/// invisible outside it) while if-blocks share their enclosing one; lookups walk outwards.
/// </summary>
internal sealed class Scope(Scope? parent)
{
    private readonly Dictionary<string, object?> _vars = new(StringComparer.Ordinal);

    public Scope? Parent { get; } = parent;

    public bool TryGet(string name, out object? value)
    {
        for (var s = this; s is not null; s = s.Parent)
            if (s._vars.TryGetValue(name, out value)) return true;
        value = null;
        return false;
    }

    public void Set(string name, object? value) => _vars[name] = value;
}
