using NUnit.Framework;
using QwenEval.Harness.Execution;

namespace QwenEval.Tests.Support;

/// <summary>The real bubblewrap sandbox; required in CI, skipped with a reason on a machine without it.</summary>
public static class Sandboxes
{
    public static ISandbox Bubblewrap()
    {
        if (SandboxFactory.FindOnPath("bwrap") is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail("bubblewrap is required in CI (.ci/run installs it)");
            Assert.Ignore("needs bubblewrap (apt-get install bubblewrap)");
        }
        return SandboxFactory.Create(unsafeNoSandbox: false);
    }
}
