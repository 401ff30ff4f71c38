namespace QwenEval.Synthetic.Graph;

/// <summary>One dimension of a graph input or output: a fixed size or a symbolic name such as "batch_size".</summary>
public readonly record struct Dim
{
    public long? Size { get; }
    public string? Symbol { get; }

    private Dim(long? size, string? symbol)
    {
        Size = size;
        Symbol = symbol;
    }

    public static Dim Fixed(long size) => new(size, null);

    public static Dim Symbolic(string symbol) => new(null, symbol);

    public static implicit operator Dim(int size) => Fixed(size);

    public static implicit operator Dim(long size) => Fixed(size);

    public static implicit operator Dim(string symbol) => Symbolic(symbol);

    public override string ToString() => Symbol ?? Size!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
