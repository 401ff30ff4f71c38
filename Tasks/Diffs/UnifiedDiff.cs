using System.Text;

namespace QwenEval.Tasks.Diffs;

/// <summary>One file's changes in a unified diff: its path (one leading component stripped, as `patch -p1`), and its hunks.</summary>
/// <param name="OldPath">null when the file is created (--- /dev/null)</param>
/// <param name="NewPath">null when the file is deleted (+++ /dev/null)</param>
public sealed record FilePatch(string? OldPath, string? NewPath, IReadOnlyList<Hunk> Hunks)
{
    public string Path => NewPath ?? OldPath!;

    public bool Creates => OldPath is null;

    public bool Deletes => NewPath is null;
}

/// <summary>One hunk: where it starts in the old file, and its lines as written (' ' context, '-' removed, '+' added).</summary>
public sealed record Hunk(int OldStart, int OldCount, int NewStart, int NewCount, IReadOnlyList<HunkLine> Lines)
{
    /// <summary>The text the hunk expects (context and removed lines), as it appears in the file.</summary>
    public string OldText => Join(Lines.Where(l => l.Kind != '+'));

    /// <summary>The text the hunk leaves (context and added lines).</summary>
    public string NewText => Join(Lines.Where(l => l.Kind != '-'));

    private static string Join(IEnumerable<HunkLine> lines)
    {
        var sb = new StringBuilder();
        foreach (var l in lines) sb.Append(l.Text).Append(l.NoNewline ? "" : "\n");
        return sb.ToString();
    }
}

/// <param name="NoNewline">followed by "\ No newline at end of file": the line has no line end</param>
public sealed record HunkLine(char Kind, string Text, bool NoNewline = false);

/// <summary>A diff that cannot be read or applied; the message says which file and hunk.</summary>
public sealed class PatchException(string message) : Exception(message);

/// <summary>
/// Unified diffs as `diff -ruN` writes them and `patch -p1` applies them: parse, apply to a set of text files,
/// and write the diff between two sets. Text only; paths use '/'.
/// </summary>
public static class UnifiedDiff
{
    public const string DevNull = "/dev/null";

