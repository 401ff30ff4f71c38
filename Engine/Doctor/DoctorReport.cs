using QwenEval.Engine.Footprint;

namespace QwenEval.Engine.Doctor;

public enum DoctorSeverity
{
    Ok,
    Warning,
    Error,
}

/// <summary>One result of a check: what was checked and, for a problem, the file, the field and what to do.</summary>
public sealed record DoctorFinding(DoctorSeverity Severity, string Check, string Message);

/// <summary>Everything doctor found in a folder; healthy when nothing is an error (warnings allowed).</summary>
public sealed record DoctorReport(string Folder, IReadOnlyList<DoctorFinding> Findings, FootprintEstimate? Footprint)
{
    public bool Healthy => Findings.All(f => f.Severity != DoctorSeverity.Error);

    public IEnumerable<DoctorFinding> Errors => Findings.Where(f => f.Severity == DoctorSeverity.Error);

    public IEnumerable<DoctorFinding> Warnings => Findings.Where(f => f.Severity == DoctorSeverity.Warning);
}
