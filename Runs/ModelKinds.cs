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
        new ReferenceAgentKind(),
        new RewriterAgentKind(),
        new MalformedAgentKind(),
        .. BackendKinds.All,
    ];

    public static IModelKind Find(string name) => All.First(k => k.Name == name);

    /// <summary>Function-level tasks go to every kind but the agent pseudo-models.</summary>
    public static bool TakesFunctionTasks(string kind) => Find(kind) is not IPseudoAgentKind;

    /// <summary>Agentic tasks go to every kind but the function-level pseudo-models (reference, decoy).</summary>
    public static bool TakesAgenticTasks(string kind) => Find(kind) is not IPseudoModelKind;
}

/// <summary>Checks every model of a config before anything is generated: a model that cannot run is an input error now, not a 0% later.</summary>
public static class ModelPreflight
{
    public static void Check(QwenEval.Core.Config.EvalConfig config)
    {
        var problems = new List<string>();
        foreach (var model in config.Models)
        {
            if (BackendKinds.Find(model.Kind) is not { } kind) continue;
            try
            {
                kind.Preflight(QwenEval.Core.Generation.ModelSpec.From(config, model));
            }
            catch (QwenEval.Core.UserInputException e)
            {
                problems.Add(e.Message);
            }
        }
        if (problems.Count > 0)
            throw new QwenEval.Core.UserInputException($"{config.SourceFile}: {problems.Count} model(s) cannot run; nothing was generated.\n" + string.Join("\n", problems));
    }
}
