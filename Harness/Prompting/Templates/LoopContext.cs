namespace QwenEval.Harness.Prompting.Templates;

/// <summary>The `loop` variable of a for loop (index, first, last, length, previtem, cycle(...), ...).</summary>
internal sealed class LoopContext(IReadOnlyList<object?> items, int depth0, Func<object?, string>? recurse)
{
    private static readonly object NoValue = new();
    private object? _lastChanged = NoValue;

    public int Index0 { get; set; }

    public int Length => items.Count;

    /// <summary>loop(iterable) of a recursive loop; null when the loop is not recursive.</summary>
    public Func<object?, string>? Recurse { get; } = recurse;

    public bool TryGetAttribute(string name, out object? value)
    {
        value = name switch
        {
            "index0" => (long)Index0,
            "index" => (long)Index0 + 1,
            "revindex" => (long)(Length - Index0),
            "revindex0" => (long)(Length - Index0 - 1),
            "first" => Index0 == 0,
            "last" => Index0 == Length - 1,
            "length" => (long)Length,
            "depth0" => (long)depth0,
            "depth" => (long)depth0 + 1,
            "previtem" => Index0 > 0 ? items[Index0 - 1] : Undefined.Hint("there is no previous item"),
            "nextitem" => Index0 < Length - 1 ? items[Index0 + 1] : Undefined.Hint("there is no next item"),
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
