using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// A node of the response tree (object or list). Each node knows the slot it occupies in its
/// parent and whether that slot is non-null, so a field error can null out the nearest nullable
/// ancestor after the fact (results complete asynchronously).
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(ResultNode? parent, int parentIndex, bool nonNullInParent)
    {
        Parent = parent;
        ParentIndex = parentIndex;
        NonNullInParent = nonNullInParent;
    }

    internal ResultNode? Parent { get; }

    internal int ParentIndex { get; }

    internal bool NonNullInParent { get; }

    /// <summary>Set when this node was replaced by null (error propagation).</summary>
    internal bool Nulled { get; set; }

    internal abstract void Set(int index, object? value);

    internal abstract object PathSegment(int index);

    /// <summary>Whether this node or an ancestor was nulled (its results no longer matter).</summary>
    internal bool IsDiscarded
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.Nulled)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The response path of a slot of this node: keys and list indices from the root.</summary>
    internal List<object> PathOf(int index)
    {
        var path = new List<object> { PathSegment(index) };
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            path.Add(node.Parent.PathSegment(node.ParentIndex));
        }
        path.Reverse();
        return path;
    }
}

/// <summary>An object of the response, keys in selection order. Readable as a dictionary.</summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(string[] keys, ResultNode? parent, int parentIndex, bool nonNullInParent)
        : base(parent, parentIndex, nonNullInParent)
    {
        _keys = keys;
        _values = new object?[keys.Length];
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override void Set(int index, object? value) => _values[index] = value;

    internal override object PathSegment(int index) => _keys[index];

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        for (var i = 0; i < _keys.Length; i++)
        {
            writer.WritePropertyName(_keys[i]);
            JsonResultWriter.WriteValue(writer, _values[i]);
        }
        writer.WriteEndObject();
    }
}

/// <summary>A list of the response.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] _items;

    internal ResultList(int count, ResultNode? parent, int parentIndex, bool nonNullInParent)
        : base(parent, parentIndex, nonNullInParent)
    {
        _items = new object?[count];
    }

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    internal override void Set(int index, object? value) => _items[index] = value;

    internal override object PathSegment(int index) => index;
}
