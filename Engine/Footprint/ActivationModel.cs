namespace QwenEval.Engine.Footprint;

/// <summary>
/// Transient memory of a generation, dominated by the prompt step (prefill): the logits ONNX Runtime returns for
/// every prompt token, GroupQueryAttention's score matrix, and the widest intermediate tensors of one layer, which
/// ONNX Runtime's CPU arena keeps once it has grown to hold them.
/// </summary>
/// <param name="Vocab">logits per token</param>
/// <param name="LogitsBytesPerElement">4 for float logits, 2 for fp16/bf16</param>
/// <param name="Hidden">hidden size</param>
/// <param name="WidestProjection">the widest MatMul output inside a layer (MLP gate/up, Q + gate, DeltaNet qkv)</param>
/// <param name="AttentionHeads">query heads of the full-attention layers (0 when none)</param>
/// <param name="ActivationBytesPerElement">bytes per element of the graph's activations (io dtype)</param>
public sealed record ActivationModel(int Vocab, int LogitsBytesPerElement, int Hidden, long WidestProjection, int AttentionHeads, int ActivationBytesPerElement)
{
    /// <summary>
    /// The engine prefills in chunks once the prompt's logits pass 1 GiB (OnnxGenerator.MaxPromptLogitsBytes), or in
    /// search.chunk_size pieces when the folder sets it.
    /// </summary>
    public const long MaxPromptLogitsBytes = 1L << 30;

    public int ChunkFor(int promptTokens, int? configuredChunk)
    {
        var perToken = (long)Vocab * LogitsBytesPerElement;
        var chunk = promptTokens;
        if (configuredChunk is > 0) chunk = Math.Min(chunk, configuredChunk.Value);
        if ((long)chunk * perToken > MaxPromptLogitsBytes) chunk = (int)Math.Max(1, MaxPromptLogitsBytes / perToken);
        return Math.Max(1, chunk);
    }

    public long Bytes(int promptTokens, int? configuredChunk)
    {
        var chunk = ChunkFor(promptTokens, configuredChunk);
        // Prompt logits [1, chunk, vocab] (ORT allocates them per run), plus the engine's decode logits and float scores.
        var logits = (long)chunk * Vocab * LogitsBytesPerElement + (long)Vocab * (LogitsBytesPerElement + 4);
        // GroupQueryAttention's CPU kernel materialises [heads, chunk, total] float scores for the prompt.
        var scores = (long)AttentionHeads * chunk * promptTokens * 4;
        // A layer's live intermediates: gate, up and their product (3 × widest) plus a few hidden-sized tensors.
        var intermediates = (long)chunk * (3 * WidestProjection + 4L * Hidden) * ActivationBytesPerElement;
        return logits + scores + intermediates;
    }
}
