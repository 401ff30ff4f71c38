using QwenEval.Backends;
using QwenEval.Core.Config;
using QwenEval.Runs.PseudoModels;

namespace QwenEval.Runs;

/// <summary>Every model kind a config may name: the backend kinds and the pseudo-models.</summary>
public static class ModelKinds
{
    public static readonly IReadOnlyList<IModelKind> All =
    [
        new ReferenceKind(),
        new DecoyKind(),
        .. BackendKinds.All,
    ];
}
