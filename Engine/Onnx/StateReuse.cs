namespace QwenEval.Engine.Onnx;

/// <summary>What the built-in engine's kept state is used for between generations.</summary>
public enum StateReuse
{
    /// <summary>Nothing is kept: every generation prefills its prompt whole (benchmarks' baseline).</summary>
    None,

    /// <summary>
    /// The next draw of the same prompt returns to the state right after it: exactly what a fresh prefill gives, so
    /// answers are byte-identical to <see cref="None"/>.
    /// </summary>
    Draws,

    /// <summary>
    /// Draws, and a tool conversation's next turn continues from the last one (checkpointed where its generation
    /// prompt began): much less prefill, but the prompt runs in pieces, which may round differently (int4 weights).
    /// </summary>
    DrawsAndTurns,
}
