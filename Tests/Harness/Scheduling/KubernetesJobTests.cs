using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using NUnit.Framework;
using QwenEval.Tests.Support;

namespace QwenEval.Tests.Harness.Scheduling;

/// <summary>
/// The Jobs `qweneval k8s` writes. No Kubernetes JSON schema is obtainable from the registries here, so each manifest
/// is read strictly into the official client's typed API models (KubernetesClient, generated from Kubernetes' OpenAPI
/// spec: an unknown field or a wrong type fails) and its structure is checked field by field.
/// </summary>
public sealed class KubernetesJobTests
{
    private static (string Folder, string RunId) Write(TempDir dir, params string[] extra)
    {
        SmallRun.Suite(dir, 2);
        dir.File("configs/eval.config.json", """{ "suite": "../suite", "models": [ { "name": "reference", "kind": "reference" } ] }""");
        var folder = Path.Combine(dir.Path, "k8s");
        var (exit, _, err) = Cli.Run(["k8s", "--config", Path.Combine(dir.Path, "configs", "eval.config.json"), "--completions", "3",
            "--image", "registry.example/qweneval:1", "--checkout", dir.Path, "--out", folder, .. extra]);
        Assert.That(exit, Is.EqualTo(0), err);
        var runId = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "shards-job.json")))!["metadata"]!["annotations"]!["qweneval/run-id"]!.GetValue<string>();
        return (folder, runId);
    }

    private static V1Job Typed(string file) => KubernetesYaml.Deserialize<V1Job>(File.ReadAllText(file), strict: true);

    [Test]
    public void TheShardsAreAnIndexedJobThatTheKubernetesModelsAccept()
    {
        using var dir = new TempDir();
        var (folder, runId) = Write(dir, "--cpus", "2", "--memory", "8Gi", "--parallelism", "2");
        var job = Typed(Path.Combine(folder, "shards-job.json"));
        Assert.That((job.ApiVersion, job.Kind), Is.EqualTo(("batch/v1", "Job")));
        Assert.That(job.Metadata.Name, Does.Match("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$").And.Length.LessThanOrEqualTo(63), "a DNS-1123 label");
        Assert.That((job.Spec.CompletionMode, job.Spec.Completions, job.Spec.Parallelism), Is.EqualTo(("Indexed", 3, 2)));
        var pod = job.Spec.Template.Spec;
        Assert.That(pod.RestartPolicy, Is.EqualTo("Never"));
        var container = pod.Containers.Single();
        Assert.That(container.Image, Is.EqualTo("registry.example/qweneval:1"));
        Assert.That(container.Command, Is.EqualTo(new[]
        {
            "qweneval", "run", "--config", "/qweneval/configs/eval.config.json", "--output", "/runs", "--shard", "env/3", "--timeouts", $"/runs/{runId}.timeouts.json",
        }));
        var index = container.Env.Single();
        Assert.That((index.Name, index.ValueFrom.FieldRef.FieldPath),
            Is.EqualTo(("JOB_COMPLETION_INDEX", "metadata.annotations['batch.kubernetes.io/job-completion-index']")));
        Assert.That(container.VolumeMounts.Single().MountPath, Is.EqualTo("/runs"));
        Assert.That(pod.Volumes.Single().PersistentVolumeClaim.ClaimName, Is.EqualTo("qweneval-runs"));
        Assert.That(pod.Volumes.Single().Name, Is.EqualTo(container.VolumeMounts.Single().Name));
        Assert.That(container.Resources.Requests["cpu"].ToString(), Is.EqualTo("2"));
        Assert.That(container.Resources.Limits["memory"].ToString(), Is.EqualTo("8Gi"));
        Assert.That(container.SecurityContext.SeccompProfile.Type, Is.EqualTo("Unconfined"), "bubblewrap needs user namespaces");
    }

    [Test]
    public void CalibrationAndMergeAreJobsAppliedInOrderOnTheSameVolume()
    {
        using var dir = new TempDir();
        var (folder, runId) = Write(dir);
        var calibrate = Typed(Path.Combine(folder, "calibrate-job.json"));
        var merge = Typed(Path.Combine(folder, "merge-job.json"));
        Assert.That(calibrate.Spec.Template.Spec.Containers.Single().Command,
            Is.EqualTo(new[] { "qweneval", "calibrate", "--config", "/qweneval/configs/eval.config.json", "--out", $"/runs/{runId}.timeouts.json" }));
        Assert.That(merge.Spec.Template.Spec.Containers.Single().Command, Is.EqualTo(new[]
        {
            "qweneval", "merge", $"/runs/{runId}.shard-0-of-3", $"/runs/{runId}.shard-1-of-3", $"/runs/{runId}.shard-2-of-3", "--out", $"/runs/{runId}.merged",
        }));
        foreach (var job in new[] { calibrate, merge })
        {
            Assert.That(job.Spec.CompletionMode, Is.Null);
            Assert.That(job.Spec.Template.Spec.Volumes.Single().PersistentVolumeClaim.ClaimName, Is.EqualTo("qweneval-runs"));
        }
        var apply = File.ReadAllText(Path.Combine(folder, "apply.sh"));
        var order = Regex.Matches(apply, @"kubectl (apply -f \S+|wait --for=condition=complete --timeout=\S+ job/\S+)").Select(m => m.Value).ToList();
        Assert.That(order, Is.EqualTo(new[]
        {
            "kubectl apply -f calibrate-job.json", $"kubectl wait --for=condition=complete --timeout=168h job/{calibrate.Metadata.Name}",
            "kubectl apply -f shards-job.json", $"kubectl wait --for=condition=complete --timeout=168h job/{Typed(Path.Combine(folder, "shards-job.json")).Metadata.Name}",
            "kubectl apply -f merge-job.json", $"kubectl wait --for=condition=complete --timeout=168h job/{merge.Metadata.Name}",
        }));
        var check = Process.Start("sh", ["-n", Path.Combine(folder, "apply.sh")]);
        check.WaitForExit();
        Assert.That(check.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void TheModelCheckRejectsAMisspelledFieldOrAWrongType()
    {
        // The control for the check above: it does reject what a cluster would.
        using var dir = new TempDir();
        var (folder, _) = Write(dir);
        var text = File.ReadAllText(Path.Combine(folder, "shards-job.json"));
        Assert.Throws<YamlDotNet.Core.YamlException>(() => KubernetesYaml.Deserialize<V1Job>(text.Replace("\"completionMode\"", "\"completionModes\""), strict: true));
        Assert.Throws<YamlDotNet.Core.YamlException>(() => KubernetesYaml.Deserialize<V1Job>(text.Replace("\"completions\": 3", "\"completions\": \"three\""), strict: true));
    }

    [Test]
    public void AConfigOutsideTheCheckoutIsAnInputError()
    {
        using var dir = new TempDir();
        SmallRun.Suite(dir, 1);
        var config = dir.File("eval.config.json", """{ "suite": "suite", "models": [ { "name": "reference", "kind": "reference" } ] }""");
        var (exit, _, err) = Cli.Run("k8s", "--config", config, "--completions", "2", "--image", "i", "--checkout", Path.Combine(dir.Path, "elsewhere"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("not inside the checkout").And.Contain("--checkout"));
    }
}
