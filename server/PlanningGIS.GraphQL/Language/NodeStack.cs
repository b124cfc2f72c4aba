using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PlanningGIS.GraphQL.Language;

/// <summary>
/// The parser's scratch space for the lists it is building (selections, arguments, values...),
/// innermost list on top. A finished list is copied out as an array of its exact size: no List
/// object and no spare capacity per list in the AST.
/// </summary>
internal sealed class NodeStack
{
    private Slot[] _items = new Slot[16];

    /// <summary>Where a new list starts: pass it to <see cref="PopFrom{T}"/>.</summary>
    public int Count { get; private set; }

    public void Push(AstNode node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[Count++].Node = node;
    }

    /// <summary>The nodes pushed since <paramref name="start"/>, removed from the stack.</summary>
    public T[] PopFrom<T>(int start) where T : AstNode
    {
        var count = Count - start;
        if (count == 0)
        {
            return [];
        }
        var list = new T[count];
        var items = _items.AsSpan(start, count);
        // The parser pops with the type it pushed, into an array that is exactly T[]: neither the
        // cast nor the array store needs a type check.
        ref var first = ref MemoryMarshal.GetArrayDataReference(list);
        for (var i = 0; i < items.Length; i++)
        {
            Unsafe.Add(ref first, i) = Unsafe.As<T>(items[i].Node);
        }
        Count = start;
        return list;
    }

    // A struct around each node: storing into an array of structs needs no covariance check,
    // unlike storing into an AstNode[].
    private struct Slot
    {
        public AstNode Node;
    }
}
