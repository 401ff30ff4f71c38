namespace QwenEval.Execution;

/// <summary>A sample's sandbox was stopped from outside before a verdict: the sample is judged again later, never recorded as judged.</summary>
public sealed class SandboxInterruptedException(string message) : OperationCanceledException(message);
