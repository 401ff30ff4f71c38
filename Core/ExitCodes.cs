namespace QwenEval.Core;

/// <summary>The process exit codes every verb uses; README "Exit codes" lists them with their meaning.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A gate failed: `compare` found a regression or a model or task of the base run missing from the new one; `tasks validate` found a violation.</summary>
    public const int GateFailed = 1;

    public const int UsageOrInput = 2;

    /// <summary>The machine: a missing tool, a full disk, a file that cannot be written.</summary>
    public const int Environment = 3;

    /// <summary>The run finished what it could but is incomplete: a model did not load, or generations remain; a rerun resumes.</summary>
    public const int Incomplete = 4;

    /// <summary>Another qweneval process holds the run folder's lock.</summary>
    public const int RunFolderBusy = 5;

    /// <summary>An exception no one anticipated: a bug in the harness, reported in one line.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by SIGINT (Ctrl-C): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;
}
