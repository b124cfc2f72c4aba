using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PlanningGIS.GraphQL.Language;

/// <summary>
/// The parser's scratch space for the lists it is building (selections, arguments, values...),
/// innermost list on top. A finished list is copied out as an array of its exact size: no List
/// object and no spare capacity per list in the AST. The scratch array is reused by the next
/// parse on the same thread.
/// </summary>
internal sealed class NodeStack
{
    [ThreadStatic]
    private static Slot[]? s_spare;

    private Slot[] _items;
    private int _highWater; // popped slots are cleared only once, when the parse ends

    public NodeStack()
    {
        _items = s_spare ?? new Slot[32];
        s_spare = null;
    }

    /// <summary>Where a new list starts: pass it to <see cref="PopFrom{T}"/>.</summary>
    public int Count { get; private set; }

    public void Push(AstNode node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(32, _items.Length * 2));
        }
        _items[Count++].Node = node;
        _highWater = Math.Max(_highWater, Count);
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

    /// <summary>Hands the scratch array to the next parse on this thread (cleared: it keeps no nodes alive).</summary>
    public void Release()
    {
        Array.Clear(_items, 0, _highWater);
        Count = 0;
        _highWater = 0;
        if (_items.Length <= 1024)
        {
            s_spare = _items;
        }
        _items = [];
    }
}
