using System.Diagnostics;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Harness;

/// <summary>
/// Bad inputs of every kind (config, model folders, suites, run folders, server responses, command lines), each
/// made in a fresh folder and driven through the real CLI: the exit code is the documented one, and the message
/// names the file or field at fault, in one line of text with no stack trace.
/// </summary>
public sealed class BadInputTableTests
{
    /// <summary>A fresh folder to make one bad input in, and what the row needs to make it.</summary>
    public sealed class Env(TempDir dir) : IDisposable
    {
        private readonly List<IDisposable> _owned = [];

        public string Root => dir.Path;

        public string P(string relative) => Path.Combine(dir.Path, relative);

        public string ConfigPath => P("eval.config.json");

        public string Runs => P("runs");

        public string Suite()
        {
            if (!Directory.Exists(P("suite"))) SmallRun.Suite(dir, 1);
            return P("suite");
        }

        /// <summary>The first task folder of <see cref="Suite"/>.</summary>
        public string Task() => Directory.GetDirectories(Path.Combine(Suite(), "tasks")).Single();

        public string Write(string relative, string text) => dir.File(relative, text);

        /// <summary>A config of the 1-task suite: the models given (a reference pseudo-model by default) and extra top-level fields.</summary>
        public string Config(string extra = "", string models = """[ { "name": "r", "kind": "reference" } ]""")
        {
            Suite();
            return Write("eval.config.json", $$"""{ "suite": "suite", "models": {{models}} {{extra}} }""");
        }

        public string[] Run(string? config = null) => ["run", "--config", config ?? ConfigPath, "--output", Runs];

