using System.IO.Compression;
using System.Text.Json;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Tasks;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Tasks;

/// <summary>Importers read files in the published formats (written here, with the projects' field names) and the result validates.</summary>
public sealed class ImporterTests
{
    private static string Jsonl(params object[] rows) => string.Join("\n", rows.Select(r => JsonSerializer.Serialize(r))) + "\n";

    // Two HumanEval-format rows: prompt ends after the docstring, canonical_solution is the body, test defines check.
    private static readonly string HumanEval = Jsonl(
        new
        {
            task_id = "HumanEval/0",
            prompt = "def clamp_sum(xs: list, lo: int, hi: int) -> int:\n    \"\"\"Sum xs, then clamp the total into [lo, hi].\"\"\"\n",
            canonical_solution = "    return max(lo, min(hi, sum(xs)))\n",
            test = "\n\nMETADATA = {}\n\n\ndef check(candidate):\n    assert candidate([1, 2], 0, 10) == 3\n    assert candidate([5, 9], 0, 10) == 10\n    assert candidate([-7], -3, 3) == -3\n",
            entry_point = "clamp_sum",
        },
        new
        {
            task_id = "HumanEval/1",
            prompt = "from typing import List\n\n\ndef evens_first(xs: List[int]) -> List[int]:\n    \"\"\"Stable: even numbers, then odd ones.\"\"\"\n",
            canonical_solution = "    return [x for x in xs if x % 2 == 0] + [x for x in xs if x % 2]\n",
            test = "def check(candidate):\n    assert candidate([1, 2, 3, 4]) == [2, 4, 1, 3]\n    assert candidate([]) == []\n",
            entry_point = "evens_first",
        });

    private static readonly string Mbpp = Jsonl(new
    {
        text = "Write a function to count the vowels in a string.",
        code = "def count_vowels(s):\r\n    return sum(1 for c in s.lower() if c in 'aeiou')",
        task_id = 901,
        test_setup_code = "",
        test_list = new[] { "assert count_vowels('Hello') == 2", "assert count_vowels('') == 0", "assert count_vowels('AEIOU') == 5" },
        challenge_test_list = Array.Empty<string>(),
    });

    private static readonly string EvalPlus = Jsonl(new
    {
        task_id = "HumanEval/2",
        prompt = "def mean_abs(xs: list) -> float:\n    \"\"\"Mean of absolute values; 0.0 for an empty list.\"\"\"\n",
        canonical_solution = "    return sum(abs(x) for x in xs) / len(xs) if xs else 0.0\n",
        entry_point = "mean_abs",
        base_input = new object[] { new object[] { new[] { 1, -2, 3 } }, new object[] { Array.Empty<int>() } },
        plus_input = new object[] { new object[] { new[] { 0.1, -0.2 } } },
        atol = 1e-6,
    });

    private static (int Exit, string Out, string Err) Import(TempDir dir, string format, string fileName, string content, bool gzip = false)
    {
        var path = Path.Combine(dir.Path, fileName);
        if (gzip)
        {
            using var gz = new GZipStream(File.Create(path), CompressionLevel.Optimal);
            gz.Write(System.Text.Encoding.UTF8.GetBytes(content));
        }
        else
        {
            File.WriteAllText(path, content);
        }
        return Cli.Run("tasks", "import", path, "--format", format, "--out", Path.Combine(dir.Path, "suite"));
    }

    [TestCase("humaneval", "HumanEval.jsonl.gz", true, 2)]
    [TestCase("mbpp", "mbpp.jsonl", false, 1)]
    [TestCase("evalplus", "HumanEvalPlus.jsonl", false, 1)]
    public void ImportedCanonicalsValidateInTheSandbox(string format, string file, bool gzip, int count)
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var content = format switch { "humaneval" => HumanEval, "mbpp" => Mbpp, _ => EvalPlus };
        var (exit, _, err) = Import(dir, format, file, content, gzip);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        var suite = SuiteLoader.Load(Path.Combine(dir.Path, "suite"));
        Assert.That(suite.Tasks, Has.Count.EqualTo(count));
        Assert.That(suite.ImportedFrom, Is.EqualTo(format));
        var (vexit, vout, verr) = Cli.Run("tasks", "validate", "--suite", suite.Folder);
        Assert.That(vexit, Is.EqualTo(ExitCodes.Ok), vout + verr);
    }

    [Test]
    public void ImportedTestsStillCatchAWrongAnswer()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        Import(dir, "evalplus", "plus.jsonl", EvalPlus);
        var suite = SuiteLoader.Load(Path.Combine(dir.Path, "suite"));
        var executor = new QwenEval.Execution.TestExecutor(Sandboxes.Bubblewrap(), Path.GetTempPath());
        var wrong = executor.Run(suite.Tasks[0], "def mean_abs(xs):\n    return sum(xs) / len(xs) if xs else 0.0\n", TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.That(wrong.Status, Is.EqualTo(QwenEval.Core.SampleStatus.Fail));
    }

    [Test]
    public void WrongFormatNamesTheFileLineAndField()
    {
        using var dir = new TempDir();
        var (exit, _, err) = Import(dir, "humaneval", "mbpp.jsonl", Mbpp);
        Assert.That(exit, Is.EqualTo(ExitCodes.UsageOrInput));
        Assert.That(err, Does.Contain("mbpp.jsonl: line 1: field 'task_id' is missing or not a string"));
    }
}
