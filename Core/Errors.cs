namespace QwenEval.Core;

/// <summary>Something the user can fix in their input (config, suite, model folder). Exit 2, no stack trace.</summary>
public class UserInputException(string message) : Exception(message);

/// <summary>Something missing from the machine (a tool, a runtime). Exit 3, no stack trace.</summary>
public sealed class EnvironmentProblemException(string message) : Exception(message);

/// <summary>Another process holds the run folder's lock. Exit 5.</summary>
public sealed class RunFolderBusyException(string message) : Exception(message);
