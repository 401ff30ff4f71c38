using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Execution;

namespace QwenEval.Tests.Support;

/// <summary>
/// The real bubblewrap sandbox; required in CI (missing or unusable there is a failure), skipped with the reason on
/// a machine without it, or where it cannot start a sandbox (no user namespaces for unprivileged users).
/// </summary>
public static class Sandboxes
{
    public static ISandbox Bubblewrap()
    {
        var ci = Environment.GetEnvironmentVariable("CI") == "true";
        if (SandboxFactory.FindOnPath("bwrap") is null)
        {
            if (ci) Assert.Fail("bubblewrap is required in CI (.ci/run installs it)");
            Assert.Ignore("needs bubblewrap (apt-get install bubblewrap)");
        }
        try
        {
            return SandboxFactory.Create(unsafeNoSandbox: false);
        }
        catch (EnvironmentProblemException e)
        {
            if (ci) Assert.Fail(e.Message);
            Assert.Ignore(e.Message);
            throw;
        }
    }
}
