namespace QwenEval.Engine.Templates;

/// <summary>Jinja2's built-in tests (`x is defined`, `x is string`, ...), jinja2/tests.py 3.1.</summary>
internal static class JinjaTests
{
    private delegate bool Test(Interpreter it, object? value, Arguments args);

    private static readonly Dictionary<string, Test> All = new(StringComparer.Ordinal)
    {
        ["boolean"] = (_, v, a) => None(a, "boolean") && v is bool,
        // Undefined defines __call__ (to raise), so Python's callable() says yes.
        ["callable"] = (_, v, a) => None(a, "callable") && v is JinjaCallable or LoopContext { Recurse: not null } or Undefined,
        ["defined"] = (_, v, a) => None(a, "defined") && v is not Undefined,
        ["divisibleby"] = (_, v, a) =>
        {
            var n = a.Bind("divisibleby", ("num", Arguments.Required))[0];
            return PyOps.Eq(PyOps.Mod(v, n), 0L);
        },
        ["eq"] = Compare("eq"),
        ["equalto"] = Compare("eq"),
        ["=="] = Compare("eq"),
        ["escaped"] = (_, v, a) => None(a, "escaped") && v is Markup,
        ["even"] = (_, v, a) => None(a, "even") && PyOps.Eq(PyOps.Mod(v, 2L), 0L),
        ["odd"] = (_, v, a) => None(a, "odd") && PyOps.Eq(PyOps.Mod(v, 2L), 1L),
        ["false"] = (_, v, a) => None(a, "false") && v is false,
        ["true"] = (_, v, a) => None(a, "true") && v is true,
        ["filter"] = (_, v, a) => None(a, "filter") && v is string name && Filters.Exists(name),
        ["test"] = (_, v, a) => None(a, "test") && v is string name && All!.ContainsKey(name),
        ["float"] = (_, v, a) => None(a, "float") && v is double,
        ["integer"] = (_, v, a) => None(a, "integer") && v is long,
        ["number"] = (_, v, a) => None(a, "number") && PyOps.IsNumber(v),
        ["ge"] = Compare("gteq"),
        [">="] = Compare("gteq"),
        ["gt"] = Compare("gt"),
        [">"] = Compare("gt"),
        ["greaterthan"] = Compare("gt"),
        ["le"] = Compare("lteq"),
        ["<="] = Compare("lteq"),
        ["lt"] = Compare("lt"),
        ["<"] = Compare("lt"),
        ["lessthan"] = Compare("lt"),
        ["ne"] = Compare("ne"),
        ["!="] = Compare("ne"),
        ["in"] = (_, v, a) => PyOps.Contains(a.Bind("in", ("seq", Arguments.Required))[0], v),
        ["iterable"] = (_, v, a) => None(a, "iterable") && PyOps.IsIterable(v),
        // Jinja: anything with __len__ and __getitem__, so strings and dicts are sequences too.
        ["sequence"] = (_, v, a) => None(a, "sequence") && v is string or Markup or List<object?> or object?[] or JinjaDict or Undefined,
        ["mapping"] = (_, v, a) => None(a, "mapping") && v is JinjaDict,
        ["none"] = (_, v, a) => None(a, "none") && v is null,
        ["string"] = (_, v, a) => None(a, "string") && PyOps.IsString(v),
        ["undefined"] = (_, v, a) => None(a, "undefined") && v is Undefined,
        ["lower"] = (_, v, a) => None(a, "lower") && (bool)StringMethods.Call(PyOps.Str(v), "islower", Arguments.Empty)!,
        ["upper"] = (_, v, a) => None(a, "upper") && (bool)StringMethods.Call(PyOps.Str(v), "isupper", Arguments.Empty)!,
        ["sameas"] = (_, v, a) =>
        {
            var other = a.Bind("sameas", ("other", Arguments.Required))[0];
            return SameAs(v, other);
        },
    };

    public static bool Apply(Interpreter it, string name, object? value, Arguments args)
    {
        if (!All.TryGetValue(name, out var test))
            throw new TemplateException("TemplateAssertionError", $"No test named {PyOps.Repr(name)}.");
        return test(it, value, args);
    }

    private static bool None(Arguments a, string name)
    {
        a.Bind(name);
        return true;
    }

    private static Test Compare(string op) => (_, v, a) =>
    {
        var other = a.Bind(op, ("other", Arguments.Required))[0];
        return op switch
        {
            "eq" => PyOps.Eq(v, other),
            "ne" => !PyOps.Eq(v, other),
            _ => PyOps.Order(op, v, other),
        };
    };

    /// <summary>Python `is`: identity; None, booleans and small ints are singletons in CPython.</summary>
    private static bool SameAs(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (bool x, bool y) => x == y,
        (long x, long y) => x == y && x is >= -5 and <= 256,
        _ => ReferenceEquals(a, b),
    };
}
