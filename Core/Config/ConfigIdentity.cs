using System.Collections;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QwenEval.Core.Config;

/// <summary>
/// Canonical JSON of the config fields of one identity scope, read off the typed config by its
/// <see cref="IdentityAttribute"/>s: field names as in eval.config.json (snake_case), declaration order, and paths
/// relative to the config file's folder so a moved checkout keeps its identities.
/// </summary>
public static class ConfigIdentity
{
    /// <summary>The run folder's identity: fields that change verdicts of every model.</summary>
    public static JsonObject ForRun(EvalConfig config) => Collect(config, IdentityScope.Run, BaseDir(config));

    /// <summary>
    /// One model's identity: run-wide fields that change answers, and the model's own under "models[]" (its kind's
    /// fields beside the common ones, as in eval.config.json), so a difference reads as the field's JSON path.
    /// </summary>
    public static JsonObject ForModel(EvalConfig config, ModelConfig model)
    {
        var identity = Collect(config, IdentityScope.Model, BaseDir(config));
        identity["models[]"] = Collect(model, IdentityScope.Model, BaseDir(config));
        return identity;
    }

    /// <summary>Every field of the config, resolved (paths relative), for run.json's record of what ran.</summary>
    public static JsonObject Snapshot(EvalConfig config) => AllFields(config, BaseDir(config));

    public static string Hash(JsonNode identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToJsonString())));

    /// <summary>Every config field as (JSON path, scope, reason), for the test that keeps the identity complete.</summary>
    public static IEnumerable<(string Path, IdentityScope Scope, string? Why)> Fields(Type record, string prefix = "$")
    {
        foreach (var p in ConfigProperties(record))
        {
            var path = $"{prefix}.{JsonName(p)}";
            var attr = p.GetCustomAttribute<IdentityAttribute>();
            if (attr is not null)
                yield return (path, attr.Scope, attr.Why);
            else if (p.PropertyType == typeof(IKindSettings))
                continue; // each kind's settings record is listed on its own, under $.models[]
            else if (IsConfigRecord(p.PropertyType))
                foreach (var f in Fields(p.PropertyType, path)) yield return f;
            else
                yield return (path, (IdentityScope)(-1), "no [Identity] attribute");
        }
    }

    public static string JsonName(PropertyInfo p) => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name);

    private static string BaseDir(EvalConfig config) => Path.GetDirectoryName(config.SourceFile)!;

    private static JsonObject Collect(object record, IdentityScope scope, string baseDir)
    {
        var result = new JsonObject();
        foreach (var p in ConfigProperties(record.GetType()))
        {
            var value = p.GetValue(record);
            var attr = p.GetCustomAttribute<IdentityAttribute>();
            if (attr is null && value is IKindSettings settings)
            {
                // A kind's fields sit beside the common ones in a models[] entry.
                foreach (var (key, field) in Collect(settings, scope, baseDir)) result[key] = field?.DeepClone();
            }
            else if (attr is null && value is not null && IsConfigRecord(value.GetType()))
            {
                var nested = Collect(value, scope, baseDir);
                if (nested.Count > 0) result[JsonName(p)] = nested;
            }
            else if (attr?.Scope == scope)
            {
                result[JsonName(p)] = Value(p, value, baseDir);
            }
        }
        return result;
    }

    /// <summary>A field's value as JSON; paths (one, or a list) relative to the config file's folder.</summary>
    private static JsonNode? Value(PropertyInfo p, object? value, string baseDir)
    {
        if (p.GetCustomAttribute<ConfigPathAttribute>() is null) return ToNode(value, baseDir);
        return value switch
        {
            string path => Relative(path, baseDir),
            IEnumerable<string> paths => new JsonArray(paths.Select(x => (JsonNode?)Relative(x, baseDir)).ToArray()),
            _ => ToNode(value, baseDir),
        };
    }

    private static string Relative(string path, string baseDir) => Path.GetRelativePath(baseDir, path).Replace('\\', '/');

    private static IEnumerable<PropertyInfo> ConfigProperties(Type t) =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken);

    private static bool IsConfigRecord(Type t) => t.GetCustomAttribute<ConfigRecordAttribute>() is not null;

    private static JsonNode? ToNode(object? value, string baseDir) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        int i => i,
        long l => l,
        ulong u => u,
        double d => d,
        Enum e => JsonNamingPolicy.SnakeCaseLower.ConvertName(e.ToString()),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(v => ToNode(v, baseDir)).ToArray()),
        _ when IsConfigRecord(value.GetType()) => AllFields(value, baseDir),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonObject AllFields(object record, string baseDir)
    {
        var o = new JsonObject();
        foreach (var p in ConfigProperties(record.GetType()))
        {
            var value = p.GetValue(record);
            o[JsonName(p)] = Value(p, value, baseDir);
        }
        return o;
    }
}
