namespace QwenEval.Engine.Templates;

/// <summary>
/// The `loop` variable of a for loop (index, first, last, length, previtem, cycle(...), ...). Items are pulled from
/// the source on demand, as Jinja's generator-backed loop does: with `for x in xs if test`, the test for an item runs
/// only when that item is reached (or when loop.last, nextitem or length needs to look ahead), so it sees state the
/// loop body changed before.
/// </summary>
internal sealed class LoopContext(IEnumerator<object?> source, int depth0, Func<object?, string>? recurse)
{
    private static readonly object NoValue = new();
    private readonly List<object?> _items = [];
    private bool _exhausted;
    private object? _lastChanged = NoValue;

    public int Index0 { get; set; }

    /// <summary>loop(iterable) of a recursive loop; null when the loop is not recursive.</summary>
    public Func<object?, string>? Recurse { get; } = recurse;

    /// <summary>Whether there is an item at index (pulling items from the source up to it).</summary>
    public bool Has(int index)
    {
        while (_items.Count <= index && !_exhausted)
        {
            if (source.MoveNext()) _items.Add(source.Current);
            else _exhausted = true;
        }
        return index < _items.Count;
    }

    public object? this[int index] => _items[index];

    public int Length
    {
        get
        {
            while (Has(_items.Count)) { }
            return _items.Count;
        }
    }

    public bool TryGetAttribute(string name, out object? value)
    {
        value = name switch
        {
            "index0" => (long)Index0,
            "index" => (long)Index0 + 1,
            "revindex" => (long)(Length - Index0),
            "revindex0" => (long)(Length - Index0 - 1),
            "first" => Index0 == 0,
            "last" => !Has(Index0 + 1),
            "length" => (long)Length,
            "depth0" => (long)depth0,
            "depth" => (long)depth0 + 1,
            "previtem" => Index0 > 0 ? _items[Index0 - 1] : Undefined.Hint("there is no previous item"),
            "nextitem" => Has(Index0 + 1) ? _items[Index0 + 1] : Undefined.Hint("there is no next item"),
            "cycle" => new BoundMethod(this, "cycle", Cycle),
            "changed" => new BoundMethod(this, "changed", Changed),
            _ => NoValue,
        };
        return !ReferenceEquals(value, NoValue);
    }

    private object? Cycle(Arguments args)
    {
        args.NoKeywords("cycle");
        if (args.Positional.Count == 0) throw new TemplateException("TypeError", "no items for cycling given");
        return args.Positional[Index0 % args.Positional.Count];
    }

    private object? Changed(Arguments args)
    {
        object?[] value = [.. args.Positional];
        if (!ReferenceEquals(_lastChanged, NoValue) && PyOps.Eq(_lastChanged, value)) return false;
        _lastChanged = value;
        return true;
    }
}
