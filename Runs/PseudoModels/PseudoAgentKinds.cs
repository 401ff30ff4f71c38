using System.Text.Json.Nodes;
using QwenEval.Core.Config;
using QwenEval.Core.Generation;
using QwenEval.Engine.ToolCalls;
using QwenEval.Runs.Agentic;
using QwenEval.Tasks.Agentic;
using QwenEval.Tasks.Diffs;

namespace QwenEval.Runs.PseudoModels;

/// <summary>
/// A model kind for agentic tasks that needs no weights: given the whole task (canonical and decoy changes), it
/// scripts an episode's turns as text in the Qwen3.5 XML tool-call form, which the runner parses like a model's
/// output. Agent kinds take no function-level tasks (and the reference and decoy kinds no agentic ones).
/// </summary>
public interface IPseudoAgentKind : IModelKind
{
    IAgent Start(AgenticTask task);
}

/// <summary>Kind "reference_agent": reads the files, makes the canonical change with edit_file, runs the tests and submits. Must resolve 100%, with no rewrites.</summary>
public sealed class ReferenceAgentKind : IPseudoAgentKind
{
    public string Name => "reference_agent";

    public IKindSettings Parse(JsonFields fields, string baseDir) => NoSettings.Instance;

    public IAgent Start(AgenticTask task)
    {
        var patches = UnifiedDiff.Parse(task.CanonicalDiff);
        var after = UnifiedDiff.Apply(task.Repo, task.CanonicalDiff);
        var changes = patches.SelectMany(p => p.Creates
            ? [Script.Call(AgentTools.WriteFile, ("path", p.Path), ("content", after[p.Path]))]
            : p.Hunks.Select(h => Script.Call(AgentTools.EditFile, ("path", p.Path), ("old_text", h.OldText), ("new_text", h.NewText)))).ToList();
        return new ScriptedAgent(Script.Episode(task, patches, "I'll make the change, one edit per place.", changes));
    }
}

/// <summary>Kind "rewriter_agent": makes the task's first decoy change by rewriting each file whole with write_file. Must resolve 0%, with every change a rewrite.</summary>
public sealed class RewriterAgentKind : IPseudoAgentKind
{
    public string Name => "rewriter_agent";

    public IKindSettings Parse(JsonFields fields, string baseDir) => NoSettings.Instance;

    public IAgent Start(AgenticTask task)
    {
        var decoy = task.Decoys.Count > 0
            ? task.Decoys[0]
            : throw new Core.TaskFormatException($"{task.Folder}: the rewriter agent needs at least one decoys/*.diff.");
        var patches = UnifiedDiff.Parse(decoy.Diff);
        var after = UnifiedDiff.Apply(task.Repo, decoy.Diff);
        var writes = patches.Where(p => !p.Deletes).Select(p => Script.Call(AgentTools.WriteFile, ("path", p.Path), ("content", after[p.Path]))).ToList();
        return new ScriptedAgent(Script.Episode(task, patches, "I'll write out the corrected files in full.", writes));
    }
}

/// <summary>Kind "malformed_agent": every call it writes is broken in a different way, so nothing is ever run. Must resolve 0%, with every call counted malformed.</summary>
public sealed class MalformedAgentKind : IPseudoAgentKind
{
    public string Name => "malformed_agent";

    public IKindSettings Parse(JsonFields fields, string baseDir) => NoSettings.Instance;

    public IAgent Start(AgenticTask task)
    {
        var file = task.Repo.Keys.FirstOrDefault(k => !k.StartsWith("tests/", StringComparison.Ordinal)) ?? task.Repo.Keys.First();
        return new ScriptedAgent(
        [
            // A parameter that is never closed.
            $"Let me read the code.\n<tool_call>\n<function=read_file>\n<parameter=path>\n{file}\n</function>\n</tool_call>",
            // A tool that does not exist.
            $"<tool_call>\n<function=open_file>\n<parameter=path>\n{file}\n</parameter>\n</function>\n</tool_call>",
            // A real tool without its required arguments.
            $"<tool_call>\n<function=edit_file>\n<parameter=path>\n{file}\n</parameter>\n</function>\n</tool_call>",
            // The other format's call (Hermes JSON) where XML is expected.
            "<tool_call>\n{\"name\": \"run_tests\", \"arguments\": {}}\n</tool_call>",
            // Cut off in the middle.
            "Submitting now.\n<tool_call>\n<function=submit>\n",
            "I could not get the tools to work.",
        ]);
    }
}

/// <summary>The turns the scripted agents share: look around, read what they will change, change it, test, submit.</summary>
internal static class Script
{
    private static readonly IToolCallWriter Writer = new QwenXmlToolCallWriter();

    public static IReadOnlyList<string> Episode(AgenticTask task, IReadOnlyList<FilePatch> patches, string changeProse, IReadOnlyList<ToolCall> changes)
    {
        var reads = patches.Where(p => !p.Creates).Select(p => p.OldPath!).Distinct().Select(p => Call(AgentTools.ReadFile, ("path", p))).ToList();
        return
        [
            Writer.WriteTurn("I'll start by looking at the repository.", [Call(AgentTools.ListFiles, ("path", "."))]),
            Writer.WriteTurn($"The issue is \"{task.Title}\". Let me read the code involved.", reads),
            Writer.WriteTurn(changeProse, changes),
            Writer.WriteTurn("Now the tests.", [Call(AgentTools.RunTests)]),
            Writer.WriteTurn("Done.", [Call(AgentTools.Submit)]),
        ];
    }

    public static ToolCall Call(string name, params (string Name, string Value)[] arguments) =>
        new(name, new JsonObject(arguments.Select(a => KeyValuePair.Create(a.Name, (JsonNode?)JsonValue.Create(a.Value)))));
}
