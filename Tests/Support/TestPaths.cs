using NUnit.Framework;

namespace QwenEval.Tests.Support;

/// <summary>Where the checkout and the shared fixtures are, seen from the test assembly.</summary>
public static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Suite => Path.Combine(Root, "Tasks", "suites", "qwen-coding-v1");

    public static string AgenticSuite => Path.Combine(Root, "Tasks", "suites", "qwen-agentic-v1");

    /// <summary>../shared beside the checkout: present in CI and on developer machines, not on a user's.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path under ../shared, or an ignored test naming what is missing.</summary>
    public static string RequireShared(string relative)
    {
        var path = Path.Combine(Shared, relative);
        if (!Path.Exists(path))
            Assert.Ignore($"needs ../shared/{relative} (the shared fixtures beside the checkout), which is absent here");
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QwenEval.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("QwenEval.sln not found above the test assembly");
    }
}
