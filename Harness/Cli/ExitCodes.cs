namespace QwenEval.Harness.Cli;

/// <summary>The process exit codes every verb uses (the design's convention).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int GateFailed = 1;
    public const int UsageOrInput = 2;
    public const int Environment = 3;
}

/// <summary>Something the user can fix in their input (config, suite, model folder). Exit 2, no stack trace.</summary>
public class UserInputException(string message) : Exception(message);

/// <summary>Something missing from the machine (a tool, a runtime). Exit 3, no stack trace.</summary>
public sealed class EnvironmentProblemException(string message) : Exception(message);
