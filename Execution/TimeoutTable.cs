using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core;
using QwenEval.Tasks;

namespace QwenEval.Execution;

/// <summary>
/// Each task's canonical solution time, measured once on one machine: the calibration cache's content, and the file
/// `qweneval calibrate` writes so every shard of a run judges with the same limits, however fast its node
/// (`qweneval run --timeouts FILE`).
/// </summary>
public sealed record TimeoutTable(string Suite, string SuiteHash, string MachineKey, JsonObject Machine, string MeasuredUtc,
    IReadOnlyDictionary<string, double> MeasuredSeconds)
{
    /// <summary>What the table decides: the suite and every measured time (not where or when it was measured).</summary>
    public string Sha256
    {
        get
        {
            var canonical = new JsonObject
            {
                ["suite_hash"] = SuiteHash,
                ["measured_seconds"] = Ordered(MeasuredSeconds),
            };
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToJsonString())));
        }
    }

    public static TimeoutTable Measured(Suite suite, (string Key, JsonObject Description) machine, IReadOnlyDictionary<string, double> measured) =>
        new(suite.Name, suite.Hash, machine.Key, machine.Description, DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture), measured);

    public void Write(string file)
    {
        var root = new JsonObject
        {
            ["suite"] = Suite,
            ["suite_hash"] = SuiteHash,
            ["machine_key"] = MachineKey,
            ["machine"] = Machine.DeepClone(),
            ["measured_utc"] = MeasuredUtc,
            ["measured_seconds"] = Ordered(MeasuredSeconds),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        AtomicFile.WriteAllText(file, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>The table in a file, or null when it is absent or unreadable (a cache is allowed to be).</summary>
    public static TimeoutTable? TryRead(string file)
    {
        try
        {
            return File.Exists(file) ? Parse(File.ReadAllText(file)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException
                                      or NullReferenceException or FormatException)
        {
            return null;
        }
    }

    /// <summary>A table given on the command line: it must exist, parse and have been measured for this suite.</summary>
    public static TimeoutTable Load(string file, Suite suite)
    {
        if (!File.Exists(file))
            throw new UserInputException($"--timeouts {file}: no such file. Write one with 'qweneval calibrate --config C --out {file}'.");
        var table = TryRead(file)
            ?? throw new UserInputException($"--timeouts {file}: not a timeout table (expected the JSON 'qweneval calibrate' writes). Write it again with 'qweneval calibrate'.");
        if (table.SuiteHash != suite.Hash)
            throw new UserInputException(
                $"--timeouts {file}: $.suite_hash is {table.SuiteHash[..12]}, measured for another version of suite '{table.Suite}' than this run's ({suite.Hash[..12]}). Calibrate again with 'qweneval calibrate'.");
        return table;
    }

    private static TimeoutTable Parse(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        return new TimeoutTable((string)root["suite"]!, (string)root["suite_hash"]!, (string)root["machine_key"]!,
            root["machine"]!.AsObject().DeepClone().AsObject(), (string)root["measured_utc"]!,
            root["measured_seconds"]!.AsObject().ToDictionary(p => p.Key, p => (double)p.Value!));
    }

    private static JsonObject Ordered(IReadOnlyDictionary<string, double> measured) =>
        new(measured.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
}
