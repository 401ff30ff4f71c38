namespace QwenEval.Synthetic;

/// <summary>The default small dimensions per family: the folders committed under models/ use these.</summary>
public static class DefaultSpecs
{
    public static TinyModelSpec For(SyntheticArch arch) => arch switch
    {
        SyntheticArch.Qwen2 => new TinyModelSpec { Arch = arch },
        // Four layers so the hybrid pattern (three Gated DeltaNet, then full attention) appears once.
        _ => new TinyModelSpec
        {
            Arch = arch,
            NumLayers = 4,
            HeadSize = 32,
            IntermediateSize = 192,
        },
    };
}
