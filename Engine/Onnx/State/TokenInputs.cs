using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace QwenEval.Engine.Onnx.State;

/// <summary>How tokens reach the decoder: as input_ids, or as inputs_embeds from an embedding model.</summary>
internal interface ITokenInputs : IDisposable
{
    /// <summary>Binds the prompt, rows × length ids (already expanded over beams).</summary>
    void BindPrompt(OrtIoBinding decoder, ReadOnlySpan<int> rows, int length);

    /// <summary>Binds one token per row; decode tensors are bound once and rewritten in place.</summary>
    void BindDecode(OrtIoBinding decoder, ReadOnlySpan<int> tokens);
}

/// <summary>Token ids straight into the decoder's input_ids.</summary>
internal sealed class IdsTokenInputs(string input, TensorElementType type, int rows) : ITokenInputs
{
    private readonly NativeBuffer _decode = new((long)rows * TensorTypes.SizeOf(type));
    private NativeBuffer? _promptBuffer; // owned: freed once decode rebinds the ids
    private OrtValue? _prompt;
    private OrtValue? _decodeView;
    private bool _decodeBound; // a prompt-shaped run (a continuation) rebinds the input, so decode binds it again

    public void BindPrompt(OrtIoBinding decoder, ReadOnlySpan<int> ids, int length)
    {
        _decodeBound = false;
        _prompt?.Dispose();
        _promptBuffer?.Dispose();
        var buffer = _promptBuffer = new NativeBuffer((long)ids.Length * TensorTypes.SizeOf(type));
        for (var i = 0; i < ids.Length; i++) TensorTypes.WriteInt(buffer, type, i, ids[i]);
        _prompt = buffer.View(type, [rows, length]);
        decoder.BindInput(input, _prompt);
    }

    public void BindDecode(OrtIoBinding decoder, ReadOnlySpan<int> tokens)
    {
        for (var r = 0; r < rows; r++) TensorTypes.WriteInt(_decode, type, r, tokens[r]);
        if (_decodeBound) return;
        _prompt?.Dispose();
        _prompt = null;
        _promptBuffer?.Dispose();
        _promptBuffer = null;
        _decodeView ??= _decode.View(type, [rows, 1]);
        decoder.BindInput(input, _decodeView);
        _decodeBound = true;
    }

    public void Dispose()
    {
        _prompt?.Dispose();
        _decodeView?.Dispose();
        _promptBuffer?.Dispose();
        _decode.Dispose();
    }
}

/// <summary>
/// Ids through the embedding model into the decoder's inputs_embeds, every step (as GenAI's multi-modal pipeline
/// does). The embedding output buffer is the decoder's input, so nothing is copied between the two runs.
/// </summary>
internal sealed class EmbeddingTokenInputs : ITokenInputs
{
    private readonly EmbeddingStage _stage;
    private readonly string _decoderInput;
    private readonly int _rows;
    private readonly int _hidden;
    private readonly OrtIoBinding _binding;
    private readonly RunOptions _runOptions = new();
    private readonly NativeBuffer _decodeIds;
    private readonly NativeBuffer _decodeEmbeds;
    private readonly List<OrtValue> _promptViews = [];
    private readonly List<NativeBuffer> _promptBuffers = []; // owned: freed once rebound
    private readonly NativeBuffer _empty = new(8);
    private readonly OrtValue? _noImages;
    private OrtValue? _decodeIdsView;
    private OrtValue? _decodeEmbedsView;
    private bool _decodeBound; // a prompt-shaped run (a continuation) rebinds both sessions, so decode binds them again

    public EmbeddingTokenInputs(EmbeddingStage stage, DecoderLayout layout, int rows)
    {
        _stage = stage;
        _decoderInput = layout.EmbedsInput!;
        _rows = rows;
        _hidden = layout.HiddenSize;
        _binding = stage.Session.CreateIoBinding();
        _decodeIds = new NativeBuffer((long)rows * TensorTypes.SizeOf(stage.IdsType));
        _decodeEmbeds = new NativeBuffer((long)rows * _hidden * TensorTypes.SizeOf(stage.OutputType));
        if (stage.ImageFeaturesInput is { } image)
        {
            // No images: an empty [0, width] tensor, as GenAI passes.
            _noImages = _empty.View(stage.ImageFeaturesType, [0, stage.ImageFeaturesWidth]);
            _binding.BindInput(image, _noImages);
        }
    }

    public void BindPrompt(OrtIoBinding decoder, ReadOnlySpan<int> ids, int length)
    {
        // An earlier prompt chunk's tensors are rebound below, so they can go.
        ReleasePrompt();
        _decodeBound = false;
        var idsBuffer = new NativeBuffer((long)ids.Length * TensorTypes.SizeOf(_stage.IdsType));
        for (var i = 0; i < ids.Length; i++) TensorTypes.WriteInt(idsBuffer, _stage.IdsType, i, ids[i]);
        var embeds = new NativeBuffer((long)ids.Length * _hidden * TensorTypes.SizeOf(_stage.OutputType));
        var idsView = idsBuffer.View(_stage.IdsType, [_rows, length]);
        var embedsView = embeds.View(_stage.OutputType, [_rows, length, _hidden]);
        _promptViews.Add(idsView);
        _promptViews.Add(embedsView);
        _promptBuffers.Add(idsBuffer);
        _promptBuffers.Add(embeds);
        Run(idsView, embedsView);
        decoder.BindInput(_decoderInput, embedsView);
    }

    public void BindDecode(OrtIoBinding decoder, ReadOnlySpan<int> tokens)
    {
        for (var r = 0; r < _rows; r++) TensorTypes.WriteInt(_decodeIds, _stage.IdsType, r, tokens[r]);
        if (!_decodeBound)
        {
            ReleasePrompt();
            _decodeIdsView ??= _decodeIds.View(_stage.IdsType, [_rows, 1]);
            _decodeEmbedsView ??= _decodeEmbeds.View(_stage.OutputType, [_rows, 1, _hidden]);
            Run(_decodeIdsView, _decodeEmbedsView);
            decoder.BindInput(_decoderInput, _decodeEmbedsView);
            _decodeBound = true;
            return;
        }
        _stage.Session.RunWithBinding(_runOptions, _binding);
    }

    private void ReleasePrompt()
    {
        foreach (var v in _promptViews) v.Dispose();
        foreach (var b in _promptBuffers) b.Dispose();
        _promptViews.Clear();
        _promptBuffers.Clear();
    }

    private void Run(OrtValue ids, OrtValue embeds)
    {
        _binding.BindInput(_stage.IdsInput, ids);
        _binding.BindOutput(_stage.Output, embeds);
        _stage.Session.RunWithBinding(_runOptions, _binding);
    }

    public void Dispose()
    {
        ReleasePrompt();
        _decodeIdsView?.Dispose();
        _decodeEmbedsView?.Dispose();
        _noImages?.Dispose();
        _decodeIds.Dispose();
        _decodeEmbeds.Dispose();
        _empty.Dispose();
        _binding.Dispose();
        _runOptions.Dispose();
    }
}
