namespace QwenEval.Core;

/// <summary>A suite or task folder is malformed; the message names the folder, file and fix.</summary>
public sealed class TaskFormatException(string message) : Exception(message);
