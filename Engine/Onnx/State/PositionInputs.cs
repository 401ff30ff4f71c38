using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace QwenEval.Engine.Onnx.State;

/// <summary>
/// attention_mask and position_ids exactly as GenAI derives them (src/models/position_inputs.cpp, cpu/interface.cpp).
/// Default rules: with one prompt, mask all ones and positions 0..n-1; with several, each row is scanned from the end
/// and only trailing pad tokens get mask 0 and position 0 (leading pad ids are ordinary tokens); each decode step
/// appends a mask 1 and advances every row's position by one from its last real token.
/// Qwen-VL rules (text only, Qwen2VLPositionInputs): every pad token gets mask 0 and position 0, the others count
/// up from 0 in all three mRoPE planes; decode positions continue from the largest, and decode masks are all ones.
/// </summary>
internal sealed class PositionInputs : IDisposable
{
    private readonly DecoderLayout _layout;
    private readonly int _batch;
    private readonly int _beams;
    private readonly int _rows;
    private NativeBuffer _mask;
    private int _maskCapacity;
    private readonly NativeBuffer _decodePositions;
    private readonly long[] _lastPosition;
    private int[] _promptMask = [];
    private long[] _promptPositionValues = [];
    private int _promptLength;
    private OrtValue? _maskView;
    private OrtValue? _decodePositionView;
    private bool _decodeBound; // a prompt-shaped run (a continuation) rebinds positions, so decode binds them again
    private OrtValue? _promptPositionView;
    private NativeBuffer? _promptPositions; // owned: freed once a later chunk or decode rebinds positions
    private readonly long[] _maskShape = new long[2];

    public PositionInputs(DecoderLayout layout, int batch, int beams, int capacity)
    {
        _layout = layout;
        _batch = batch;
        _beams = beams;
        _rows = batch * beams;
        _maskCapacity = capacity;
        _mask = new NativeBuffer((long)_rows * capacity * TensorTypes.SizeOf(layout.MaskType));
        _decodePositions = new NativeBuffer((long)_rows * 3 * TensorTypes.SizeOf(layout.PositionType));
        _lastPosition = new long[_rows];
    }

    /// <summary>Computes the prompt's masks and positions from the tokens [batch, length] (not yet expanded over beams).</summary>
    public void Prepare(ReadOnlySpan<int> prompt, int length, int padTokenId)
    {
        _promptLength = length;
        _promptMask = new int[_rows * length];
        _promptPositionValues = new long[_rows * length];
        for (var b = 0; b < _batch; b++)
        {
            var (mask, pos, last) = PromptRow(_layout.Rules, _batch == 1, prompt.Slice(b * length, length), padTokenId);
            for (var k = 0; k < _beams; k++)
            {
                var r = b * _beams + k;
                mask.CopyTo(_promptMask, r * length);
                pos.CopyTo(_promptPositionValues, r * length);
                _lastPosition[r] = last;
            }
        }
    }

    /// <summary>True when the prompt has no masked token, so it may run in chunks with continuing positions.</summary>
    public bool PromptIsUnmasked => Array.IndexOf(_promptMask, 0) < 0;

    /// <summary>Binds positions of prompt columns [start, start + count) and the mask of everything up to them.</summary>
    public void BindPromptRange(OrtIoBinding binding, int start, int count)
    {
        _decodeBound = false;
        if (_layout.PositionInput is { } positionName)
        {
            var shape = PositionShape(count);
            var buffer = new NativeBuffer(ShapeMath.Elements(shape) * TensorTypes.SizeOf(_layout.PositionType));
            var planes = _layout.PositionRank == 3 ? 3 : 1;
            var plane = (long)_rows * count;
            for (var p = 0; p < planes; p++)
                for (var r = 0; r < _rows; r++)
                    for (var j = 0; j < count; j++)
                        TensorTypes.WriteInt(buffer, _layout.PositionType, p * plane + (long)r * count + j, _promptPositionValues[r * _promptLength + start + j]);
            _promptPositionView?.Dispose();
            _promptPositionView = buffer.View(_layout.PositionType, shape);
            binding.BindInput(positionName, _promptPositionView);
            _promptPositions?.Dispose(); // an earlier chunk's, no longer bound
            _promptPositions = buffer;
        }
        if (_layout.MaskInput is not null) BindMask(binding, start + count, 0, decode: false);
    }

