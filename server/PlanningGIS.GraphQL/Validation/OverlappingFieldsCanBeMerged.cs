using System.Collections;
using System.Text;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Field Selection Merging (spec 5.3.2): fields of a selection set (fragments included) that share a
/// response name can be merged without ambiguity. graphql-js OverlappingFieldsCanBeMergedRule: the
/// same algorithm (comparisons "within" and "between" collected field maps, the field-map / fragment
/// pair cache and the fragment pair cache), hence the same errors in the same order.
/// </summary>
/// <remarks>
/// <para>
/// graphql-js's algorithm is quadratic in the fields sharing a response name and in the fragments
/// compared pairwise; hostile documents (the same field ten thousand times, long or parallel
/// fragment chains) take it seconds. On top of its caches, fields and field maps get <em>structure
/// ids</em>: two fields with the same parent type, name, definition, arguments and (recursively)
/// sub-selections compare alike. A comparison that found no conflict is remembered by structure
/// (pairs of fields, pairs of field maps, a field map against a fragment and what it spreads), so
/// repeated shapes cost one comparison per distinct pair of structures. This cannot hide a conflict:
/// a result is only remembered when it depends on the structures alone, i.e. when the comparison
/// found nothing and hit no cache entry of graphql-js that is not itself known to be clean (see
/// <c>_taints</c>); all comparisons still run in graphql-js's order, so errors and their order are
/// the same.
/// </para>
/// <para>
/// No step recurses on the call stack, so no document can overflow it: fragment walks and structure
/// ids use explicit stacks, and graphql-js's recursion through nested selections (fields → their
/// sub-selections → field maps → pairs of fields) runs as iterator steps on one explicit stack
/// (<c>Run</c>), each step yielding the one it needs before it goes on, in graphql-js's order.
/// </para>
/// </remarks>
public sealed partial class OverlappingFieldsCanBeMerged : ValidationRule
{
    // Pair loops with more comparisons than this group the fields by structure first.
    private const int PlainPairLimit = 64;

    // Selection sets spreading more fragments than this group the fragments by structure first.
    private const int PlainFragmentLimit = 12;

    // After this many field-map comparisons (or fragment walk steps), whole field-map comparisons
    // (and field-map / fragment walks) are remembered too.
    private const int AdaptiveMemoThreshold = 512;

    // Largest class matrix (distinct structures squared) used by the grouped pair loop.
    private const int MaxClassMatrix = 1 << 20;

    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cachedFieldsAndFragmentNames = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(FieldMap, string), PairState> _comparedFieldsAndFragmentPairs = new();
    private readonly Dictionary<(string, string), PairState> _comparedFragmentPairs = new();
    private readonly HashSet<SelectionSetNode> _fragmentSelectionSets = new(ReferenceEqualityComparer.Instance);

    // Structure ids and the "no conflict" memos.
    private readonly Dictionary<string, int> _structIds = new();
    private readonly Dictionary<object, int> _objectIds = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(int, int, bool)> _noConflictFields = new();
    private readonly HashSet<(int, int, bool)> _noConflictMaps = new();
    private readonly HashSet<(int, string, bool)> _noConflictMapFragment = new();
    // Counts events after which a comparison's "no conflict" may depend on history rather than on the
    // structures alone: a conflict found, a cache hit on a comparison not known to be clean (still in
    // progress, or one that found a conflict), a fragment's field map skipped as its own.
    private int _taints;
    private int _mapComparisons;
    private long _walkSteps;
    private long _pairWalkSteps;
    private readonly Dictionary<string, int[]?> _closureStructs = new();

    private List<Conflict>? _topLevel;

    // Shared work lists (nested uses stay above the base of the enclosing one), so that deep
    // comparisons allocate little: fragment walks, and sub-selection conflicts being collected.
    private readonly List<(string Name, bool Done, int Taints, bool Memo)> _fragmentWalk = [];
    private readonly List<(string Name1, string Name2, bool Done, int Taints)> _fragmentPairWalk = [];
    private readonly List<Conflict> _subConflicts = [];
    private readonly List<(FieldEntry Entry, bool ChildrenDone)> _structWalk = [];

    // The explicit stack of comparison steps (see Run), and the result of the last FindConflict step.
    private readonly Stack<IEnumerator> _calls = new();
    private Conflict? _found;

