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
    // The keys are the response keys of the collected fields, shared by every object of the same
    // selection (a list of 100 items has 100 maps and one field list).
    private readonly IReadOnlyList<FieldGroup> _fields;
    private readonly object?[] _values;

    internal ResultMap(IReadOnlyList<FieldGroup> fields, ResultNode? parent, int parentIndex, bool nonNullInParent)
        : base(parent, parentIndex, nonNullInParent)
    {
        _fields = fields;
        _values = new object?[fields.Count];
    }

    public int Count => _values.Length;

    public IEnumerable<string> Keys => _fields.Select(group => group.ResponseKey);

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_fields[i].ResponseKey, _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_fields[i].ResponseKey == key)
            {
                return i;
            }
        }
        return -1;
    }

    internal override void Set(int index, object? value) => _values[index] = value;

    internal override object PathSegment(int index) => _fields[index].ResponseKey;

    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        for (var i = 0; i < _values.Length; i++)
        {
            writer.WritePropertyName(_fields[i].ResponseKey);
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
