namespace QwenEval.Engine.Onnx.Search;

/// <summary>Every row's tokens so far (prompt + generated), rows × maxLength, as GenAI's Sequences keeps them.</summary>
internal sealed class Sequences
{
    private int[] _tokens;
    private int[] _next;

    public Sequences(int rows, int maxLength)
    {
        Rows = rows;
        MaxLength = maxLength;
        _tokens = new int[rows * maxLength];
        _next = new int[rows * maxLength];
    }

    public int Rows { get; }
    public int MaxLength { get; }
    public int Length { get; private set; }

    public ReadOnlySpan<int> Row(int row) => _tokens.AsSpan(row * MaxLength, Length);

    /// <summary>Sets the prompt [batch, length], each batch row repeated over rowsPerBatch (beams).</summary>
    public void SetPrompt(ReadOnlySpan<int> prompt, int length, int rowsPerBatch)
    {
        for (var r = 0; r < Rows; r++) prompt.Slice(r / rowsPerBatch * length, length).CopyTo(_tokens.AsSpan(r * MaxLength));
        Length = length;
    }

    public void Append(ReadOnlySpan<int> tokens)
    {
        for (var r = 0; r < Rows; r++) _tokens[r * MaxLength + Length] = tokens[r];
        Length++;
    }

    /// <summary>Beam step: row r becomes a copy of row sources[r] followed by tokens[r].</summary>
    public void AppendReordered(ReadOnlySpan<int> tokens, ReadOnlySpan<int> sources)
    {
        for (var r = 0; r < Rows; r++)
        {
            _tokens.AsSpan(sources[r] * MaxLength, Length).CopyTo(_next.AsSpan(r * MaxLength));
            _next[r * MaxLength + Length] = tokens[r];
        }
        (_tokens, _next) = (_next, _tokens);
        Length++;
    }
}
