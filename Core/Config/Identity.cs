namespace QwenEval.Core.Config;

/// <summary>Which identity a config field belongs to: what must match for stored answers and verdicts to be reused.</summary>
public enum IdentityScope
{
    /// <summary>Changes verdicts of every model (suite, timeouts): part of the run folder's identity.</summary>
    Run,

    /// <summary>Changes a model's answers: part of that model's identity, compared per model on resume.</summary>
    Model,

    /// <summary>Changes neither (where output goes, how many draws, chart lines); the attribute says why.</summary>
    None,
}

/// <summary>
/// Marks a config field with its identity. Every property of a config record carries one (a test enforces it), so a
/// new field cannot silently stay out of the identity the way a hand-kept list drifts.
/// A property whose type is itself a config record may omit it: its own properties are then marked one by one.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IdentityAttribute(IdentityScope scope, string? why = null) : Attribute
{
    public IdentityScope Scope { get; } = scope;

    /// <summary>Required for <see cref="IdentityScope.None"/>: why the field cannot change an answer or a verdict.</summary>
    public string? Why { get; } = why;
}

/// <summary>Marks a record whose properties are config fields (walked by <see cref="ConfigIdentity"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ConfigRecordAttribute : Attribute;

/// <summary>A field holding a resolved path: its identity is the path relative to the config file's folder.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ConfigPathAttribute : Attribute;
