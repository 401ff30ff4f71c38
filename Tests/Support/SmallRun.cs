namespace QwenEval.Tests.Support;

/// <summary>A real run of reference and decoy over the first tasks of the real suite, in a temp folder.</summary>
public static class SmallRun
{
    public static string Suite(TempDir dir, int tasks, string name = "suite")
    {
        var suite = Path.Combine(dir.Path, name);
        Directory.CreateDirectory(Path.Combine(suite, "tasks"));
        File.Copy(Path.Combine(TestPaths.Suite, "suite.json"), Path.Combine(suite, "suite.json"));
        foreach (var task in Directory.GetDirectories(Path.Combine(TestPaths.Suite, "tasks")).Order(StringComparer.Ordinal).Take(tasks))
            CopyDir(task, Path.Combine(suite, "tasks", Path.GetFileName(task)));
        return suite;
    }

    /// <summary>An agentic suite folder holding the named tasks of the real agentic suite.</summary>
    public static string AgenticSuite(TempDir dir, IEnumerable<string> tasks, string name = "agentic")
    {
        var suite = Path.Combine(dir.Path, name);
        Directory.CreateDirectory(Path.Combine(suite, "tasks"));
        File.Copy(Path.Combine(TestPaths.AgenticSuite, "suite.json"), Path.Combine(suite, "suite.json"));
        foreach (var task in tasks) CopyDir(Path.Combine(TestPaths.AgenticSuite, "tasks", task), Path.Combine(suite, "tasks", task));
        return suite;
    }

    /// <summary>Runs `qweneval run` with the given models JSON and returns the run folder.</summary>
    public static string Run(TempDir dir, int tasks, string models = """[ { "name": "reference", "kind": "reference" }, { "name": "decoy", "kind": "decoy" } ]""",
        string configName = "eval.config.json", string extra = "")
    {
        if (!Directory.Exists(Path.Combine(dir.Path, "suite"))) Suite(dir, tasks);
        var config = dir.File(configName, $$"""{ "suite": "suite", "models": {{models}} {{extra}} }""");
        var output = Path.Combine(dir.Path, "runs");
        var before = Directory.Exists(output) ? Directory.GetDirectories(output).ToHashSet() : [];
        var (exit, _, err) = Cli.Run("run", "--config", config, "--output", output);
        if (exit != 0) throw new InvalidOperationException($"run failed ({exit}): {err}");
        return Directory.GetDirectories(output).Single(d => !before.Contains(d) || Directory.GetDirectories(output).Length == 1);
    }

    private static void CopyDir(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) CopyDir(d, Path.Combine(to, Path.GetFileName(d)));
    }
}
