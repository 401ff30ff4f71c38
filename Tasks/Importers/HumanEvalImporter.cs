namespace QwenEval.Tasks.Importers;

/// <summary>
/// HumanEval (openai/human-eval): task_id, prompt, canonical_solution (a body continuing the prompt), test
/// (defines check(candidate)), entry_point. The suite format's tests.py is the same convention.
/// </summary>
public sealed class HumanEvalImporter : ITaskImporter
{
    public string Format => "humaneval";

    public string License => "MIT (OpenAI human-eval)";

    public IEnumerable<ImportedTask> Read(string path)
    {
        foreach (var (line, row) in JsonlSource.Read(path))
        {
            var taskId = JsonlSource.Field(path, line, row, "task_id");
            var prompt = JsonlSource.Field(path, line, row, "prompt");
            yield return new ImportedTask(
                SuiteWriter.SafeId(taskId),
                taskId,
                JsonlSource.Field(path, line, row, "entry_point"),
                ["humaneval"],
                prompt,
                prompt + JsonlSource.Field(path, line, row, "canonical_solution"),
                JsonlSource.Field(path, line, row, "test"));
        }
    }
}
