using System.CommandLine;
using System.CommandLine.Parsing;

namespace QwenEval.Harness.Cli;

/// <summary>
/// Checks on the paths and counts verbs take, as parse errors (exit 2) that say what the path is: a file where a
/// folder is needed (not "does not exist"), a folder where a file is needed, bytes that were not valid UTF-8 (the
/// runtime turns them into U+FFFD, which would silently name another file), a count below 1.
/// </summary>
public static class CliPaths
{
    public enum Kind { ExistingFolder, ExistingFile, OutputFolder }

    public static Option<T> Path<T>(this Option<T> option, Kind kind)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<T>() is string value && Problem(value, kind) is { } p) r.AddError($"{option.Name} {value}: {p}");
        });
        return option;
    }

    public static Argument<T> Path<T>(this Argument<T> argument, Kind kind)
    {
        argument.Validators.Add(r =>
        {
            var values = r.GetValueOrDefault<T>() switch
            {
                string one => [one],
                string[] many => many,
                _ => Array.Empty<string>(),
            };
            foreach (var value in values)
                if (Problem(value, kind) is { } p) r.AddError($"{argument.Name.ToUpperInvariant()} {value}: {p}");
        });
        return argument;
    }

    /// <summary>A count of things run at once: at least 1 (a negative count is an error, never quietly 1).</summary>
    public static Option<int> AtLeastOne(this Option<int> option)
    {
        option.Validators.Add(r =>
        {
            var n = r.GetValueOrDefault<int>();
            if (n < 1) r.AddError($"{option.Name} {n}: use 1 or more.");
        });
        return option;
    }

    public static string? Problem(string value, Kind kind)
    {
        if (value.Contains('\uFFFD'))
            return "the path holds bytes that are not valid UTF-8 (shown as \uFFFD); qweneval would name another file. Rename it, or pass a path in UTF-8.";
        var full = System.IO.Path.GetFullPath(value);
        return kind switch
        {
            Kind.ExistingFolder when File.Exists(full) => "is a file, not a folder. Pass the folder.",
            Kind.ExistingFolder when !Directory.Exists(full) => "does not exist. Pass an existing folder.",
            Kind.ExistingFile when Directory.Exists(full) => "is a folder, not a file. Pass the file.",
            Kind.ExistingFile when !File.Exists(full) => "does not exist. Pass an existing file.",
            Kind.OutputFolder when File.Exists(full) => "is a file; this needs a folder to write into. Pass a folder (it is created if missing).",
            _ => null,
        };
    }
}
