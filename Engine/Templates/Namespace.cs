namespace QwenEval.Engine.Templates;

/// <summary>The object namespace(...) returns: the one thing a template may assign attributes on ({% set ns.x = ... %}).</summary>
internal sealed class Namespace
{
    public OrderedDictionary<string, object?> Attributes { get; } = new(StringComparer.Ordinal);
}
