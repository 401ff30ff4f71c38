using NUnit.Framework;

namespace QwenEval.Tests.Support;

/// <summary>Keeps images a test made (charts, browser screenshots) beside the test assembly and attaches them to the result, for people to look at.</summary>
public static class Screenshots
{
    public static string Folder => Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");

    public static string Keep(string file, string name)
    {
        Directory.CreateDirectory(Folder);
        var kept = Path.Combine(Folder, name);
        File.Copy(file, kept, overwrite: true);
        TestContext.AddTestAttachment(kept, name);
        return kept;
    }
}
