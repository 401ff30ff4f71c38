using System.Runtime.InteropServices;

namespace QwenEval.Core;

/// <summary>"Linux x64", "macOS arm64": which kind of machine a figure comes from, in two words.</summary>
public static class PlatformName
{
    public static string Current => Of(RuntimeInformation.OSDescription, RuntimeInformation.OSArchitecture.ToString());

    /// <summary>From an OS description (as RuntimeInformation.OSDescription gives it) and an architecture name.</summary>
    public static string Of(string osDescription, string architecture) => $"{Family(osDescription)} {architecture.ToLowerInvariant()}";

    public static bool IsMac(string osDescription) => Family(osDescription) == "macOS";

    private static string Family(string d) =>
        d.StartsWith("Darwin", StringComparison.OrdinalIgnoreCase) || d.Contains("macOS", StringComparison.OrdinalIgnoreCase) ? "macOS"
        : d.Contains("Windows", StringComparison.OrdinalIgnoreCase) ? "Windows"
        : d.Contains("Linux", StringComparison.OrdinalIgnoreCase) ? "Linux"
        : d.Split(' ')[0];
}
