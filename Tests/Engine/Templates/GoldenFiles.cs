using NUnit.Framework;
using System.Text.Json;
using QwenEval.Engine.Templates;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Engine.Templates;

/// <summary>Locates the repository (the folder with QwenEval.sln), its chat-template goldens and the sibling ../shared.</summary>
internal static class GoldenFiles
{
    public static string GoldenDir => Path.Combine(TestPaths.Root, "Tests", "Goldens", "chat_template");

    /// <summary>A path under ../shared, or Assert.Ignore naming the missing path.</summary>
    public static string RequireShared(params string[] parts) => TestPaths.RequireShared(Path.Combine(parts));

    public static JsonElement Read(string fileName)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenDir, fileName)));
        return doc.RootElement.Clone();
    }

    /// <summary>The chat-template golden files (every *.json but the snippet files).</summary>
    public static IEnumerable<string> ChatTemplateFiles() =>
        Directory.GetFiles(GoldenDir, "*.json")
            .Select(Path.GetFileName)
            .Where(f => f is not ("snippets.json" or "fuzz.json"))
            .Order(StringComparer.Ordinal)!;

}

/// <summary>One chat-template golden case, ready to render either through the engine or through ChatTemplate.</summary>
public sealed class ChatGoldenCase
{
    internal ChatGoldenCase(string file, JsonElement root, JsonElement c)
    {
        File = file;
        Name = c.GetProperty("name").GetString()!;
        Template = root.GetProperty("template").GetString()!;
        SpecialTokens = root.GetProperty("special_tokens").EnumerateObject()
            .ToDictionary(p => p.Name, p => JinjaValues.FromJson(p.Value));
        Messages = c.GetProperty("messages");
        AddGenerationPrompt = c.GetProperty("add_generation_prompt").GetBoolean();
        EnableThinking = c.TryGetProperty("enable_thinking", out var t) ? t.GetBoolean() : null;
        Extra = c.TryGetProperty("extra", out var e) ? e.EnumerateObject().ToDictionary(p => p.Name, p => JinjaValues.FromJson(p.Value)) : [];
        Expected = c.TryGetProperty("expected", out var x) ? x.GetString() : null;
        if (c.TryGetProperty("error", out var err))
            Error = (err.GetProperty("type").GetString()!, err.GetProperty("message").GetString()!);
    }

    public string File { get; }
    public string Name { get; }
    public string Template { get; }
    public Dictionary<string, object?> SpecialTokens { get; }
    public JsonElement Messages { get; }
    public bool AddGenerationPrompt { get; }
    public bool? EnableThinking { get; }
    public Dictionary<string, object?> Extra { get; }
    public string? Expected { get; }
    public (string Type, string Message)? Error { get; }

    /// <summary>Variables exactly as make_goldens.py passes them to Jinja2.</summary>
    public Dictionary<string, object?> Variables()
    {
        var v = new Dictionary<string, object?>
        {
            ["messages"] = JinjaValues.FromJson(Messages),
            ["tools"] = null,
            ["documents"] = null,
            ["add_generation_prompt"] = AddGenerationPrompt,
        };
        foreach (var (k, val) in SpecialTokens) v[k] = val;
        if (EnableThinking is not null) v["enable_thinking"] = EnableThinking.Value;
        foreach (var (k, val) in Extra) v[k] = val;
        return v;
    }

    /// <summary>The messages as ChatMessages, or null when a case needs more than role and content.</summary>
    public List<QwenEval.Core.Generation.ChatMessage>? PlainMessages()
    {
        if (Extra.Count > 0) return null;
        var list = new List<QwenEval.Core.Generation.ChatMessage>();
        foreach (var m in Messages.EnumerateArray())
        {
            var props = m.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            if (props is not ["content", "role"] || m.GetProperty("content").ValueKind != JsonValueKind.String) return null;
            list.Add(new(m.GetProperty("role").GetString()!, m.GetProperty("content").GetString()!));
        }
        return list;
    }

    public override string ToString() => $"{File}:{Name}";
}
