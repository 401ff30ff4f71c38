namespace QwenEval.Engine.Templates;

/// <summary>
/// A Python generator or iterator (what select, map, reverse, items... return): truthy even when empty, no len(),
/// and used up by the first iteration, exactly as in Python, since templates can depend on all three.
/// </summary>
internal sealed class PyIterator(IEnumerable<object?> source, string typeName, string producer)
{
    private IEnumerator<object?>? _enumerator = source.GetEnumerator();

    /// <summary>generator or list_reverseiterator.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>The function that made it, for repr: &lt;generator object do_items at ...&gt;.</summary>
    public string Producer { get; } = producer;

    public IEnumerable<object?> Consume()
    {
        var e = _enumerator;
        _enumerator = null;
        if (e is null) yield break;
        using (e)
            while (e.MoveNext())
                yield return e.Current;
    }
}
