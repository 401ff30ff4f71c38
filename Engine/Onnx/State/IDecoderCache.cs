using Microsoft.ML.OnnxRuntime;

namespace QwenEval.Engine.Onnx.State;

/// <summary>The past→present tensors of one kind (attention KV, conv or recurrent state) across decoder steps.</summary>
internal interface IDecoderCache : IDisposable
{
    /// <summary>
    /// Binds past and present for the coming run. pastLength tokens are already cached (0 for the prompt) and the run
    /// adds totalLength - pastLength. beamIndices (empty without beam search) says which row of the last present
    /// each row's past continues.
    /// </summary>
    void BeginStep(OrtIoBinding binding, int pastLength, int totalLength, ReadOnlySpan<int> beamIndices);
}
