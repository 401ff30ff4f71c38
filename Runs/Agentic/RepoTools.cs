using System.Text;
using QwenEval.Core;
using QwenEval.Core.Generation;

namespace QwenEval.Runs.Agentic;

/// <summary>What a file tool did to the repository, for the behaviour figures.</summary>
public enum ToolEffect { None, Edit, Rewrite, Create }

/// <summary>A tool's answer to the model (an error is an answer too), and what it changed.</summary>
public sealed record ToolOutcome(bool Ok, string Text, ToolEffect Effect = ToolEffect.None)
{
    public static ToolOutcome Error(string text) => new(false, "error: " + text);
}

/// <summary>Size caps on what an agent may write and on what a tool shows it.</summary>
public sealed record RepoLimits(long MaxFileBytes, long MaxRepoBytes, int MaxFiles, int MaxPathLength, int MaxDepth, int MaxReadChars, int MaxListEntries)
{
    /// <summary>A repository fits the sandbox's 64 MiB work folder with room to spare.</summary>
    public static readonly RepoLimits Default = new(MaxFileBytes: 1 << 20, MaxRepoBytes: 16 << 20, MaxFiles: 2000, MaxPathLength: 240, MaxDepth: 16,
        MaxReadChars: 60_000, MaxListEntries: 400);
}

