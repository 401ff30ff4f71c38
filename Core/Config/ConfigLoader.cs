using System.Text.Json;

namespace QwenEval.Core.Config;

/// <summary>
/// Reads eval.config.json into an <see cref="EvalConfig"/>, strictly: unknown fields, wrong types and missing files
/// are errors naming the file, the JSON path and the fix. Each model kind parses its own fields.
/// </summary>
public static class ConfigLoader
{
    public static EvalConfig Load(string path, IReadOnlyList<IModelKind> kinds)
    {
        var file = Path.GetFullPath(path);
        if (Directory.Exists(file))
            throw new UserInputException($"{path}: is a folder, not a config file. Pass --config with the path of an eval.config.json.");
        if (!File.Exists(file))
            throw new UserInputException($"{path}: config file not found. Pass --config with the path of an eval.config.json.");
        using var doc = StrictJson.Parse(path, ReadUtf8(path, file));
        return Parse(path, Path.GetDirectoryName(file)!, doc.RootElement, kinds);
    }

    /// <summary>The file as strict UTF-8: an invalid byte would otherwise become U+FFFD and silently name another path.</summary>
    private static string ReadUtf8(string shown, string file)
    {
        var bytes = File.ReadAllBytes(file);
        try
        {
            var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, bom, bytes.Length - bom);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
            throw new UserInputException($"{shown}: is not valid UTF-8{at}. Save the config as UTF-8.");
        }
    }

    private static EvalConfig Parse(string file, string baseDir, JsonElement root, IReadOnlyList<IModelKind> kinds)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new ConfigException(file, "$", $"is {JsonFields.Describe(root)}, expected an object.", "Write the config as { \"models\": [ ... ] }.");
        var r = new JsonFields(file, "$", root);
        var suites = ParseSuites(r, baseDir);
        var output = Path.GetFullPath(Path.Combine(baseDir, r.OptionalString("output") ?? "runs"));
        var samples = r.Int("samples_per_task", 1, 1, 1000);
        var decoding = ParseDecoding(r.OptionalObject("decoding"));
        var maxNew = r.Int("max_new_tokens", 512, 1, 1_000_000);
        var timeouts = ParseTimeouts(r.OptionalObject("timeouts"));
        var retry = ParseRetry(r.OptionalObject("retry"));
        var agentic = ParseAgentic(r.OptionalObject("agentic"));
        var budgets = r.Array("memory_budgets_gb", required: false)
            .Select((e, i) => e.ValueKind == JsonValueKind.Number && e.GetDouble() > 0
                ? e.GetDouble()
                : throw r.Error($"$.memory_budgets_gb[{i}]", $"is {JsonFields.Describe(e)}.", "Use positive numbers of gigabytes, e.g. [32, 64]."))
            .ToList();
        var modelEls = r.Array("models", required: true);
        if (modelEls.Count == 0)
            throw r.Error("$.models", "is empty.", "Add at least one model, e.g. { \"name\": \"reference\", \"kind\": \"reference\" }.");
        var models = modelEls.Select((e, i) => ParseModel(new JsonFields(file, $"$.models[{i}]", e), baseDir, kinds)).ToList();
        var dup = models.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
            throw r.Error("$.models", $"has two models named \"{dup.Key}\".", "Give each model a unique name: results are keyed by it.");
        r.RejectUnknown();
        return new EvalConfig(Path.GetFullPath(file), suites, output, samples, decoding, maxNew, timeouts, retry, agentic,
            budgets.Count > 0 ? budgets : [32, 64], models);
    }

    public const string DefaultSuite = "Tasks/suites/qwen-coding-v1";

    /// <summary>"suite": one folder, or "suites": several (function-level and agentic), each run for every model.</summary>
    private static IReadOnlyList<string> ParseSuites(JsonFields r, string baseDir)
    {
        var one = r.OptionalString("suite");
        if (!r.Has("suites")) return [ConfigPaths.Existing(r, "suite", one ?? DefaultSuite, baseDir, directory: true)];
        if (one is not null)
            throw r.Error("$.suites", "is given together with \"suite\".", "Keep one: \"suites\": [ ... ] lists every suite, \"suite\" names a single one.");
        var list = r.Array("suites", required: true);
        if (list.Count == 0) throw r.Error("$.suites", "is empty.", $"List at least one suite folder, e.g. [\"{DefaultSuite}\"].");
        var folders = list.Select((e, i) => e.ValueKind == JsonValueKind.String && e.GetString()!.Trim().Length > 0
                ? ConfigPaths.Existing(r, $"suites[{i}]", e.GetString()!, baseDir, directory: true)
                : throw r.Error($"$.suites[{i}]", $"is {JsonFields.Describe(e)}.", "Use suite folder paths as strings."))
            .ToList();
        var twice = folders.GroupBy(f => f).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw r.Error("$.suites", $"names {twice.Key} twice.", "List each suite once.");
        return folders;
    }

    private static AgenticConfig ParseAgentic(JsonFields? a)
    {
        if (a is null) return AgenticConfig.Default;
        var result = new AgenticConfig(
            a.Has("max_turns") ? a.Int("max_turns", 0, 1, 10_000) : null,
            a.Has("max_tokens") ? a.Int("max_tokens", 0, 1, 100_000_000) : null,
            a.Has("wall_seconds") ? a.Double("wall_seconds", 0, 1, 86400 * 7) : null);
        a.RejectUnknown();
        return result;
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
                foreach (var field in (string[])["temperature", "top_p", "top_k"])
                    if (d.Has(field))
                        throw d.Error(d.PathOf(field), "only applies to \"mode\": \"sample\".", $"Remove \"{field}\" or set \"mode\": \"sample\".");
                // A seed is accepted and recorded in greedy mode (it picks nothing, but a config may keep one for a later sampling run).
                result = DecodingConfig.Greedy with { Seed = d.ULong("seed", 0) };
                break;
            case "sample":
                result = new DecodingConfig(DecodingMode.Sample,
                    d.Double("temperature", 0.8, 1e-3, 10),
                    d.Double("top_p", 1.0, 1e-6, 1.0),
                    d.Int("top_k", 0, 0, 1_000_000),
                    d.ULong("seed", 1234), []);
                break;
            default:
                throw d.Error(d.PathOf("mode"), $"is \"{mode}\".", "Use \"greedy\" or \"sample\".");
        }
        d.RejectUnknown();
        return result with { Stop = stop };
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

    private static RetryConfig ParseRetry(JsonFields? t)
    {
        if (t is null) return RetryConfig.Default;
        var d = RetryConfig.Default;
        var result = new RetryConfig(
            t.Int("attempts", d.Attempts, 1, 100),
            t.Double("initial_delay_seconds", d.InitialDelaySeconds, 0, 3600),
            t.Double("max_delay_seconds", d.MaxDelaySeconds, 0, 3600));
        t.RejectUnknown();
        return result;
    }

    private static ModelConfig ParseModel(JsonFields m, string baseDir, IReadOnlyList<IModelKind> kinds)
    {
        var name = m.String("name", "qwen3.5-27b-int4");
        if (name is "." or ".." || name.StartsWith('.') || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            throw m.Error(m.PathOf("name"), $"is \"{name}\".",
                "Use letters, digits, '-', '_' and '.' only, not starting with '.': it becomes part of file names.");
        var kindName = m.OptionalString("kind") ?? "onnx";
        var kind = kinds.FirstOrDefault(k => k.Name == kindName)
            ?? throw m.Error(m.PathOf("kind"), $"is \"{kindName}\", not a model kind.", $"Use one of: {string.Join(", ", kinds.Select(k => k.Name))}.");
        var settings = kind.Parse(m, baseDir);
        var thinking = m.Bool("enable_thinking", false);
        int? budget = m.Has("thinking_budget") ? m.Int("thinking_budget", 0, 1, 1_000_000) : null;
        if (budget is not null && !thinking)
            throw m.Error(m.PathOf("thinking_budget"), "is set but enable_thinking is false.", "Set \"enable_thinking\": true or remove thinking_budget.");
        m.RejectUnknown();
        return new ModelConfig(name, kindName, thinking, budget, settings);
    }
}

/// <summary>Paths in a config: relative to the config file's folder, and checked to exist with the right type.</summary>
public static class ConfigPaths
{
    public static string Existing(JsonFields r, string field, string value, string baseDir, bool directory)
    {
        var full = Path.GetFullPath(Path.Combine(baseDir, value));
        if (directory && File.Exists(full))
            throw r.Error(r.PathOf(field), $"\"{value}\" is a file, not a folder (looked at {full}).", "Point it at the folder.");
        if (!directory && Directory.Exists(full))
            throw r.Error(r.PathOf(field), $"\"{value}\" is a folder, not a file (looked at {full}).", "Point it at the file.");
        if (directory ? !Directory.Exists(full) : !File.Exists(full))
            throw r.Error(r.PathOf(field), $"\"{value}\" does not exist (looked for {full}).",
                $"Point it at an existing {(directory ? "folder" : "file")}; relative paths are read from the config file's folder.");
        return full;
    }
}
