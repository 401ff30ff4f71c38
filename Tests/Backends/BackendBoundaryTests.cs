using System.Reflection;
using NUnit.Framework;
using QwenEval.Backends;
using QwenEval.Backends.Worker;
using QwenEval.Core.Generation;

namespace QwenEval.Tests.Backends;

/// <summary>A model backend sees prompts, never tasks: nothing it is handed can carry hidden tests or a canonical solution.</summary>
public sealed class BackendBoundaryTests
{
    [Test]
    public void TheBackendsAssemblyCannotSeeTasks()
    {
        var referenced = typeof(IBackendKind).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.That(referenced, Does.Not.Contain("QwenEval.Tasks").And.Not.Contain("QwenEval.Runs").And.Not.Contain("QwenEval.Execution"));
        Assert.That(typeof(IModelBackend).Assembly.GetReferencedAssemblies().Select(a => a.Name), Does.Not.Contain("QwenEval.Tasks"));
    }

    [Test]
    public void NothingABackendIsHandedHoldsATask()
    {
        var handed = new[] { typeof(GenerationRequest), typeof(ModelSpec), typeof(WorkerStart), typeof(WorkerRequest) };
        var seen = new HashSet<Type>();
        foreach (var type in handed) Walk(type, seen);
        var fromTasks = seen.Where(t => t.Assembly.GetName().Name == "QwenEval.Tasks" || t.Name.Contains("Task", StringComparison.Ordinal) && t.Namespace?.StartsWith("QwenEval") == true).ToList();
        Assert.That(fromTasks, Is.Empty, "a type reachable from what a backend is handed comes from the task model");
        var fields = seen.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name)).ToList();
        Assert.That(fields, Has.None.Matches<string>(n => n is "Tests" or "Solution" or "Decoys" or "TaskId"));
    }

    private static void Walk(Type type, HashSet<Type> seen)
    {
        if (type.IsGenericType) foreach (var a in type.GetGenericArguments()) Walk(a, seen);
        if (type.IsArray) Walk(type.GetElementType()!, seen);
        if (type.Namespace?.StartsWith("QwenEval", StringComparison.Ordinal) != true || !seen.Add(type)) return;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) Walk(p.PropertyType, seen);
    }
}
