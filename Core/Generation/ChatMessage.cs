namespace QwenEval.Core.Generation;

/// <summary>One chat turn: role is system, user or assistant.</summary>
public sealed record ChatMessage(string Role, string Content);