    public static IReadOnlyList<FilePatch> Parse(string diff)
    {
        var lines = SplitLines(diff);
        var patches = new List<FilePatch>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].StartsWith("--- ", StringComparison.Ordinal))
            {
                i++; // "diff -ruN …" headers and other prose between files
                continue;
            }
            if (i + 1 >= lines.Count || !lines[i + 1].StartsWith("+++ ", StringComparison.Ordinal))
                throw new PatchException($"line {i + 1}: '---' is not followed by a '+++' line");
            var (oldPath, oldEpoch) = HeaderPath(lines[i]);
            var (newPath, newEpoch) = HeaderPath(lines[i + 1]);
            if (oldPath is null && newPath is null) throw new PatchException($"line {i + 1}: both sides are {DevNull}");
            i += 2;
            var hunks = new List<Hunk>();
            while (i < lines.Count && lines[i].StartsWith("@@ ", StringComparison.Ordinal))
            {
                var (oldStart, oldCount, newStart, newCount) = HunkHeader(lines[i], i + 1);
                i++;
                var body = new List<HunkLine>();
                int seenOld = 0, seenNew = 0;
                while (i < lines.Count && (seenOld < oldCount || seenNew < newCount))
                {
                    var line = lines[i];
                    var kind = line.Length == 0 ? ' ' : line[0]; // some tools drop the space of an empty context line
                    if (kind is not (' ' or '-' or '+'))
                    {
                        if (line.StartsWith('\\')) { MarkNoNewline(body); i++; continue; }
                        throw new PatchException($"line {i + 1}: unexpected '{Cut(line)}' inside a hunk of {oldPath ?? newPath}");
                    }
                    body.Add(new HunkLine(kind, line.Length == 0 ? "" : line[1..]));
                    if (kind != '+') seenOld++;
                    if (kind != '-') seenNew++;
                    i++;
                }
                if (seenOld != oldCount || seenNew != newCount)
                    throw new PatchException($"a hunk of {oldPath ?? newPath} ends early: expected {oldCount} old and {newCount} new lines");
                if (i < lines.Count && lines[i].StartsWith('\\')) { MarkNoNewline(body); i++; }
                hunks.Add(new Hunk(oldStart, oldCount, newStart, newCount, body));
            }
            if (hunks.Count == 0) throw new PatchException($"{oldPath ?? newPath}: a file header with no hunks");
            // `diff -N` writes an absent side as the real path stamped with the epoch and an empty range: like /dev/null.
            if (oldEpoch && hunks is [{ OldCount: 0, OldStart: 0 }] && newPath is not null) oldPath = null;
            else if (newEpoch && hunks is [{ NewCount: 0, NewStart: 0 }] && oldPath is not null) newPath = null;
            patches.Add(new FilePatch(oldPath, newPath, hunks));
        }
        if (patches.Count == 0) throw new PatchException("no file changes found (expected '--- ' and '+++ ' headers)");
        return patches;
    }

    /// <summary>
    /// The files after the diff is applied. A hunk must match exactly (no fuzz); like patch it may sit at another
    /// line than its header says, the nearest match wins. Throws <see cref="PatchException"/> naming the file and hunk.
    /// </summary>
    public static SortedDictionary<string, string> Apply(IReadOnlyDictionary<string, string> files, string diff)
    {
        var result = new SortedDictionary<string, string>(files.ToDictionary(), StringComparer.Ordinal);
        foreach (var patch in Parse(diff))
        {
            if (patch.Creates)
            {
                if (result.ContainsKey(patch.Path)) throw new PatchException($"{patch.Path}: the diff creates it, but it exists");
                result[patch.Path] = ApplyHunks("", patch);
                continue;
            }
            if (!result.TryGetValue(patch.OldPath!, out var text)) throw new PatchException($"{patch.OldPath}: the diff changes it, but it does not exist");
            var updated = ApplyHunks(text, patch);
            if (patch.Deletes)
            {
                if (updated.Length > 0) throw new PatchException($"{patch.OldPath}: the diff deletes it, but text would remain");
                result.Remove(patch.OldPath!);
            }
            else
            {
                result.Remove(patch.OldPath!);
                result[patch.NewPath!] = updated;
            }
        }
        return result;
    }

    private static string ApplyHunks(string text, FilePatch patch)
    {
        var lines = ToLines(text);
        var offset = 0; // how far earlier hunks moved the lines below them
        var floor = 0;  // hunks apply in order and never overlap
        for (var h = 0; h < patch.Hunks.Count; h++)
        {
            var hunk = patch.Hunks[h];
            var old = hunk.Lines.Where(l => l.Kind != '+').Select(l => (l.Text, l.NoNewline)).ToList();
            var fresh = hunk.Lines.Where(l => l.Kind != '-').Select(l => (l.Text, l.NoNewline)).ToList();
            var expected = Math.Max(0, (hunk.OldCount == 0 ? hunk.OldStart : hunk.OldStart - 1) + offset);
            var at = FindNearest(lines, old, expected, floor)
                ?? throw new PatchException($"{patch.Path}: hunk {h + 1} (@@ -{hunk.OldStart},{hunk.OldCount}) does not match the file");
            lines.RemoveRange(at, old.Count);
            lines.InsertRange(at, fresh);
            offset += fresh.Count - old.Count;
            floor = at + fresh.Count;
        }
        var sb = new StringBuilder();
        foreach (var (t, noNewline) in lines) sb.Append(t).Append(noNewline ? "" : "\n");
        return sb.ToString();
    }

    private static int? FindNearest(List<(string Text, bool NoNewline)> lines, List<(string Text, bool NoNewline)> old, int expected, int floor)
    {
        var max = lines.Count - old.Count;
        for (var distance = 0; expected - distance >= floor || expected + distance <= max; distance++)
        {
            var below = expected + distance;
            if (below >= floor && below <= max && Matches(lines, old, below)) return below;
            var above = expected - distance;
            if (distance > 0 && above >= floor && above <= max && Matches(lines, old, above)) return above;
        }
        return null;
    }

    private static bool Matches(List<(string Text, bool NoNewline)> lines, List<(string Text, bool NoNewline)> old, int at)
    {
        for (var k = 0; k < old.Count; k++)
            if (lines[at + k] != old[k]) return false;
        return true;
    }

    /// <summary>Lines of a text with whether each lacks a line end (only the last can).</summary>
    private static List<(string Text, bool NoNewline)> ToLines(string text)
    {
        var list = new List<(string, bool)>();
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            if (nl < 0)
            {
                list.Add((text[start..], true));
                break;
            }
            list.Add((text[start..nl], false));
            start = nl + 1;
        }
        return list;
    }

    /// <summary>
    /// The diff from <paramref name="before"/> to <paramref name="after"/> (files by relative path), in `diff -ruN`'s
    /// form with a/ and b/ prefixes and 3 lines of context; empty when nothing changed.
    /// </summary>
    public static string Write(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, int context = 3)
    {
        var sb = new StringBuilder();
        foreach (var path in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            before.TryGetValue(path, out var a);
            after.TryGetValue(path, out var b);
            if (a == b) continue;
            var hunks = LineDiff.Hunks(ToLines(a ?? ""), ToLines(b ?? ""), context);
            if (hunks.Count == 0) continue;
            sb.Append("--- ").Append(a is null ? DevNull : "a/" + path).Append('\n');
            sb.Append("+++ ").Append(b is null ? DevNull : "b/" + path).Append('\n');
            foreach (var hunk in hunks)
            {
                sb.Append("@@ -").Append(Range(hunk.OldStart, hunk.OldCount)).Append(" +").Append(Range(hunk.NewStart, hunk.NewCount)).Append(" @@\n");
                foreach (var line in hunk.Lines)
                {
                    sb.Append(line.Kind).Append(line.Text).Append('\n');
                    if (line.NoNewline) sb.Append("\\ No newline at end of file\n");
                }
            }
        }
        return sb.ToString();
    }

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{start},{count}";

    /// <summary>The path with its first component stripped (null for /dev/null), and whether its timestamp is the epoch (an absent file).</summary>
    private static (string? Path, bool Epoch) HeaderPath(string line)
    {
        var rest = line[4..];
        var tab = rest.IndexOf('\t');
        var epoch = tab >= 0 && rest[(tab + 1)..].StartsWith("1970-01-01 00:00:00", StringComparison.Ordinal);
        if (tab >= 0) rest = rest[..tab];
        rest = rest.TrimEnd();
        if (rest == DevNull) return (null, false);
        var slash = rest.IndexOf('/');
        if (slash < 0) throw new PatchException($"'{Cut(line)}': the path has no leading folder to strip (diffs are applied like patch -p1)");
        return (rest[(slash + 1)..], epoch);
    }

    private static (int, int, int, int) HunkHeader(string line, int number)
    {
        var m = System.Text.RegularExpressions.Regex.Match(line, @"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@");
        if (!m.Success) throw new PatchException($"line {number}: '{Cut(line)}' is not a hunk header");
        int N(int g, int fallback) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        return (N(1, 0), N(2, 1), N(3, 0), N(4, 1));
    }

    private static void MarkNoNewline(List<HunkLine> body)
    {
        if (body.Count > 0) body[^1] = body[^1] with { NoNewline = true };
    }

    private static List<string> SplitLines(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static string Cut(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
