using System.Text.Json.Nodes;
using NUnit.Framework;
using QwenEval.Tasks;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Tasks;

/// <summary>
/// A released suite version never changes: Tasks/suites/versions.json records the content hash of every version,
/// and a suite whose files differ from the hash of the version its suite.json names fails here, so an edited task
/// cannot go out under an old version number (results of one version must always be comparable).
/// </summary>
public sealed class SuiteVersionTests
{
    private static string Registry => Path.Combine(TestPaths.Root, "Tasks", "suites", "versions.json");

    private static IEnumerable<string> RecordedSuites() =>
        JsonNode.Parse(File.ReadAllText(Registry))!.AsObject().Select(p => p.Key);

    [TestCaseSource(nameof(RecordedSuites))]
    public void SuiteContentMatchesTheHashRecordedForItsVersion(string name)
    {
        var folder = Path.Combine(TestPaths.Root, "Tasks", "suites", name);
        var suite = SuiteLoader.Load(folder);
        var versions = JsonNode.Parse(File.ReadAllText(Registry))![name]!.AsObject();
        Assert.That(versions.ContainsKey(suite.Version), Is.True,
            $"{folder}/suite.json: version {suite.Version} has no hash in {Registry}. Add \"{suite.Version}\": \"{suite.Hash}\" there.");
        Assert.That(suite.Hash, Is.EqualTo((string?)versions[suite.Version]),
            $"{folder}: its files changed after version {suite.Version} was recorded in {Registry}. Released versions never change: " +
            $"bump \"version\" in suite.json and record the new version's hash ({suite.Hash}).");
    }

    [Test]
    public void TheDefaultSuiteIsRecordedWithItsFirstRelease()
    {
        var versions = JsonNode.Parse(File.ReadAllText(Registry))!["qwen-coding-v1"]!.AsObject();
        // The hash the README chart of 1.0.0 shows (37ff432cde29): tasks edited after it needed a new version.
        Assert.That((string?)versions["1.0.0"], Does.StartWith("37ff432cde29"));
        Assert.That(versions.Select(v => (string?)v.Value).Distinct().Count(), Is.EqualTo(versions.Count), "two versions with one content");
    }
}
