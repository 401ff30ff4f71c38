using QwenEval.Core;
namespace QwenEval.Tasks.Importers;

/// <summary>Turns one published benchmark file into tasks in the suite format.</summary>
public interface ITaskImporter
{
    string Format { get; }

    string License { get; }

    IEnumerable<ImportedTask> Read(string path);
}

/// <summary>Finds an importer by format name and writes its tasks as a suite.</summary>
public static class TaskImport
{
    public static readonly IReadOnlyList<ITaskImporter> All = [new HumanEvalImporter(), new MbppImporter(), new EvalPlusImporter()];

    public static int Run(string format, string file, string outFolder)
    {
        var importer = All.FirstOrDefault(i => i.Format == format)
            ?? throw new TaskFormatException($"unknown import format '{format}'. Use one of: {string.Join(", ", All.Select(i => i.Format))}.");
        var tasks = importer.Read(file).ToList();
        if (tasks.Count == 0) throw new TaskFormatException($"{file}: no tasks found.");
        var name = Path.GetFileName(file).Split('.')[0];
        SuiteWriter.WriteSuite(outFolder, name, $"Imported from {Path.GetFileName(file)} ({format}).", importer.License, format);
        foreach (var t in tasks) SuiteWriter.WriteTask(outFolder, t);
        return tasks.Count;
    }
}