        /// <summary>A copy of the project's tiny Qwen2 folder, to break.</summary>
        public string Model()
        {
            var model = P("model");
            if (!Directory.Exists(model))
            {
                Directory.CreateDirectory(model);
                foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Root, "models", "tiny-qwen2"))) File.Copy(f, Path.Combine(model, Path.GetFileName(f)));
            }
            return model;
        }

        public string OnnxConfig() => Config(models: """[ { "name": "m", "kind": "onnx", "path": "model" } ]""");

        /// <summary>A finished run (suite, config and run folder) copied here; returns the run folder.</summary>
        public string Finished()
        {
            Sandboxes.Bubblewrap();
            Copy(Template.Value.Path, dir.Path);
            return Directory.GetDirectories(Runs).Single();
        }

        /// <summary>A config of one served model against a server scripted by <paramref name="reply"/>, with quick retries.</summary>
        public string Served(Func<int, ChatReply> reply)
        {
            var server = new ChatServer((i, _) => reply(i));
            _owned.Add(server);
            return Served(server.Endpoint);
        }

        public string Served(string endpoint) => Config(
            """, "retry": { "attempts": 2, "initial_delay_seconds": 0.01, "max_delay_seconds": 0.05 }""",
            $$"""[ { "name": "served", "kind": "openai", "endpoint": "{{endpoint}}", "model": "m" } ]""");

        public void Own(IDisposable d) => _owned.Add(d);

        public void Dispose()
        {
            foreach (var d in _owned) d.Dispose();
        }
    }

    /// <summary>One row: what it breaks, how, the command, the exit code, and what the message must name.</summary>
    public sealed record Row(string Area, string Name, Func<Env, string[]> Make, int Exit, Func<Env, string[]> Names, bool Sandbox = false)
    {
        public override string ToString() => $"{Area}: {Name}";
    }

    private static readonly Lazy<TempDir> Template = new(() =>
    {
        var dir = new TempDir();
        SmallRun.Run(dir, 1);
        return dir;
    });

    [OneTimeTearDown]
    public void RemoveTemplate()
    {
        if (Template.IsValueCreated) Template.Value.Dispose();
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)), overwrite: true);
        foreach (var d in Directory.GetDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
    }

    private static void MkFifo(string path)
    {
        using var p = Process.Start("mkfifo", [path])!;
        p.WaitForExit();
    }

    private static Row Config(string name, string extra, params string[] names) =>
        new("config", name, e => e.Run(e.Config(extra)), ExitCodes.UsageOrInput, e => [e.ConfigPath, .. names]);

    private static Row ConfigModels(string name, string models, params string[] names) =>
        new("config", name, e => e.Run(e.Config(models: models)), ExitCodes.UsageOrInput, e => [e.ConfigPath, .. names]);

    private static Row ConfigText(string name, string text, params string[] names) =>
        new("config", name, e => { e.Suite(); e.Write("eval.config.json", text); return e.Run(); }, ExitCodes.UsageOrInput, e => [e.ConfigPath, .. names]);

    private static Row ModelFolder(string name, Action<string> breakIt, params string[] names) =>
        new("model folder", name, e => { breakIt(e.Model()); return e.Run(e.OnnxConfig()); }, ExitCodes.UsageOrInput, e => [e.P("model"), .. names]);

    private static Row Suite(string name, Action<Env> breakIt, params string[] names) =>
        new("suite", name, e => { e.Suite(); breakIt(e); return ["tasks", "list", "--suite", e.P("suite")]; }, ExitCodes.UsageOrInput, _ => names);

    private static Row TaskJson(string name, string json, params string[] names) =>
        Suite(name, e => File.WriteAllText(Path.Combine(e.Task(), "task.json"), json.Replace("ID", Path.GetFileName(e.Task()))), ["task.json", .. names]);

    private static Row Resume(string name, Action<string> breakIt, int exit, params string[] names) =>
        new("run folder", name, e => { breakIt(e.Finished()); return e.Run(); }, exit, e => [Directory.GetDirectories(e.Runs).Single(), .. names], Sandbox: true);

    private static Row Report(string name, Action<string> breakIt, params string[] names) =>
        new("run folder", name, e => { var run = e.Finished(); breakIt(run); return ["report", run]; }, ExitCodes.UsageOrInput, e => [.. names]);

    private static Row Server(string name, Func<int, ChatReply> reply, params string[] names) =>
        new("server", name, e => e.Run(e.Served(reply)), ExitCodes.Incomplete, _ => ["model \"served\"", .. names], Sandbox: true);

    private static Row Cli(string name, Func<Env, string[]> make, int exit, Func<Env, string[]> names) => new("cli", name, make, exit, names);

    private const string Entry = "\"entry_point\": \"f\"";

    public static IEnumerable<Row> Rows()
    {
        // ---- config: exit 2, naming the file and the JSON path ----
        yield return Config("retry.attempts 0", """, "retry": { "attempts": 0 }""", "$.retry.attempts");
        yield return Config("retry.initial_delay_seconds negative", """, "retry": { "initial_delay_seconds": -1 }""", "$.retry.initial_delay_seconds");
        yield return Config("retry.max_delay_seconds a string", """, "retry": { "max_delay_seconds": "30" }""", "$.retry.max_delay_seconds");
        yield return Config("retry unknown field", """, "retry": { "jitter": true }""", "$.retry.jitter");
        yield return Config("retry not an object", """, "retry": 3""", "$.retry");
        yield return ConfigText("a key twice", """{ "suite": "suite", "suite": "suite", "models": [ { "name": "r", "kind": "reference" } ] }""", "$.suite", "appears twice");
        yield return ConfigText("nested too deep", "{ \"suite\": \"suite\", \"x\": " + new string('[', 80) + new string(']', 80) + " }", "deeper than 64 levels");
        yield return ConfigText("trailing garbage", """{ "suite": "suite", "models": [] } }""", "is not valid JSON");
        yield return new Row("config", "not UTF-8", e =>
        {
            e.Suite();
            File.WriteAllBytes(e.ConfigPath, [.. "{ \"suite\": \"suite\", \"output\": \"r"u8, 0xFF, .. "\", \"models\": [] }"u8]);
            return e.Run();
        }, ExitCodes.UsageOrInput, e => [e.ConfigPath, "is not valid UTF-8"]);
        yield return new Row("config", "config is a folder", e => e.Run(e.Suite()), ExitCodes.UsageOrInput, e => [e.P("suite"), "is a folder, not a config file"]);
        yield return new Row("config", "config missing", e => e.Run(e.P("none.json")), ExitCodes.UsageOrInput, e => [e.P("none.json"), "config file not found"]);
        yield return ConfigText("suite is a file", """{ "suite": "eval.config.json", "models": [ { "name": "r", "kind": "reference" } ] }""", "$.suite", "is a file, not a folder");
        yield return new Row("config", "onnx path is a file", e => { e.Write("weights.bin", "x"); return e.Run(e.Config(models: """[ { "name": "m", "kind": "onnx", "path": "weights.bin" } ]""")); },
            ExitCodes.UsageOrInput, e => [e.ConfigPath, "$.models[0].path", "is a file, not a folder"]);
        yield return ConfigModels("model name ..", """[ { "name": "..", "kind": "reference" } ]""", "$.models[0].name");
        yield return ConfigModels("model name starting with a dot", """[ { "name": ".hidden", "kind": "reference" } ]""", "$.models[0].name");
        yield return ConfigModels("api_key_env not set", """[ { "name": "s", "kind": "openai", "endpoint": "http://127.0.0.1:9/v1", "model": "m", "api_key_env": "QWENEVAL_BAD_INPUT_UNSET" } ]""",
            "model \"s\"", "QWENEVAL_BAD_INPUT_UNSET");
        yield return Config("max_new_tokens 0", """, "max_new_tokens": 0""", "$.max_new_tokens");
        yield return Config("generation_seconds 0", """, "timeouts": { "generation_seconds": 0 }""", "$.timeouts.generation_seconds");
        yield return Config("calibrate a string", """, "timeouts": { "calibrate": "yes" }""", "$.timeouts.calibrate");
        yield return Config("test_floor_seconds 0", """, "timeouts": { "test_floor_seconds": 0 }""", "$.timeouts.test_floor_seconds");
        yield return Config("seed negative", """, "decoding": { "mode": "sample", "seed": -1 }""", "$.decoding.seed");
        yield return Config("top_k negative", """, "decoding": { "mode": "sample", "top_k": -3 }""", "$.decoding.top_k");
        yield return Config("greedy with top_p", """, "decoding": { "top_p": 0.9 }""", "$.decoding.top_p");
        yield return Config("memory_budgets_gb not an array", """, "memory_budgets_gb": 32""", "$.memory_budgets_gb");
        yield return Config("output a number", """, "output": 5""", "$.output");
        yield return ConfigText("models not an array", """{ "suite": "suite", "models": { "name": "r" } }""", "$.models");
        yield return ConfigModels("a model entry not an object", "[ 3 ]", "$.models[0]");
        yield return ConfigModels("unknown openai field", """[ { "name": "s", "kind": "openai", "endpoint": "http://127.0.0.1:9/v1", "model": "m", "api_key": "sk" } ]""", "$.models[0].api_key");
        yield return new Row("config", "onnx reuse_turns a string", e => { e.Model(); return e.Run(e.Config(models: """[ { "name": "m", "kind": "onnx", "path": "model", "reuse_turns": "no" } ]""")); },
            ExitCodes.UsageOrInput, e => [e.ConfigPath, "$.models[0].reuse_turns"]);
        yield return new Row("config", "reuse_turns on a genai model", e => { e.Model(); return e.Run(e.Config(models: """[ { "name": "m", "kind": "genai", "path": "model", "reuse_turns": false } ]""")); },
            ExitCodes.UsageOrInput, e => [e.ConfigPath, "$.models[0].reuse_turns"]);
        yield return ConfigModels("enable_thinking a string", """[ { "name": "r", "kind": "reference", "enable_thinking": "yes" } ]""", "$.models[0].enable_thinking");

        // ---- model folders: checked before the first sample, exit 2, naming the folder and file ----
        yield return ModelFolder("empty folder", m => { foreach (var f in Directory.GetFiles(m)) File.Delete(f); }, "genai_config.json");
        yield return ModelFolder("genai_config.json not JSON", m => File.WriteAllText(Path.Combine(m, "genai_config.json"), "{ model"), "genai_config.json");
        yield return ModelFolder("decoder deleted", m => File.Delete(Path.Combine(m, "model.onnx")), "model.onnx");
        yield return ModelFolder("decoder truncated", m =>
        {
            var f = Path.Combine(m, "model.onnx");
            File.WriteAllBytes(f, File.ReadAllBytes(f)[..4000]);
        }, "model.onnx");
        yield return ModelFolder("tokenizer.json deleted", m => File.Delete(Path.Combine(m, "tokenizer.json")), "tokenizer.json");
        yield return ModelFolder("a FIFO in the folder", m => MkFifo(Path.Combine(m, "pipe.bin")), "pipe.bin: is a FIFO");
        yield return new Row("model folder", "doctor --model is a file", e => ["doctor", "--model", e.Write("file.txt", "x")], ExitCodes.UsageOrInput, e => [e.P("file.txt"), "is a file, not a folder"]);
        yield return new Row("model folder", "generate --model is a file", e => ["generate", "--model", e.Write("file.txt", "x"), "--ids", "1"], ExitCodes.UsageOrInput, e => ["--model", e.P("file.txt"), "is a file"]);
        yield return new Row("model folder", "footprint --model missing", e => ["models", "footprint", "--model", e.P("nothing")], ExitCodes.UsageOrInput, e => ["--model", e.P("nothing"), "does not exist"]);

        // ---- suites: exit 2, naming the file and the field ----
        yield return Suite("suite.json missing", e => File.Delete(e.P("suite/suite.json")), "suite.json: file not found");
        yield return Suite("suite.json not JSON", e => File.WriteAllText(e.P("suite/suite.json"), "{ name"), "suite.json: not valid JSON");
        yield return Suite("suite.json not an object", e => File.WriteAllText(e.P("suite/suite.json"), "[]"), "suite.json: is not a JSON object");
        yield return Suite("a tasks list in suite.json", e => File.WriteAllText(e.P("suite/suite.json"), """{ "name": "s", "version": "1", "tasks": ["a"] }"""), "suite.json: field 'tasks' is not read");
        yield return Suite("unknown suite.json field", e => File.WriteAllText(e.P("suite/suite.json"), """{ "name": "s", "version": "1", "nmae": "x" }"""), "suite.json: unknown field 'nmae'");
        yield return Suite("suite.json without name", e => File.WriteAllText(e.P("suite/suite.json"), """{ "version": "1" }"""), "suite.json: field 'name'");
        yield return Suite("no tasks folder", e => Directory.Delete(e.P("suite/tasks"), true), "tasks: missing tasks/ folder");
        yield return Suite("no tasks", e => Directory.Delete(e.Task(), true), "the suite has no tasks");
        yield return TaskJson("task.json without entry_point", """{ "id": "ID" }""", "field 'entry_point'");
        yield return TaskJson("negative time_budget_s", $$"""{ "id": "ID", {{Entry}}, "time_budget_s": -1 }""", "field 'time_budget_s' is -1");
        yield return TaskJson("time_budget_s a string", $$"""{ "id": "ID", {{Entry}}, "time_budget_s": "5" }""", "field 'time_budget_s' is \"5\"");
        yield return TaskJson("unknown difficulty", $$"""{ "id": "ID", {{Entry}}, "difficulty": "trivial" }""", "field 'difficulty' is 'trivial'");
        yield return TaskJson("id not the folder", $$"""{ "id": "other", {{Entry}} }""", "field 'id' is 'other'");
        yield return TaskJson("task.json not JSON", "{ id", "not valid JSON");
        yield return Suite("prompt.py missing", e => File.Delete(Path.Combine(e.Task(), "prompt.py")), "missing prompt.py");
        yield return Suite("a FIFO in the suite", e => MkFifo(Path.Combine(e.Task(), "notes.txt")), "notes.txt: is a FIFO");
        yield return new Row("suite", "--suite is a file", e => ["tasks", "list", "--suite", e.Write("file.txt", "x")], ExitCodes.UsageOrInput, e => ["--suite", e.P("file.txt"), "is a file"]);
        yield return new Row("suite", "tasks show an unknown id", e => ["tasks", "show", "nope", "--suite", e.Suite()], ExitCodes.UsageOrInput, e => [e.P("suite"), "no task 'nope'"]);

        // ---- run folders: refused with the reason ----
        yield return new Row("run folder", "report of a missing folder", e => ["report", e.P("gone")], ExitCodes.UsageOrInput, e => [e.P("gone"), "does not exist"]);
        yield return new Row("run folder", "report of a file", e => ["report", e.Write("file.txt", "x")], ExitCodes.UsageOrInput, e => [e.P("file.txt"), "is a file, not a run folder"]);
        yield return new Row("run folder", "report of a folder without run.json", e => ["report", e.Suite()], ExitCodes.UsageOrInput, e => [e.P("suite"), "no run.json"]);
        yield return Report("run.json not JSON", r => File.WriteAllText(Path.Combine(r, "run.json"), "{"), "run.json: not a valid run manifest");
        yield return Report("a garbage line in results.jsonl", r => File.AppendAllText(Path.Combine(r, "results.jsonl"), "garbage\n"), "results.jsonl: a line is not a valid record");
        yield return Report("a garbage line in samples.jsonl", r => File.AppendAllText(Path.Combine(r, "samples.jsonl"), "{\"model\": 3}\n"), "samples.jsonl: a line is not a valid record");
        yield return Resume("resume without run.json", r => File.Delete(Path.Combine(r, "run.json")), ExitCodes.UsageOrInput, "but no run.json (deleted?)", "--new");
        yield return Resume("resume without samples.jsonl", r => File.Delete(Path.Combine(r, "samples.jsonl")), ExitCodes.UsageOrInput, "samples.jsonl is missing", "--new");
        yield return Resume("resume with a verdict twice", r => File.AppendAllText(Path.Combine(r, "results.jsonl"), File.ReadAllLines(Path.Combine(r, "results.jsonl"))[0] + "\n"),
            ExitCodes.UsageOrInput, "results.jsonl", "is recorded 2 times");
        yield return Resume("resume with a verdict but no sample", r => File.WriteAllText(Path.Combine(r, "samples.jsonl"), ""), ExitCodes.UsageOrInput, "have no sample in samples.jsonl");
        yield return Resume("resume with a changed suite", r => File.AppendAllText(Path.Combine(Directory.GetDirectories(Path.Combine(r, "..", "..", "suite", "tasks")).Single(), "tests.py"), "\n"),
            ExitCodes.UsageOrInput, "run.json", "suite 'qwen-coding-v1' changed");
        yield return new Row("run folder", "resume while another run holds the folder", e =>
        {
            var run = e.Finished();
            e.Own(FileLock.TryAcquire(Path.Combine(run, "run.lock"), out _)!);
            return e.Run();
        }, ExitCodes.RunFolderBusy, e => [Directory.GetDirectories(e.Runs).Single(), $"pid {Environment.ProcessId} holds run.lock"], Sandbox: true);
        yield return new Row("run folder", "compare against a BASE without verdicts", e =>
        {
            var run = e.Finished();
            File.WriteAllText(Path.Combine(run, "results.jsonl"), "");
            return ["compare", run, run, "--out", e.P("cmp")];
        }, ExitCodes.UsageOrInput, e => [Directory.GetDirectories(e.Runs).Single(), "BASE has no verdicts"]);
        yield return new Row("run folder", "compare with NEW missing", e => ["compare", e.Finished(), e.P("gone")], ExitCodes.UsageOrInput, e => [e.P("gone"), "does not exist"]);
        yield return new Row("run folder", "export of a file", e => ["export", e.Write("file.txt", "x")], ExitCodes.UsageOrInput, e => [e.P("file.txt"), "is a file"]);

        // ---- server responses: not samples; exit 4 with what was wrong ----
        yield return Server("HTTP 500", _ => ChatReply.Text("boom", 500), "answered HTTP 500", "gave up after 2 attempts");
        yield return Server("HTTP 401", _ => ChatReply.Text("""{"error":"bad key"}""", 401), "answered HTTP 401", "bad key");
        yield return Server("body not JSON", _ => ChatReply.Text("<html>oops</html>"), "the body is not JSON");
        yield return Server("no choices", _ => ChatReply.Json(new { id = "x" }), "the body has no \"choices\"");
        yield return Server("content a number", _ => ChatReply.Json(new { choices = new[] { new { message = new { content = 7 } } } }), "choices[0].message.content is a number");
        yield return Server("finish_reason a number", _ => ChatReply.Json(new { choices = new[] { new { message = new { content = "x" }, finish_reason = 1 } } }), "choices[0].finish_reason is a number");
        yield return new Row("server", "connection refused", e => e.Run(e.Served($"http://127.0.0.1:{ChatServer.FreePort()}/v1")), ExitCodes.Incomplete,
            _ => ["model \"served\"", "could not get an answer"], Sandbox: true);

        // ---- command lines ----
        yield return Cli("unknown verb", _ => ["runn"], ExitCodes.UsageOrInput, _ => ["runn"]);
        yield return Cli("tasks validate --jobs -3", e => ["tasks", "validate", "--suite", e.Suite(), "--jobs", "-3"], ExitCodes.UsageOrInput, _ => ["--jobs -3: use 1 or more"]);
        yield return Cli("bench sandbox --jobs 0", e => ["bench", "sandbox", "--suite", e.Suite(), "--jobs", "0"], ExitCodes.UsageOrInput, _ => ["--jobs 0: use 1 or more"]);
        yield return Cli("compare --max-drop 2", e => ["compare", e.Suite(), e.Suite(), "--max-drop", "2"], ExitCodes.UsageOrInput, _ => ["--max-drop 2"]);
        yield return Cli("report of two runs without --out", e => ["report", e.Suite(), e.Suite()], ExitCodes.UsageOrInput, _ => ["--out"]);
        yield return Cli("report --out is a file", e => ["report", e.Suite(), "--out", e.Write("file.txt", "x")], ExitCodes.UsageOrInput, e => ["--out", e.P("file.txt"), "is a file"]);
        yield return Cli("tasks import of a folder", e => ["tasks", "import", e.Suite(), "--format", "humaneval", "--out", e.P("imported")], ExitCodes.UsageOrInput,
            e => [e.P("suite"), "is a folder, not a file"]);
        yield return Cli("tasks import of a missing file", e => ["tasks", "import", e.P("none.jsonl"), "--format", "humaneval", "--out", e.P("imported")], ExitCodes.UsageOrInput,
            e => [e.P("none.jsonl"), "does not exist"]);
        yield return Cli("tasks import into a suite", e => ["tasks", "import", e.Write("he.jsonl", "{}\n"), "--format", "humaneval", "--out", e.Suite()], ExitCodes.UsageOrInput,
            e => [e.P("suite"), "already holds tasks"]);
        yield return Cli("tasks import --format unknown", e => ["tasks", "import", e.Write("he.jsonl", "{}\n"), "--format", "apps", "--out", e.P("x")], ExitCodes.UsageOrInput, _ => ["apps"]);
        yield return Cli("--output not UTF-8", e => ["run", "--config", e.Config(), "--output", e.P("runs\uFFFD")], ExitCodes.UsageOrInput, _ => ["--output", "not valid UTF-8"]);
        yield return Cli("--output is a file", e => ["run", "--config", e.Config(), "--output", e.Write("file.txt", "x")], ExitCodes.UsageOrInput, e => ["--output", e.P("file.txt"), "is a file"]);
        yield return Cli("models synth --out is a file", e => ["models", "synth", "--out", e.Write("file.txt", "x")], ExitCodes.UsageOrInput, e => ["--out", e.P("file.txt"), "is a file"]);
        yield return Cli("doctor --prompt-tokens 0", e => ["doctor", "--model", e.Model(), "--prompt-tokens", "0"], ExitCodes.UsageOrInput, _ => ["--prompt-tokens 0"]);
        yield return Cli("generate --max-length 1", e => ["generate", "--model", e.Model(), "--ids", "1", "--max-length", "1"], ExitCodes.UsageOrInput, _ => ["--max-length 1"]);
    }

    [Test]
    public void TheTableHasAtLeastSixtyRowsOverEveryArea()
    {
        var rows = Rows().ToList();
        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(60));
        Assert.That(rows.Select(r => r.Area).Distinct(), Is.EquivalentTo(new[] { "config", "model folder", "suite", "run folder", "server", "cli" }));
        Assert.That(rows.Select(r => r.ToString()), Is.Unique);
    }

    [TestCaseSource(nameof(Rows))]
    public void ABadInputExitsWithItsCodeAndNamesWhatIsWrong(Row row)
    {
        if (row.Sandbox) Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        using var env = new Env(dir);
        var args = row.Make(env);
        var (exit, stdout, err) = QwenEval.Tests.Support.Cli.Run(args);
        var output = stdout + err;
        Assert.That(exit, Is.EqualTo(row.Exit), output);
        foreach (var name in row.Names(env)) Assert.That(output, Does.Contain(name), $"the message names {name}");
        Assert.That(output, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "no stack trace, no exception dump");
    }
}
