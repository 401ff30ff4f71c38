using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using QwenEval.Core;

namespace QwenEval.Reports.Compare;

/// <summary>
/// junit.xml in the Ant JUnit format that CI systems read: one test suite per model, one test case per task
/// sample, plus a gate case per model. A case fails when the sample passed in the base run and not in the new
/// one (its test output is the failure text); a sample failing in both runs is reported as skipped, since it is
/// not a regression.
/// </summary>
public static class JUnitReport
{
    public const string FileName = "junit.xml";

    public static XDocument Build(IReadOnlyList<ModelComparison> models, IReadOnlyList<SampleDetail> newRun, IReadOnlyList<SampleDetail> baseRun,
        string timestamp, string host)
    {
        var baseByKey = baseRun.ToDictionary(d => (d.Model, d.TaskId, d.SampleIndex));
        var suites = new XElement("testsuites");
        var id = 0;
        foreach (var m in models)
        {
            var cases = new List<XElement>
            {
                Case(m.Model, "pass-rate gate", m.Regression
                    ? new XElement("failure", new XAttribute("message", string.Create(CultureInfo.InvariantCulture,
                        $"pass rate fell from {m.BasePassRate * 100:0.0}% to {m.NewPassRate * 100:0.0}% (McNemar p = {m.PValue:0.0000})")),
                        new XAttribute("type", "regression"), string.Join("\n", m.Flips.Select(f => $"{f.TaskId}#{f.SampleIndex}: {f.BaseStatus} -> {f.NewStatus}"))) : null),
            };
            foreach (var d in newRun.Where(d => d.Model == m.Model).OrderBy(d => d.TaskId, StringComparer.Ordinal).ThenBy(d => d.SampleIndex))
            {
                if (!baseByKey.TryGetValue((d.Model, d.TaskId, d.SampleIndex), out var b)) continue;
                XElement? outcome = (b.Status == "pass", d.Status == "pass") switch
                {
                    (true, false) => new XElement("failure", new XAttribute("message", Clean($"regressed: pass -> {d.Status}: {d.Detail}")),
                        new XAttribute("type", d.Status), Clean($"{d.Detail}\n{d.Output}".Trim())),
                    (false, false) => new XElement("skipped", new XAttribute("message", $"fails in base ({b.Status}) and new ({d.Status}): not a regression")),
                    _ => null,
                };
                cases.Add(Case(m.Model, $"{d.TaskId}#{d.SampleIndex}", outcome));
            }
            suites.Add(new XElement("testsuite",
                new XAttribute("name", $"qweneval.{m.Model}"),
                new XAttribute("package", "qweneval"),
                new XAttribute("id", id++),
                new XAttribute("timestamp", timestamp),
                new XAttribute("hostname", host),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
                new XAttribute("errors", 0),
                new XAttribute("skipped", cases.Count(c => c.Element("skipped") is not null)),
                new XAttribute("time", "0"),
                new XElement("properties",
                    new XElement("property", new XAttribute("name", "base_pass_rate"), new XAttribute("value", m.BasePassRate.ToString("0.0000", CultureInfo.InvariantCulture))),
                    new XElement("property", new XAttribute("name", "new_pass_rate"), new XAttribute("value", m.NewPassRate.ToString("0.0000", CultureInfo.InvariantCulture))),
                    new XElement("property", new XAttribute("name", "mcnemar_p"), new XAttribute("value", m.PValue.ToString("0.000000", CultureInfo.InvariantCulture)))),
                cases,
                new XElement("system-out", ""),
                new XElement("system-err", "")));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites);
    }

    /// <summary>Writes the file as UTF-8 without a byte-order mark (some CI parsers reject one), atomically.</summary>
    public static void Save(XDocument doc, string path) => AtomicFile.Write(path, stream =>
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        doc.Save(writer);
    });

    private static XElement Case(string model, string name, XElement? outcome) =>
        new("testcase", new XAttribute("classname", $"qweneval.{model}"), new XAttribute("name", name), new XAttribute("time", "0"), outcome);

    /// <summary>XML 1.0 cannot carry most control characters, which hostile output may contain.</summary>
    private static string Clean(string s) =>
        new(s.Where(ch => ch is '\t' or '\n' or '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF)).ToArray());
}