    /// <summary>
    /// One prompt row's mask and positions, and the position its next token continues from (GenAI's
    /// position_ids_next, or for Qwen-VL the largest position, since decode adds past length + rope delta).
    /// </summary>
    public static (int[] Mask, long[] Positions, long Last) PromptRow(PositionRules rules, bool singleRow, ReadOnlySpan<int> row, int padTokenId)
    {
        var length = row.Length;
        var mask = new int[length];
        var pos = new long[length];
        long last = length - 1;
        if (rules == PositionRules.QwenVl)
        {
            long next = 0;
            last = 0;
            for (var j = 0; j < length; j++)
            {
                var pad = row[j] == padTokenId;
                mask[j] = pad ? 0 : 1;
                pos[j] = pad ? 0 : next++;
                if (!pad) last = pos[j];
            }
        }
        else if (singleRow)
        {
            Array.Fill(mask, 1);
            for (var j = 0; j < length; j++) pos[j] = j;
        }
        else
        {
            var found = false;
            for (var j = length - 1; j >= 0; j--)
            {
                if (!found && row[j] != padTokenId) { found = true; last = j; }
                mask[j] = found ? 1 : 0;
                pos[j] = found ? j : 0;
            }
            // A row of only pad tokens keeps GenAI's zero-initialised "next position".
            if (!found) last = 0;
        }
        return (mask, pos, last);
    }

    /// <summary>Binds mask and positions for one new token per row, the sequence now totalLength long.</summary>
    public void BindDecode(OrtIoBinding binding, int totalLength, int step)
    {
        if (_layout.PositionInput is { } positionName)
        {
            var planes = _layout.PositionRank == 3 ? 3 : 1;
            for (var p = 0; p < planes; p++)
                for (var r = 0; r < _rows; r++)
                    TensorTypes.WriteInt(_decodePositions, _layout.PositionType, p * _rows + r, _lastPosition[r] + step);
            if (!_decodeBound)
            {
                _promptPositionView?.Dispose();
                _promptPositionView = null;
                _promptPositions?.Dispose();
                _promptPositions = null;
                _decodePositionView ??= _decodePositions.View(_layout.PositionType, PositionShape(1));
                binding.BindInput(positionName, _decodePositionView);
                _decodeBound = true;
            }
        }
        if (_layout.MaskInput is not null) BindMask(binding, totalLength, step == 1 ? 0 : totalLength - 1, decode: true);
    }

    private long[] PositionShape(int length) =>
        _layout.PositionRank == 3 ? [3, _rows, length] : [_rows, length];

    // Writes the mask [rows, total]; with one row only the new tail needs writing since rows never shift.
    private void BindMask(OrtIoBinding binding, int total, int from, bool decode)
    {
        var keepPromptMask = !decode || _layout.Rules == PositionRules.Default;
        if (total > _maskCapacity)
        {
            _maskCapacity = Math.Max(total, _maskCapacity * 2);
            _mask.Dispose(); // its view is replaced and rebound below
            _mask = new NativeBuffer((long)_rows * _maskCapacity * TensorTypes.SizeOf(_layout.MaskType));
            from = 0;
        }
        if (_rows > 1) from = 0;
        var type = _layout.MaskType;
        for (var r = 0; r < _rows; r++)
            for (var j = from; j < total; j++)
                TensorTypes.WriteInt(_mask, type, (long)r * total + j, keepPromptMask && j < _promptLength ? _promptMask[r * _promptLength + j] : 1);
        _maskView?.Dispose();
        _maskShape[0] = _rows;
        _maskShape[1] = total;
        _maskView = _mask.View(type, _maskShape);
        binding.BindInput(_layout.MaskInput!, _maskView);
    }

    public void Dispose()
    {
        _maskView?.Dispose();
        _decodePositionView?.Dispose();
        _promptPositionView?.Dispose();
        _mask.Dispose();
        _decodePositions.Dispose();
        _promptPositions?.Dispose();
    }
}
