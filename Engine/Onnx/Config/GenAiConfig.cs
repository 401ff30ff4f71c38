namespace QwenEval.Engine.Onnx.Config;

/// <summary>
/// genai_config.json as plain data, defaults filled in the way ONNX Runtime GenAI fills them (src/config.h),
/// so a folder written by the GenAI model builder means the same thing here.
/// </summary>
public sealed record GenAiConfig(string File, string ModelDirectory, ModelSection Model, SearchDefaults Search)
{
    public string PathOf(string fileName) => System.IO.Path.Combine(ModelDirectory, fileName);
}

public sealed record ModelSection(
    string Type,
    int PadTokenId,
    IReadOnlyList<int> EosTokenIds,
    int BosTokenId,
    int VocabSize,
    int ContextLength,
    DecoderSection Decoder,
    SubModelSection? Embedding,
    SubModelSection? Vision);

public sealed record DecoderSection(
    string Filename,
    SessionSection Session,
    int HeadSize,
    int HiddenSize,
    int NumAttentionHeads,
    int NumKeyValueHeads,
    int NumHiddenLayers,
    IReadOnlyList<string> LayerTypes,
    int ConvCacheSize,
    DecoderInputNames Inputs,
    DecoderOutputNames Outputs);

/// <summary>Graph input names; the *Names members are printf templates with one %d for the layer index.</summary>
public sealed record DecoderInputNames(
    string InputIds,
    string InputsEmbeds,
    string AttentionMask,
    string PositionIds,
    string PastKeyNames,
    string PastValueNames,
    string? PastNames,
    string PastConvNames);

public sealed record DecoderOutputNames(
    string Logits,
    string PresentKeyNames,
    string PresentValueNames,
    string? PresentNames,
    string PresentConvNames);

/// <summary>One entry of session_options.provider_options, e.g. cuda with its options.</summary>
public sealed record ProviderOptions(string Name, IReadOnlyDictionary<string, string> Options);

public sealed record SessionSection(
    IReadOnlyList<ProviderOptions> Providers,
    IReadOnlyDictionary<string, string> ConfigEntries,
    int? IntraOpNumThreads,
    int? InterOpNumThreads);

/// <summary>An auxiliary model (embedding, vision): its file and name mappings, read but not run yet.</summary>
public sealed record SubModelSection(string Filename, IReadOnlyDictionary<string, string> Inputs, IReadOnlyDictionary<string, string> Outputs);

/// <summary>The "search" section: generation defaults a caller may override per request.</summary>
public sealed record SearchDefaults(
    int MaxLength,
    int MinLength,
    bool DoSample,
    int TopK,
    float TopP,
    float Temperature,
    int NumBeams,
    float LengthPenalty,
    bool EarlyStopping,
    int NumReturnSequences,
    float RepetitionPenalty,
    bool PastPresentShareBuffer,
    int RandomSeed,
    int? ChunkSize);