/// <summary>
/// The file tools (list_files, read_file, edit_file, write_file) on an episode's private repository folder on the
/// host. Every path is resolved against that folder, component by component, without following links: absolute
/// paths, "..", symlinks anywhere on the way and anything but regular files and folders are refused with a tool
/// error the model sees, and writes are capped per file and for the whole repository. Nothing here runs model code.
/// </summary>
public sealed class RepoTools(string root, RepoLimits limits)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Runs a file tool whose arguments already fit its schema (<see cref="AgentTools.Problem"/>).</summary>
    public ToolOutcome Execute(ToolCall call) => call.Name switch
    {
        AgentTools.ListFiles => List(AgentTools.Text(call, "path") ?? "."),
        AgentTools.ReadFile => Read(AgentTools.Text(call, "path")!, AgentTools.Integer(call.Arguments["start_line"]), AgentTools.Integer(call.Arguments["end_line"])),
        AgentTools.EditFile => Edit(AgentTools.Text(call, "path")!, AgentTools.Text(call, "old_text")!, AgentTools.Text(call, "new_text")!),
        AgentTools.WriteFile => Write(AgentTools.Text(call, "path")!, AgentTools.Text(call, "content")!),
        _ => ToolOutcome.Error($"{call.Name} is not a file tool"),
    };

    public ToolOutcome List(string path)
    {
        var (full, rel, error) = Resolve(path, allowMissing: false);
        if (error is not null) return ToolOutcome.Error(error);
        var kind = FileTypes.Of(full);
        if (kind == FileKind.Regular) return new ToolOutcome(true, rel);
        var entries = new List<string>();
        var more = 0;
        void Walk(string dir)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry);
                if (name == "__pycache__") continue;
                var shown = Path.GetRelativePath(Root, entry).Replace('\\', '/');
                var k = FileTypes.Of(entry);
                if (entries.Count >= limits.MaxListEntries) { more++; if (k != FileKind.Directory) continue; }
                else entries.Add(k switch
                {
                    FileKind.Directory => shown + "/",
                    FileKind.Regular => shown,
                    FileKind.Symlink => shown + " (symbolic link: not followed)",
                    _ => shown + " (not a regular file)",
                });
                if (k == FileKind.Directory) Walk(entry);
            }
        }
        Walk(full);
        if (entries.Count == 0) return new ToolOutcome(true, "(empty folder)");
        return new ToolOutcome(true, string.Join("\n", entries) + (more > 0 ? $"\n… and {more} more entries" : ""));
    }

    public ToolOutcome Read(string path, long? startLine, long? endLine)
    {
        var (full, rel, error) = Resolve(path, allowMissing: false);
        if (error is not null) return ToolOutcome.Error(error);
        if (FileTypes.Of(full) != FileKind.Regular) return ToolOutcome.Error($"{rel} is a folder; use list_files");
        var text = File.ReadAllText(full);
        if (text.Length == 0) return new ToolOutcome(true, "(empty file)");
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        var first = (int)Math.Max(1, startLine ?? 1);
        var last = (int)Math.Min(count, endLine ?? count);
        if (first > count) return ToolOutcome.Error($"{rel} has {count} lines; start_line {startLine} is past the end");
        if (last < first) return ToolOutcome.Error($"end_line {endLine} is before start_line {first}");
        var sb = new StringBuilder();
        var line = first;
        for (; line <= last; line++)
        {
            var piece = lines[line - 1] + (line < lines.Length ? "\n" : "");
            if (sb.Length + piece.Length > limits.MaxReadChars && sb.Length > 0) break;
            sb.Append(piece);
        }
        if (line <= last) sb.Append($"\n[cut at line {line - 1} of {count}: read the rest with start_line={line}]");
        return new ToolOutcome(true, sb.ToString());
    }

    public ToolOutcome Edit(string path, string oldText, string newText)
    {
        var (full, rel, error) = Resolve(path, allowMissing: false);
        if (error is not null) return ToolOutcome.Error(error);
        if (FileTypes.Of(full) != FileKind.Regular) return ToolOutcome.Error($"{rel} is a folder");
        if (oldText.Length == 0) return ToolOutcome.Error("old_text is empty; give the exact text to replace");
        var text = File.ReadAllText(full);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0) return ToolOutcome.Error($"old_text does not occur in {rel}; read the file and copy the text exactly, whitespace included");
        var again = text.IndexOf(oldText, at + 1, StringComparison.Ordinal);
        if (again >= 0) return ToolOutcome.Error($"old_text occurs more than once in {rel}; include more surrounding lines to make it unique");
        var updated = string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length));
        if (SizeProblem(full, updated) is { } tooBig) return ToolOutcome.Error(tooBig);
        File.WriteAllText(full, updated);
        return new ToolOutcome(true, $"Edited {rel}: replaced {Lines(oldText)} line(s) with {Lines(newText)}.", ToolEffect.Edit);
    }

    public ToolOutcome Write(string path, string content)
    {
        var (full, rel, error) = Resolve(path, allowMissing: true);
        if (error is not null) return ToolOutcome.Error(error);
        var kind = FileTypes.Of(full);
        if (kind == FileKind.Directory) return ToolOutcome.Error($"{rel} is a folder");
        if (SizeProblem(full, content) is { } tooBig) return ToolOutcome.Error(tooBig);
        if (kind == FileKind.Missing && CountFiles() >= limits.MaxFiles)
            return ToolOutcome.Error($"the repository already has {limits.MaxFiles} files, the most it may hold");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        var bytes = Encoding.UTF8.GetByteCount(content);
        return kind == FileKind.Regular
            ? new ToolOutcome(true, $"Wrote {rel} ({bytes} bytes): replaced the whole file.", ToolEffect.Rewrite)
            : new ToolOutcome(true, $"Wrote {rel} ({bytes} bytes): a new file.", ToolEffect.Create);
    }

    /// <summary>
    /// The host path of a repository path, checked component by component: relative, no "..", no symlink and no
    /// special file on the way, within the length and depth caps. Missing components are allowed only for writes.
    /// </summary>
    public (string Full, string Relative, string? Error) Resolve(string path, bool allowMissing)
    {
        if (path.Contains('\0')) return ("", path, "the path contains a NUL character");
        if (path.Length > limits.MaxPathLength) return ("", path, $"the path is longer than {limits.MaxPathLength} characters");
        if (path.Contains('\\')) return ("", path, "use '/' to separate folders");
        if (path.StartsWith('/') || path.StartsWith('~') || Path.IsPathRooted(path))
            return ("", path, $"'{path}' is absolute: paths are relative to the repository root, e.g. src/module.py");
        var parts = path.Split('/').Where(p => p.Length > 0 && p != ".").ToList();
        if (parts.Contains("..")) return ("", path, $"'{path}' leaves the repository: '..' is not allowed");
        if (parts.Count > limits.MaxDepth) return ("", path, $"the path is deeper than {limits.MaxDepth} folders");
        var rel = parts.Count == 0 ? "." : string.Join('/', parts);
        var current = Root;
        for (var i = 0; i < parts.Count; i++)
        {
            current = Path.Combine(current, parts[i]);
            var sofar = string.Join('/', parts.Take(i + 1));
            switch (FileTypes.Of(current))
            {
                case FileKind.Symlink:
                    return ("", rel, $"{sofar} is a symbolic link: refused (links are never followed)");
                case FileKind.Other:
                    return ("", rel, $"{sofar} is not a regular file or folder: refused");
                case FileKind.Regular when i < parts.Count - 1:
                    return ("", rel, $"{sofar} is a file, not a folder");
                case FileKind.Missing when !allowMissing:
                    return ("", rel, $"{(i == parts.Count - 1 ? rel : sofar)} does not exist");
                case FileKind.Missing:
                    return (Path.Combine(current, Path.Combine([.. parts.Skip(i + 1)])), rel, null);
            }
        }
        return (current, rel, null);
    }

    /// <summary>Every regular file of the repository by relative path, as text: what the sandbox and the final diff see.</summary>
    public SortedDictionary<string, string> Snapshot()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (full, rel) in Files()) files[rel] = File.ReadAllText(full);
        return files;
    }

    private IEnumerable<(string Full, string Relative)> Files()
    {
        var stack = new Stack<string>([Root]);
        while (stack.Count > 0)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(stack.Pop()))
            {
                var kind = FileTypes.Of(entry);
                if (kind == FileKind.Directory) { if (Path.GetFileName(entry) != "__pycache__") stack.Push(entry); }
                else if (kind == FileKind.Regular) yield return (entry, Path.GetRelativePath(Root, entry).Replace('\\', '/'));
            }
        }
    }

    private int CountFiles() => Files().Count();

    private string? SizeProblem(string full, string content)
    {
        long bytes = Encoding.UTF8.GetByteCount(content);
        if (bytes > limits.MaxFileBytes) return $"{bytes} bytes is over the {limits.MaxFileBytes} bytes a file may hold; nothing was written";
        var others = Files().Where(f => f.Full != full).Sum(f => new FileInfo(f.Full).Length);
        if (others + bytes > limits.MaxRepoBytes)
            return $"the repository would hold {others + bytes} bytes, over its cap of {limits.MaxRepoBytes}; nothing was written";
        return null;
    }

    private static int Lines(string text) => text.Length == 0 ? 0 : text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);
}
