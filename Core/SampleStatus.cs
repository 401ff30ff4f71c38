namespace QwenEval.Core;

/// <summary>The verdict on one sample. Every report counts these separately; only Pass is a pass.</summary>
public enum SampleStatus
{
    Pass,
    Fail,
    Error,
    Timeout,
    Oom,
    NoCode,
    Truncated,
    SandboxError,
}

public static class SampleStatusNames
{
    /// <summary>snake_case names as they appear in results.jsonl and every report.</summary>
    public static string ToWire(this SampleStatus s) => s switch
    {
        SampleStatus.Pass => "pass",
        SampleStatus.Fail => "fail",
        SampleStatus.Error => "error",
        SampleStatus.Timeout => "timeout",
        SampleStatus.Oom => "oom",
        SampleStatus.NoCode => "no_code",
        SampleStatus.Truncated => "truncated",
        SampleStatus.SandboxError => "sandbox_error",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static SampleStatus FromWire(string s) =>
        Enum.GetValues<SampleStatus>().FirstOrDefault(v => v.ToWire() == s, (SampleStatus)(-1)) is var v && (int)v >= 0
            ? v
            : throw new FormatException($"unknown sample status '{s}'");
}
