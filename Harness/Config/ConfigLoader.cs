using System.Text.Json;
using QwenEval.Harness.Cli;

namespace QwenEval.Harness.Config;

/// <summary>Reads eval.config.json into an <see cref="EvalConfig"/>, strictly: unknown fields, wrong types and missing files are errors.</summary>
public static class ConfigLoader
{
    public static EvalConfig Load(string path)
    {
        var file = Path.GetFullPath(path);
        if (!File.Exists(file))
            throw new UserInputException($"{path}: config file not found. Pass --config with the path of an eval.config.json.");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ConfigException(path, $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}", "is not valid JSON.",
                "Fix the syntax there (missing comma, quote or bracket?).");
        }
        using (doc)
            return Parse(path, Path.GetDirectoryName(file)!, doc.RootElement);
    }

    private static EvalConfig Parse(string file, string baseDir, JsonElement root)
    {
        var r = new JsonFields(file, "$", root);
        var suite = ResolveExisting(r, "suite", r.String("suite", "Tasks/suites/qwen-coding-v1"), baseDir, directory: true);
        var output = Path.GetFullPath(Path.Combine(baseDir, r.OptionalString("output") ?? "runs"));
        var samples = r.Int("samples_per_task", 1, 1, 1000);
        var decoding = ParseDecoding(r.OptionalObject("decoding"));
        var maxNew = r.Int("max_new_tokens", 512, 1, 1_000_000);
        var timeouts = ParseTimeouts(r.OptionalObject("timeouts"));
        var budgets = r.Array("memory_budgets_gb", required: false)
            .Select((e, i) => e.ValueKind == JsonValueKind.Number && e.GetDouble() > 0
                ? e.GetDouble()
                : throw r.Error($"$.memory_budgets_gb[{i}]", $"is {JsonFields.Describe(e)}.", "Use positive numbers of gigabytes, e.g. [32, 64]."))
            .ToList();
        var modelEls = r.Array("models", required: true);
        if (modelEls.Count == 0)
            throw r.Error("$.models", "is empty.", "Add at least one model, e.g. { \"name\": \"reference\", \"kind\": \"reference\" }.");
        var models = modelEls.Select((e, i) => ParseModel(new JsonFields(file, $"$.models[{i}]", e), baseDir)).ToList();
        var dup = models.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
            throw r.Error("$.models", $"has two models named \"{dup.Key}\".", "Give each model a unique name: results are keyed by it.");
        r.RejectUnknown();
        return new EvalConfig(Path.GetFullPath(file), suite, output, samples, decoding, maxNew, timeouts,
            budgets.Count > 0 ? budgets : [32, 64], models);
    }

    private static DecodingConfig ParseDecoding(JsonFields? d)
    {
        if (d is null) return DecodingConfig.Greedy;
        var mode = d.OptionalString("mode") ?? "greedy";
        var stop = d.Array("stop", required: false)
            .Select((e, i) => e.ValueKind == JsonValueKind.String && e.GetString()!.Length > 0
                ? e.GetString()!
                : throw d.Error($"{d.PathOf("stop")}[{i}]", $"is {JsonFields.Describe(e)}.", "Use non-empty strings, e.g. [\"\\n```\\n\"]."))
            .ToList();
        DecodingConfig result;
        switch (mode)
        {
            case "greedy":
                result = DecodingConfig.Greedy;
                break;
            case "sample":
                result = new DecodingConfig(DecodingMode.Sample,
                    d.Double("temperature", 0.8, 1e-3, 10),
                    d.Double("top_p", 1.0, 1e-6, 1.0),
                    d.Int("top_k", 0, 0, 1_000_000),
                    d.ULong("seed", 1234));
                break;
            default:
                throw d.Error(d.PathOf("mode"), $"is \"{mode}\".", "Use \"greedy\" or \"sample\".");
        }
        d.RejectUnknown();
        return stop.Count == 0 ? result : result with { Stop = stop };
    }

    private static TimeoutConfig ParseTimeouts(JsonFields? t)
    {
        if (t is null) return TimeoutConfig.Default;
        var d = TimeoutConfig.Default;
        var result = new TimeoutConfig(
            t.Double("test_floor_seconds", d.TestFloorSeconds, 0.1, 3600),
            t.Double("test_multiplier", d.TestMultiplier, 0.1, 100),
            t.Double("generation_seconds", d.GenerationSeconds, 1, 86400),
            t.Bool("calibrate", d.Calibrate));
        t.RejectUnknown();
        return result;
    }

    private static ModelConfig ParseModel(JsonFields m, string baseDir)
    {
        var name = m.String("name", "qwen3.5-27b-int4");
        if (name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            throw m.Error(m.PathOf("name"), $"is \"{name}\".", "Use letters, digits, '-', '_' and '.' only: it becomes part of file names.");
        var kindName = m.String("kind", "onnx");
        if (!ModelKindNames.ByName.TryGetValue(kindName, out var kind))
            throw m.Error(m.PathOf("kind"), $"is \"{kindName}\", not a model kind.", $"Use one of: {string.Join(", ", ModelKindNames.ByName.Keys)}.");
        string? path = null, endpoint = null, remote = null, keyEnv = null;
        switch (kind)
        {
            case ModelKind.Onnx:
                path = ResolveExisting(m, "path", m.String("path", "models/qwen3.5-0.8b-int4"), baseDir, directory: true);
                break;
            case ModelKind.OpenAi:
                endpoint = m.String("endpoint", "http://localhost:8080/v1");
                if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                    throw m.Error(m.PathOf("endpoint"), $"is \"{endpoint}\", not an http(s) URL.", "Use e.g. \"http://localhost:8080/v1\".");
                remote = m.String("model", "qwen3.5-27b");
                keyEnv = m.OptionalString("api_key_env");
                break;
        }
        var thinking = m.Bool("enable_thinking", false);
        int? budget = m.Has("thinking_budget") ? m.Int("thinking_budget", 0, 1, 1_000_000) : null;
        if (budget is not null && !thinking)
            throw m.Error(m.PathOf("thinking_budget"), "is set but enable_thinking is false.", "Set \"enable_thinking\": true or remove thinking_budget.");
        m.RejectUnknown();
        return new ModelConfig(name, kind, path, endpoint, remote, keyEnv, thinking, budget);
    }

    private static string ResolveExisting(JsonFields r, string field, string value, string baseDir, bool directory)
    {
        var full = Path.GetFullPath(Path.Combine(baseDir, value));
        var exists = directory ? Directory.Exists(full) : File.Exists(full);
        if (!exists)
            throw r.Error(r.PathOf(field), $"\"{value}\" does not exist (looked for {full}).",
                $"Point it at an existing {(directory ? "folder" : "file")}; relative paths are read from the config file's folder.");
        return full;
    }
}
