namespace QwenEval.Core;

/// <summary>The process exit codes every verb uses (the design's convention).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int GateFailed = 1;
    public const int UsageOrInput = 2;
    public const int Environment = 3;

    /// <summary>The run finished what it could but is incomplete: a model did not load, or generations remain; a rerun resumes.</summary>
    public const int Incomplete = 4;
}
