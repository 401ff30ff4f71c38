using System.Text.Json;
using QwenEval.Core;

namespace QwenEval.Engine.Templates;

/// <summary>
/// Finds a model folder's chat template as transformers does: chat_template.jinja when present (it takes priority),
/// else tokenizer_config.json's "chat_template" (a string, or a list of {name, template} of which "default" is used).
/// Special tokens come from tokenizer_config.json, overridden by special_tokens_map.json, as from_pretrained loads them.
/// </summary>
public static class ChatTemplateLoader
{
    public const string ConfigFile = "tokenizer_config.json";
    public const string TemplateFile = "chat_template.jinja";
    public const string SpecialTokensFile = "special_tokens_map.json";

    private static readonly string[] SpecialTokenNames =
        ["bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token"];

    public static ChatTemplate Load(string modelFolder)
    {
        if (!Directory.Exists(modelFolder))
            throw new UserInputException($"{modelFolder}: model folder not found. Point the model's path at the folder holding {ConfigFile}.");
        var configPath = Path.Combine(modelFolder, ConfigFile);
        var jinjaPath = Path.Combine(modelFolder, TemplateFile);
        var config = File.Exists(configPath) ? ReadJson(configPath) : (JsonElement?)null;
        var tokens = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (config is { } c) AddSpecialTokens(tokens, c);
        var mapPath = Path.Combine(modelFolder, SpecialTokensFile);
        if (File.Exists(mapPath)) AddSpecialTokens(tokens, ReadJson(mapPath));

        if (File.Exists(jinjaPath))
            return new ChatTemplate(File.ReadAllText(jinjaPath), tokens, jinjaPath);
        if (config is null)
            throw new UserInputException(
                $"{configPath}: file not found, so the model's chat template is unknown. " +
                $"The template is read from its \"chat_template\" field (or from {TemplateFile}); copy the model's tokenizer files into the folder.");
        return new ChatTemplate(SelectTemplate(config.Value, configPath), tokens, $"{configPath} (field \"chat_template\")");
    }

    private static JsonElement ReadJson(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new UserInputException($"{path}: line {e.LineNumber + 1}: not valid JSON. Restore the file from the model's release.");
        }
    }

    private static string SelectTemplate(JsonElement config, string path)
    {
        if (config.ValueKind != JsonValueKind.Object || !config.TryGetProperty("chat_template", out var field) || field.ValueKind == JsonValueKind.Null)
            throw new UserInputException(
                $"{path}: field \"chat_template\" is missing, so the model's chat format is unknown. " +
                $"Add the model's chat template (a Jinja string) as \"chat_template\", or put it in {TemplateFile} beside that file.");
        switch (field.ValueKind)
        {
            case JsonValueKind.String:
                return field.GetString()!;
            case JsonValueKind.Array:
                {
                    var names = new List<string>();
                    foreach (var entry in field.EnumerateArray())
                    {
                        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                            || !entry.TryGetProperty("template", out var template) || template.ValueKind != JsonValueKind.String)
                            throw new UserInputException(
                                $"{path}: field \"chat_template\" is a list whose entries must be {{\"name\": ..., \"template\": ...}} with string values. Fix the entry or use a single template string.");
                        if (name.GetString() == "default") return template.GetString()!;
                        names.Add(name.GetString()!);
                    }
                    throw new UserInputException(
                        $"{path}: field \"chat_template\" lists templates named {string.Join(", ", names.Select(n => $"\"{n}\""))} but none named \"default\". " +
                        "Name the template for plain chat \"default\".");
                }
            default:
                throw new UserInputException(
                    $"{path}: field \"chat_template\" is a {field.ValueKind.ToString().ToLowerInvariant()}; expected a Jinja string or a list of {{\"name\", \"template\"}}.");
        }
    }

    private static void AddSpecialTokens(Dictionary<string, object?> tokens, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) return;
        foreach (var name in SpecialTokenNames)
        {
            if (!json.TryGetProperty(name, out var value)) continue;
            var text = TokenText(value);
            // transformers' special_tokens_map leaves out unset (null or empty) tokens, so the template sees them undefined.
            if (string.IsNullOrEmpty(text)) tokens.Remove(name);
            else tokens[name] = text;
        }
        if (json.TryGetProperty("additional_special_tokens", out var extra) && extra.ValueKind == JsonValueKind.Array)
        {
            var list = extra.EnumerateArray().Select(TokenText).Where(t => t is not null).Select(t => (object?)t).ToList();
            if (list.Count > 0) tokens["additional_special_tokens"] = list;
            else tokens.Remove("additional_special_tokens");
        }
    }

    /// <summary>A token given as a string or as an AddedToken object {"content": ...}.</summary>
    private static string? TokenText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object when value.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String => content.GetString(),
        _ => null,
    };
}