    public OverlappingFieldsCanBeMerged(ValidationContext context) : base(context)
    {
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragmentSelectionSets.Add(fragment.SelectionSet);
            }
        }
    }

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                CheckSelectionSet((SelectionSetNode)node);
                break;
            case NodeKind.VariableDefinition:
            case NodeKind.Directive:
            case NodeKind.Argument:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }

    // Runs a comparison step and every step it asks for on the explicit stack: a step is an
    // iterator that yields the step it needs done before it continues (graphql-js's recursion).
    private void Run(IEnumerator step)
    {
        var calls = _calls;
        var bottom = calls.Count;
        calls.Push(step);
        try
        {
            while (calls.Count > bottom)
            {
                var top = calls.Peek();
                if (top.MoveNext())
                {
                    calls.Push((IEnumerator)top.Current!);
                }
                else
                {
                    calls.Pop();
                }
            }
        }
        finally
        {
            while (calls.Count > bottom)
            {
                calls.Pop();
            }
        }
    }

    private void CheckSelectionSet(SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        _topLevel = conflicts;
        try
        {
            FindConflictsWithinSelectionSet(conflicts, Context.TypeInfo.ParentType, selectionSet);
        }
        catch (ErrorLimitReached)
        {
            // Enough errors to fill the response: the rest would be discarded.
        }
        finally
        {
            _topLevel = null;
        }
        foreach (var conflict in conflicts)
        {
            var nodes = new List<AstNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            Context.ReportError(
                $"Fields \"{conflict.Reason.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. nodes]);
        }
    }

    // "subfields "a" conflict because … and subfields "b" conflict because …", nested as deep as the
    // conflicting fields: written from an explicit stack of what is left to write.
    private static string ReasonMessage(ConflictReason reason)
    {
        if (reason.SubReasons is null)
        {
            return reason.Message!;
        }
        var sb = new StringBuilder();
        var pending = new Stack<(ConflictReason Reason, int Next)>();
        pending.Push((reason, 0));
        while (pending.Count > 0)
        {
            var (current, next) = pending.Pop();
            if (next == current.SubReasons!.Count)
            {
                continue;
            }
            pending.Push((current, next + 1));
            if (next > 0)
            {
                sb.Append(" and ");
            }
            var sub = current.SubReasons[next];
            sb.Append("subfields \"").Append(sub.ResponseName).Append("\" conflict because ");
            if (sub.SubReasons is null)
            {
                sb.Append(sub.Message);
            }
            else
            {
                pending.Push((sub, 0));
            }
        }
        return sb.ToString();
    }

    private void AddConflict(List<Conflict> conflicts, Conflict conflict)
    {
        conflicts.Add(conflict);
        if (ReferenceEquals(conflicts, _topLevel) && conflicts.Count + Context.Errors.Count > DocumentValidator.MaxErrors)
        {
            throw new ErrorLimitReached();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // graphql-js's algorithm (letters refer to its comments).

    private void FindConflictsWithinSelectionSet(List<Conflict> conflicts, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);
        // (A) conflicts "within" the fields of this selection set.
        CollectConflictsWithin(conflicts, fieldMap);
        if (fragmentNames.Count > PlainFragmentLimit)
        {
            CompareSpreadFragments(conflicts, fieldMap, fragmentNames);
            return;
        }
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            // (B) this selection set's fields against each fragment it spreads.
            Run(CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]));
            // (C) each pair of fragments it spreads.
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                Run(CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]));
            }
        }
    }

    // (B, C) for a selection set spreading many fragments: the same comparisons in the same order,
    // except that pairs of fragments which spread nothing and whose fields have structures known not
    // to conflict are skipped (all pairs of a thousand alike fragments cost a thousand steps).
    private void CompareSpreadFragments(List<Conflict> conflicts, FieldMap fieldMap, List<string> fragmentNames)
    {
        var n = fragmentNames.Count;
        var classStructs = new List<int>(); // the fields' structure of a leaf fragment, -1 for other fragments
        var classOf = new Dictionary<int, int>();
        var classes = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (Context.GetFragment(fragmentNames[i]) is { } fragment
                && GetReferencedFieldsAndFragmentNames(fragment) is { FragmentNames.Count: 0 } leaf)
            {
                var id = FieldsStruct(leaf.FieldMap);
                if (!classOf.TryGetValue(id, out var c))
                {
                    classOf[id] = c = classStructs.Count;
                    classStructs.Add(id);
                }
                classes[i] = c;
            }
            else
            {
                classes[i] = classStructs.Count;
                classStructs.Add(-1);
            }
        }
        var k = classStructs.Count;
        if ((long)k * k > MaxClassMatrix)
        {
            for (var i = 0; i < n; i++)
            {
                Run(CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]));
                for (var j = i + 1; j < n; j++)
                {
                    Run(CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]));
                }
            }
            return;
        }
        // state: 0 unknown, 1 no conflict (skip), 2 compare every pair.
        var state = new byte[k * k];
        byte Resolve(int x, int y)
        {
            ref var st = ref state[x * k + y];
            if (st == 0)
            {
                st = classStructs[x] >= 0 && classStructs[y] >= 0 && _noConflictMaps.Contains((classStructs[x], classStructs[y], false))
                    ? (byte)1
                    : (byte)2;
            }
            return st;
        }
        var remaining = new int[k];
        foreach (var c in classes)
        {
            remaining[c]++;
        }
        for (var i = 0; i < n; i++)
        {
            // (B) this selection set's fields against the fragment.
            Run(CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]));
            var x = classes[i];
            remaining[x]--;
            var needed = false;
            for (var y = 0; y < k && !needed; y++)
            {
                needed = remaining[y] > 0 && Resolve(x, y) != 1;
            }
            if (!needed)
            {
                continue;
            }
            // (C) the fragment against each later one.
            for (var j = i + 1; j < n; j++)
            {
                var y = classes[j];
                if (Resolve(x, y) == 1)
                {
                    continue;
                }
                var taintsBefore = _taints;
                Run(CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]));
                if (classStructs[x] >= 0 && classStructs[y] >= 0 && _taints == taintsBefore)
                {
                    _noConflictMaps.Add((classStructs[x], classStructs[y], false));
                    state[x * k + y] = 1;
                }
            }
        }
    }

    // (A) all pairs of fields sharing a response name within one field map (never mutually exclusive).
    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        for (var k = 0; k < fieldMap.Count; k++)
        {
            var fields = fieldMap.Lists[k];
            if (fields.Count > 1)
            {
                Run(ComparePairs(conflicts, false, fieldMap.Keys[k], fields, null));
            }
        }
    }
}
