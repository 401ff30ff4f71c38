namespace QwenEval.Engine.Templates;

/// <summary>
/// A Python sequence type that is not a list (range, dict views): iterates, indexes and measures like a list but
/// has its own type name and repr, cannot be concatenated and is not JSON serializable.
/// </summary>
internal abstract class PyListLike : List<object?>
{
    public abstract string TypeName { get; }

    public abstract string Repr();
}

/// <summary>range(start, stop[, step]).</summary>
internal sealed class PyRange(long start, long stop, long step) : PyListLike
{
    public override string TypeName => "range";

    public override string Repr() => step == 1 ? $"range({start}, {stop})" : $"range({start}, {stop}, {step})";
}

/// <summary>dict.keys(), .values(), .items(): iterable and sized, but not subscriptable.</summary>
internal sealed class PyDictView : PyListLike
{
    private readonly string _kind;

    public PyDictView(string kind, IEnumerable<object?> items)
    {
        _kind = kind;
        AddRange(items);
    }

    public override string TypeName => _kind;

    public override string Repr() => $"{_kind}([{string.Join(", ", this.Select(PyOps.Repr))}])";
}
