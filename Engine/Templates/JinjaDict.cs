using System.Collections;
using System.Runtime.CompilerServices;

namespace QwenEval.Engine.Templates;

/// <summary>A Python dict: insertion-ordered, keys compared with Python equality (1 == 1.0 == True).</summary>
internal sealed class JinjaDict : IEnumerable<KeyValuePair<object?, object?>>
{
    private readonly OrderedDictionary<object, object?> _items = new(PyKeyComparer.Instance);

    public int Count => _items.Count;

    public IEnumerable<object?> Keys => _items.Keys.Select(FromKey);

    public IEnumerable<object?> Values => _items.Values;

    public bool TryGetValue(object? key, out object? value) => _items.TryGetValue(ToKey(key), out value);

    public bool ContainsKey(object? key) => _items.ContainsKey(ToKey(key));

    public object? this[object? key]
    {
        set => _items[ToKey(key)] = value;
    }

    public IEnumerator<KeyValuePair<object?, object?>> GetEnumerator() =>
        _items.Select(kv => new KeyValuePair<object?, object?>(FromKey(kv.Key), kv.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static object ToKey(object? key)
    {
        if (key is null) return NoneKey.Instance;
        if (key is List<object?> or JinjaDict)
            throw new TemplateException("TypeError", $"unhashable type: {PyOps.Repr(PyOps.TypeName(key))}");
        return key;
    }

    private static object? FromKey(object key) => key is NoneKey ? null : key;

    /// <summary>Stands for None as a key: .NET dictionaries take no null keys.</summary>
    private sealed class NoneKey
    {
        public static readonly NoneKey Instance = new();
    }

    private sealed class PyKeyComparer : IEqualityComparer<object>
    {
        public static readonly PyKeyComparer Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is NoneKey || y is NoneKey ? ReferenceEquals(x, y) : PyOps.Eq(x, y);

        public int GetHashCode(object obj) => Hash(obj);

        private static int Hash(object? obj) => obj switch
        {
            null or NoneKey => 0,
            bool b => (b ? 1L : 0L).GetHashCode(),
            long l => l.GetHashCode(),
            // Integral floats hash like the int they equal, as in Python.
            double d when d == Math.Floor(d) && Math.Abs(d) < 9e18 => ((long)d).GetHashCode(),
            double d => d.GetHashCode(),
            string s => s.GetHashCode(StringComparison.Ordinal),
            Markup m => m.Value.GetHashCode(StringComparison.Ordinal),
            object?[] t => t.Aggregate(17, (h, e) => h * 31 + Hash(e)),
            _ => RuntimeHelpers.GetHashCode(obj),
        };
    }
}
