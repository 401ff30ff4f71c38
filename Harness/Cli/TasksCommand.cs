using System.CommandLine;
using QwenEval.Core.Config;
using QwenEval.Execution;
using QwenEval.Tasks;
using QwenEval.Tasks.Agentic;
using QwenEval.Tasks.Importers;
using QwenEval.Tasks.Validation;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval tasks list|show|validate|import`: browse a suite, prove its tests discriminate, import public sets.</summary>
public static class TasksCommand
{
    private const string DefaultSuite = "Tasks/suites/qwen-coding-v1";

    public static Command Create() => new("tasks", "Browse, validate and import task suites.")
    {
        List(), Show(), Validate(), Import(),
    };

    private static Option<string> SuiteOption() =>
        new Option<string>("--suite") { Description = "Suite folder.", DefaultValueFactory = _ => DefaultSuite }.Path(CliPaths.Kind.ExistingFolder);

    private static Command List()
    {
        var suite = SuiteOption();
        var command = new Command("list", "List the tasks of a suite.") { suite };
        command.SetAction(parse =>
        {
            if (SuiteLoader.KindOf(parse.GetValue(suite)!) == SuiteLoader.AgenticKind)
                return AgenticTasksCommand.List(AgenticSuiteLoader.Load(parse.GetValue(suite)!));
            var s = SuiteLoader.Load(parse.GetValue(suite)!);
            Console.WriteLine($"{s.Name} v{s.Version}: {s.Tasks.Count} tasks, hash {s.Hash[..12]}");
            foreach (var t in s.Tasks)
                Console.WriteLine($"{t.Id,-44} {t.Difficulty,-7} {string.Join(",", t.Tags),-28} {t.Decoys.Count} decoys  {t.Title}");
            foreach (var g in s.Tasks.GroupBy(t => t.Difficulty).OrderBy(g => Array.IndexOf(SuiteLoader.Difficulties, g.Key)))
                Console.WriteLine($"{g.Key}: {g.Count()}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var suite = SuiteOption();
        var id = new Argument<string>("id") { Description = "Task id." };
        var tests = new Option<bool>("--tests") { Description = "Also print the hidden tests and the canonical solution." };
        var command = new Command("show", "Show what the model sees for one task.") { id, suite, tests };
        command.SetAction(parse =>
        {
            if (SuiteLoader.KindOf(parse.GetValue(suite)!) == SuiteLoader.AgenticKind)
                return AgenticTasksCommand.Show(AgenticSuiteLoader.Load(parse.GetValue(suite)!), parse.GetValue(id)!, parse.GetValue(tests));
            var s = SuiteLoader.Load(parse.GetValue(suite)!);
            var taskId = parse.GetValue(id)!;
            var t = s.Find(taskId) ?? throw new UserInputException($"{s.Folder}: no task '{taskId}'. Run 'qweneval tasks list' to see the ids.");
            Console.WriteLine($"# {t.Id}: {t.Title} ({t.Difficulty}; {string.Join(", ", t.Tags)}; entry point {t.EntryPoint}; budget {t.TimeBudgetSeconds} s)");
            Console.WriteLine();
            Console.WriteLine(t.Prompt);
            if (parse.GetValue(tests))
            {
                Console.WriteLine("# solution.py\n" + t.Solution);
                Console.WriteLine("# tests.py (hidden)\n" + t.Tests);
                foreach (var d in t.Decoys) Console.WriteLine($"# decoys/{d.Name}.py\n{d.Code}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Validate()
    {
        var suite = SuiteOption();
        var jobs = new Option<int>("--jobs") { Description = "Programs run at once.", DefaultValueFactory = _ => Environment.ProcessorCount }.AtLeastOne();
        var unsafeNoSandbox = CommonOptions.UnsafeNoSandbox();
        var command = new Command("validate", "Run every canonical solution or change (must pass) and every decoy (must fail) in the sandbox.")
        {
            suite, jobs, unsafeNoSandbox,
        };
        command.SetAction((parse, ct) =>
        {
            var agentic = SuiteLoader.KindOf(parse.GetValue(suite)!) == SuiteLoader.AgenticKind;
            var sandbox = SandboxFactory.Create(parse.GetValue(unsafeNoSandbox));
            if (agentic)
                return Task.FromResult(AgenticTasksCommand.Validate(AgenticSuiteLoader.Load(parse.GetValue(suite)!), sandbox, Math.Max(1, parse.GetValue(jobs)), ct));
            var s = SuiteLoader.Load(parse.GetValue(suite)!);
            var unsandboxed = sandbox.Description.Kind == "none";
            if (unsandboxed)
                Console.Error.WriteLine("WARNING: --unsafe-no-sandbox: the suite's solutions and decoys run WITHOUT isolation.");
            foreach (var line in sandbox.Description.Isolation) Console.WriteLine(line);
            var executor = new TestExecutor(sandbox, Path.GetTempPath());
            var rules = s.ImportedFrom is null ? SuiteLint.Rules.Strict : SuiteLint.Rules.Imported;
            // Canonicals must finish within their declared budget (a timeout is rerun once before it counts).
            var timeouts = TimeoutConfig.DeclaredBudgets;
            var report = new SuiteValidator(executor, t => timeouts.ForTask(t.TimeBudgetSeconds), parse.GetValue(jobs))
                .Validate(s, rules, Console.WriteLine, ct);
            foreach (var v in report.Violations) Console.WriteLine($"VIOLATION {Path.Combine(s.Folder, "tasks", v.TaskId)}/{v.File}: {v.Problem}");
            Console.WriteLine($"{s.Name}: {report.Tasks} tasks, {report.Canonicals} canonicals, {report.Decoys} decoys, {report.Violations.Count} violations" +
                (unsandboxed ? " (UNSANDBOXED: validated without isolation, --unsafe-no-sandbox)" : $" (sandbox: {sandbox.Description.Kind})"));
            return Task.FromResult(report.Violations.Count == 0 ? ExitCodes.Ok : ExitCodes.GateFailed);
        });
        return command;
    }

    private static Command Import()
    {
        var format = new Option<string>("--format") { Description = "humaneval | mbpp | evalplus", Required = true };
        format.AcceptOnlyFromAmong([.. TaskImport.All.Select(i => i.Format)]);
        var file = new Argument<string>("file") { Description = "The .jsonl or .jsonl.gz file as the benchmark publishes it." }.Path(CliPaths.Kind.ExistingFile);
        var output = new Option<string>("--out") { Description = "Suite folder to write.", Required = true }.Path(CliPaths.Kind.OutputFolder);
        var command = new Command("import", "Import a public benchmark file into the suite format.") { file, format, output };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!;
            if (Directory.Exists(Path.Combine(outDir, "tasks")) && Directory.EnumerateFileSystemEntries(Path.Combine(outDir, "tasks")).Any())
                throw new UserInputException($"{outDir}: already holds tasks. Choose an empty --out folder.");
            var n = TaskImport.Run(parse.GetValue(format)!, parse.GetValue(file)!, outDir);
            Console.WriteLine($"imported {n} tasks into {outDir}; check them with: qweneval tasks validate --suite {outDir}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
