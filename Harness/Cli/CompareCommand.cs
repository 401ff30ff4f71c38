using System.CommandLine;
using QwenEval.Runs;
using QwenEval.Reports.Compare;
using QwenEval.Core;

namespace QwenEval.Harness.Cli;

/// <summary>`qweneval compare BASE NEW`: the CI regression gate. Exit 1 only for a drop that is both significant and above the threshold.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var baseRun = new Argument<string>("base") { Description = "Run folder of the baseline." };
        var newRun = new Argument<string>("new") { Description = "Run folder to check." };
        var maxDrop = new Option<double>("--max-drop") { Description = "Largest tolerated drop in pass rate (fraction).", DefaultValueFactory = _ => 0.02 };
        var alpha = new Option<double>("--alpha") { Description = "Significance level of the exact McNemar test.", DefaultValueFactory = _ => 0.05 };
        var output = new Option<string?>("--out") { Description = "Folder for compare.md and junit.xml (default: the new run folder)." }.Path(CliPaths.Kind.OutputFolder);
        var command = new Command("compare", "Compare two runs task by task; exit 1 on a significant regression.") { baseRun, newRun, maxDrop, alpha, output };
        command.SetAction(parse =>
        {
            var policy = new GatePolicy(parse.GetValue(maxDrop), parse.GetValue(alpha));
            if (policy.MaxDrop is < 0 or > 1) throw new UserInputException($"--max-drop {policy.MaxDrop}: use a fraction between 0 and 1, e.g. 0.02.");
            if (policy.Alpha is <= 0 or >= 1) throw new UserInputException($"--alpha {policy.Alpha}: use a probability between 0 and 1, e.g. 0.05.");
            var b = RunContents.Load(Path.GetFullPath(parse.GetValue(baseRun)!));
            var n = RunContents.Load(Path.GetFullPath(parse.GetValue(newRun)!));
            var outDir = Path.GetFullPath(parse.GetValue(output) ?? n.Path);
            Directory.CreateDirectory(outDir);
            if (b.Manifest.Suite.Hash != n.Manifest.Suite.Hash)
                Console.Error.WriteLine($"warning: the runs used different suites ({b.Manifest.Suite.Hash[..12]} vs {n.Manifest.Suite.Hash[..12]}); only tasks in both are paired.");

            var baseDetails = b.Details().ToList();
            var newDetails = n.Details().ToList();
            var models = RunComparison.Compare(baseDetails, newDetails, policy);
            var baseModels = b.Manifest.Models.Select(m => m.Name).ToHashSet();
            var newModels = n.Manifest.Models.Select(m => m.Name).ToHashSet();
            var notCompared = baseModels.Union(newModels).Where(m => !(baseModels.Contains(m) && newModels.Contains(m))).Order(StringComparer.Ordinal).ToList();
            if (baseDetails.Count == 0)
                throw new UserInputException($"{b.Path}: BASE has no verdicts ({RunFolder.ResultsFile} is empty): there is nothing to compare against. Finish that run first.");
            var missing = CompareCoverage.MissingFromNew(baseDetails, newDetails);
            AtomicFile.WriteAllText(Path.Combine(outDir, CompareMarkdown.FileName),
                CompareMarkdown.Render(b.Manifest.RunId, n.Manifest.RunId, policy, models, notCompared, missing));
            // The new run's start time, not the clock: the same two runs always give the same file.
            var timestamp = DateTime.Parse(n.Manifest.CreatedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind)
                .ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            JUnitReport.Save(JUnitReport.Build(models, newDetails, baseDetails, timestamp, "localhost"), Path.Combine(outDir, JUnitReport.FileName));

            foreach (var m in models)
                Console.WriteLine($"{m.Model,-28} {m.BasePassRate * 100,6:0.0}% -> {m.NewPassRate * 100,6:0.0}%  pass->fail {m.PassToFail,3}  fail->pass {m.FailToPass,3}  p={m.PValue:0.0000}  {(m.Regression ? "REGRESSION" : "ok")}");
            Console.WriteLine($"wrote {Path.Combine(outDir, CompareMarkdown.FileName)} and {JUnitReport.FileName}");
            foreach (var line in missing) Console.Error.WriteLine($"MISSING FROM NEW: {line}");
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"gate failed: NEW lacks {missing.Count} model(s) or task(s) that BASE judged (exit {ExitCodes.GateFailed}).");
                return ExitCodes.GateFailed;
            }
            return models.Any(m => m.Regression) ? ExitCodes.GateFailed : ExitCodes.Ok;
        });
        return command;
    }
}
