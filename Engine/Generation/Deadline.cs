using System.Diagnostics;

namespace QwenEval.Engine.Generation;

/// <summary>
/// timeouts.generation_seconds for one answer: checked once per generated token, so a slow model stops with what it
/// has (finish reason time_limit) instead of running on or being killed mid-sample.
/// </summary>
public sealed class Deadline(double seconds)
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public bool Passed { get; private set; }

    /// <summary>False once the time is up (and from then on).</summary>
    public bool Observe()
    {
        if (!Passed && Stopwatch.GetElapsedTime(_start).TotalSeconds >= seconds) Passed = true;
        return !Passed;
    }
}
