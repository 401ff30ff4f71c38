using System.Text.Json;
using System.Text.Json.Nodes;
using QwenEval.Core;

namespace QwenEval.Harness.Scheduling;

/// <summary>Where the jobs' pods find things: the image's checkout, the shared volume for run folders, their size.</summary>
public sealed record KubernetesOptions(string Image, int Parallelism, string Claim, string Workdir, string? Cpus, string? Memory);

/// <summary>
/// The Kubernetes Jobs of a sharded run, as JSON manifests: a calibration Job, an Indexed Job with one completion per
/// shard (each pod takes its shard from JOB_COMPLETION_INDEX; a retried index resumes its folder on the shared volume)
/// and a merge Job; apply.sh applies them in order, each after the one before completed.
/// </summary>
public static class KubernetesJobs
{
    public const string CalibrateFile = "calibrate-job.json";
    public const string ShardsFile = "shards-job.json";
    public const string MergeFile = "merge-job.json";
    public const string ApplyFile = "apply.sh";

    /// <summary>Where the claim is mounted in every pod: the run folders and the timeout table live there.</summary>
    public const string RunsMount = "/runs";

    public const string IndexAnnotation = "batch.kubernetes.io/job-completion-index";

    public static IReadOnlyList<string> Write(ShardedRunSteps steps, KubernetesOptions options, string folder)
    {
        Directory.CreateDirectory(folder);
        List<(string File, JsonObject Job)> jobs = [];
        if (steps.Calibrate) jobs.Add((CalibrateFile, Job(steps, "calibrate", steps.CalibrateArgs, options, completions: null)));
        jobs.Add((ShardsFile, Job(steps, "shards", steps.ShardArgs, options, steps.Shards)));
        jobs.Add((MergeFile, Job(steps, "merge", steps.MergeArgs, options, completions: null)));
        List<string> written = [];
        var apply = new System.Text.StringBuilder();
        apply.Append($"#!/bin/sh\n# Written by 'qweneval k8s' for run {steps.RunId}: applies the Jobs in order, each after the one before completed.\n");
        apply.Append("set -eu\ncd \"$(dirname \"$0\")\"\n");
        foreach (var (file, job) in jobs)
        {
            var path = Path.Combine(folder, file);
            AtomicFile.WriteAllText(path, job.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            written.Add(path);
            apply.Append($"kubectl apply -f {file}\nkubectl wait --for=condition=complete --timeout=168h job/{(string)job["metadata"]!["name"]!}\n");
        }
        var script = Path.Combine(folder, ApplyFile);
        ScriptFile.Write(script, apply.ToString());
        written.Add(script);
        return written;
    }

    /// <param name="completions">the shard count for the Indexed Job; null for a one-pod Job</param>
    public static JsonObject Job(ShardedRunSteps steps, string step, IReadOnlyList<string> args, KubernetesOptions options, int? completions)
    {
        var hash = steps.RunId[(steps.RunId.LastIndexOf('-') + 1)..].ToLowerInvariant();
        var labels = new JsonObject { ["app.kubernetes.io/name"] = "qweneval", ["app.kubernetes.io/component"] = step, ["qweneval/run-hash"] = hash };
        var container = new JsonObject
        {
            ["name"] = "qweneval",
            ["image"] = options.Image,
            ["workingDir"] = options.Workdir,
            ["command"] = new JsonArray(["qweneval", .. args.Select(a => (JsonNode?)a)]),
            ["volumeMounts"] = new JsonArray(new JsonObject { ["name"] = "runs", ["mountPath"] = RunsMount }),
            // bubblewrap makes user namespaces for every sample: the default seccomp and AppArmor profiles forbid that.
            ["securityContext"] = new JsonObject
            {
                ["seccompProfile"] = new JsonObject { ["type"] = "Unconfined" },
                ["appArmorProfile"] = new JsonObject { ["type"] = "Unconfined" },
            },
        };
        if (completions is not null)
        {
            // Kubernetes sets JOB_COMPLETION_INDEX in Indexed Jobs itself; naming its source keeps the manifest explicit.
            container["env"] = new JsonArray(new JsonObject
            {
                ["name"] = "JOB_COMPLETION_INDEX",
                ["valueFrom"] = new JsonObject { ["fieldRef"] = new JsonObject { ["fieldPath"] = $"metadata.annotations['{IndexAnnotation}']" } },
            });
        }
        if (options.Cpus is not null || options.Memory is not null)
        {
            var requests = new JsonObject();
            if (options.Cpus is { } c) requests["cpu"] = c;
            if (options.Memory is { } m) requests["memory"] = m;
            var resources = new JsonObject { ["requests"] = requests };
            if (options.Memory is { } limit) resources["limits"] = new JsonObject { ["memory"] = limit };
            container["resources"] = resources;
        }
        var spec = new JsonObject();
        if (completions is { } n)
        {
            spec["completionMode"] = "Indexed";
            spec["completions"] = n;
            spec["parallelism"] = Math.Min(options.Parallelism, n);
        }
        spec["backoffLimit"] = Math.Max(2, completions ?? 0);
        spec["template"] = new JsonObject
        {
            ["metadata"] = new JsonObject { ["labels"] = labels.DeepClone() },
            ["spec"] = new JsonObject
            {
                ["restartPolicy"] = "Never",
                ["containers"] = new JsonArray(container),
                ["volumes"] = new JsonArray(new JsonObject
                {
                    ["name"] = "runs",
                    ["persistentVolumeClaim"] = new JsonObject { ["claimName"] = options.Claim },
                }),
            },
        };
        return new JsonObject
        {
            ["apiVersion"] = "batch/v1",
            ["kind"] = "Job",
            ["metadata"] = new JsonObject
            {
                ["name"] = $"qweneval-{hash}-{step}",
                ["labels"] = labels,
                ["annotations"] = new JsonObject { ["qweneval/run-id"] = steps.RunId },
            },
            ["spec"] = spec,
        };
    }
}
