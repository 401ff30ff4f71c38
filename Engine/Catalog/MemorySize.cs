using System.Globalization;
using System.Text.RegularExpressions;
using QwenEval.Core;

namespace QwenEval.Engine.Catalog;

/// <summary>
/// Memory sizes as people write them: "32GB", "64 GiB", "24576MB", "0.5TB". Machine memory is sold in binary units
/// (a "32 GB" Mac has 32 GiB), so GB and GiB both mean 2^30 bytes, MB and MiB 2^20, and so on; a bare number is GB.
/// </summary>
public static partial class MemorySize
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["B"] = 1,
        ["K"] = 1L << 10, ["KB"] = 1L << 10, ["KIB"] = 1L << 10,
        ["M"] = 1L << 20, ["MB"] = 1L << 20, ["MIB"] = 1L << 20,
        ["G"] = 1L << 30, ["GB"] = 1L << 30, ["GIB"] = 1L << 30,
        ["T"] = 1L << 40, ["TB"] = 1L << 40, ["TIB"] = 1L << 40,
    };

    /// <summary>Bytes for a size; a UserInputException naming the option and an example otherwise.</summary>
    public static long Parse(string text, string option = "--memory")
    {
        var m = SizePattern().Match(text ?? "");
        if (!m.Success)
            throw new UserInputException($"{option} \"{text}\": not a memory size. Write a number and a unit, e.g. 32GB, 64 GiB or 24576MB.");
        var number = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var unit = m.Groups["u"].Value;
        var scale = unit.Length == 0 ? 1L << 30 : Units.GetValueOrDefault(unit);
        if (scale == 0)
            throw new UserInputException($"{option} \"{text}\": unknown unit \"{unit}\". Use B, KB, MB, GB or TB (or KiB, MiB, GiB, TiB), e.g. 32GB.");
        var bytes = number * scale;
        if (bytes < 1L << 20)
            throw new UserInputException($"{option} \"{text}\": {bytes:0} bytes is too small for a machine's memory. Did you mean {number.ToString(CultureInfo.InvariantCulture)}GB?");
        if (bytes > 1L << 50)
            throw new UserInputException($"{option} \"{text}\": larger than 1 PiB. Write the machine's memory, e.g. 64GB.");
        return (long)bytes;
    }

    /// <summary>"32 GiB", "24.5 GiB", "512 MiB".</summary>
    public static string Format(long bytes) =>
        bytes >= 1L << 30
            ? $"{(bytes / (double)(1L << 30)).ToString("0.##", CultureInfo.InvariantCulture)} GiB"
            : $"{(bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture)} MiB";

    [GeneratedRegex(@"^\s*(?<n>\d+(\.\d+)?)\s*(?<u>[A-Za-z]*)\s*$")]
    private static partial Regex SizePattern();
}
