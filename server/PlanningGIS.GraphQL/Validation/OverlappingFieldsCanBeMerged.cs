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
public sealed class OverlappingFieldsCanBeMerged : ValidationRule
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

    // (D, E) a field map against a fragment and, transitively, the fragments that one spreads
    // (a pre-order walk with an explicit stack: the same order as graphql-js's recursion).
    private IEnumerator CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        if (fieldMap.Count == 0)
        {
            // No field can conflict: the walk would only fill the cache for this (empty) map.
            yield break;
        }
        var fieldsStruct = -1;
        var stack = _fragmentWalk;
        var bottom = stack.Count;
        stack.Add((fragmentName, false, 0, false));
        while (stack.Count > bottom)
        {
            var (name, done, taints, memo) = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            if (done)
            {
                // The walk below `name` is over; clean if nothing tainted it.
                if (_taints == taints)
                {
                    MarkClean(_comparedFieldsAndFragmentPairs, (fieldMap, name), areMutuallyExclusive);
                    if (memo)
                    {
                        _noConflictMapFragment.Add((fieldsStruct, name, areMutuallyExclusive));
                    }
                }
                continue;
            }
            if (HasPair(_comparedFieldsAndFragmentPairs, (fieldMap, name), areMutuallyExclusive))
            {
                continue;
            }
            _comparedFieldsAndFragmentPairs[(fieldMap, name)] = new PairState(areMutuallyExclusive, false);
            if (Context.GetFragment(name) is not { } fragment)
            {
                _comparedFieldsAndFragmentPairs[(fieldMap, name)] = new PairState(areMutuallyExclusive, true);
                continue;
            }
            var useMemo = ++_walkSteps > AdaptiveMemoThreshold;
            if (useMemo)
            {
                if (fieldsStruct < 0)
                {
                    fieldsStruct = FieldsStruct(fieldMap);
                }
                if (_noConflictMapFragment.Contains((fieldsStruct, name, areMutuallyExclusive))
                    || KnownNoConflict([fieldsStruct], ClosureStructs(name), areMutuallyExclusive))
                {
                    _comparedFieldsAndFragmentPairs[(fieldMap, name)] = new PairState(areMutuallyExclusive, true);
                    continue;
                }
            }
            var (fieldMap2, referencedFragmentNames) = GetReferencedFieldsAndFragmentNames(fragment);
            // Do not compare a fragment's field map to itself.
            if (ReferenceEquals(fieldMap, fieldMap2))
            {
                _taints++;
                continue;
            }
            stack.Add((name, true, _taints, useMemo));
            // (D) the fields against the fragment's fields.
            yield return CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap, fieldMap2);
            // (E) the fields against the fragments that fragment spreads.
            for (var k = referencedFragmentNames.Count - 1; k >= 0; k--)
            {
                stack.Add((referencedFragmentNames[k], false, 0, false));
            }
        }
    }

    // (F, G) two fragments and, transitively, the fragments they spread (explicit stack, pre-order).
    private IEnumerator CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        var stack = _fragmentPairWalk;
        var bottom = stack.Count;
        stack.Add((fragmentName1, fragmentName2, false, 0));
        while (stack.Count > bottom)
        {
            var (name1, name2, done, taints) = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            if (name1 == name2)
            {
                continue;
            }
            var key = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1);
            if (done)
            {
                if (_taints == taints)
                {
                    MarkClean(_comparedFragmentPairs, key, areMutuallyExclusive);
                }
                continue;
            }
            // Memoize so that two fragments are not compared for conflicts more than once.
            if (HasPair(_comparedFragmentPairs, key, areMutuallyExclusive))
            {
                continue;
            }
            _comparedFragmentPairs[key] = new PairState(areMutuallyExclusive, false);
            if (Context.GetFragment(name1) is not { } fragment1 || Context.GetFragment(name2) is not { } fragment2)
            {
                _comparedFragmentPairs[key] = new PairState(areMutuallyExclusive, true);
                continue;
            }
            if (++_pairWalkSteps > AdaptiveMemoThreshold
                && KnownNoConflict(ClosureStructs(name1), ClosureStructs(name2), areMutuallyExclusive))
            {
                // Every pair of field maps this walk would compare is known not to conflict.
                _comparedFragmentPairs[key] = new PairState(areMutuallyExclusive, true);
                continue;
            }
            var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
            var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);
            stack.Add((name1, name2, true, _taints));
            // (F) the two fragments' fields.
            yield return CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);
            // (G) the first fragment against those the second spreads, then the second against those the first spreads.
            for (var k = referenced1.Count - 1; k >= 0; k--)
            {
                stack.Add((referenced1[k], name2, false, 0));
            }
            for (var k = referenced2.Count - 1; k >= 0; k--)
            {
                stack.Add((name1, referenced2[k], false, 0));
            }
        }
    }

    // graphql-js OrderedPairSet.has: a pair compared as "not mutually exclusive" also covers "mutually
    // exclusive". A hit on a comparison not known to be clean taints the comparison in progress.
    private bool HasPair<TKey>(Dictionary<TKey, PairState> set, TKey key, bool areMutuallyExclusive)
        where TKey : notnull
    {
        if (!set.TryGetValue(key, out var stored) || (!areMutuallyExclusive && stored.MutuallyExclusive))
        {
            return false;
        }
        if (!stored.Clean)
        {
            _taints++;
        }
        return true;
    }

    // Whether comparing every field map of the first set with every one of the second (structure ids,
    // as CollectConflictsBetween compares them) is known to find nothing.
    private bool KnownNoConflict(int[]? structs1, int[]? structs2, bool areMutuallyExclusive)
    {
        if (structs1 is null || structs2 is null)
        {
            return false;
        }
        foreach (var s1 in structs1)
        {
            foreach (var s2 in structs2)
            {
                if (!_noConflictMaps.Contains((s1, s2, areMutuallyExclusive)))
                {
                    return false;
                }
            }
        }
        return true;
    }

    // The structure ids of the non-empty field maps of a fragment and of every fragment it spreads,
    // directly or not; null when unknown (a cycle, or more than a few distinct structures).
    private int[]? ClosureStructs(string fragmentName)
    {
        if (_closureStructs.TryGetValue(fragmentName, out var known))
        {
            return known;
        }
        const int MaxStructs = 8;
        var onPath = new HashSet<string>();
        var stack = new List<(string Name, bool Exit)> { (fragmentName, false) };
        while (stack.Count > 0)
        {
            var (name, exit) = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            if (!exit)
            {
                if (_closureStructs.ContainsKey(name) || !onPath.Add(name))
                {
                    continue;
                }
                stack.Add((name, true));
                if (Context.GetFragment(name) is { } fragment)
                {
                    foreach (var referenced in GetReferencedFieldsAndFragmentNames(fragment).FragmentNames)
                    {
                        if (onPath.Contains(referenced))
                        {
                            _closureStructs[name] = null; // a cycle: left to the walks
                        }
                        else if (!_closureStructs.ContainsKey(referenced))
                        {
                            stack.Add((referenced, false));
                        }
                    }
                }
                continue;
            }
            onPath.Remove(name);
            if (_closureStructs.ContainsKey(name))
            {
                continue; // decided on the way in (a cycle)
            }
            int[]? structs = [];
            if (Context.GetFragment(name) is { } definition)
            {
                var (fieldMap, referencedNames) = GetReferencedFieldsAndFragmentNames(definition);
                var set = new HashSet<int>();
                if (fieldMap.Count > 0)
                {
                    set.Add(FieldsStruct(fieldMap));
                }
                foreach (var referenced in referencedNames)
                {
                    if (_closureStructs.GetValueOrDefault(referenced) is not { } inner)
                    {
                        set = null;
                        break;
                    }
                    set.UnionWith(inner);
                }
                structs = set is null || set.Count > MaxStructs ? null : [.. set];
            }
            _closureStructs[name] = structs;
        }
        return _closureStructs[fragmentName];
    }

    private static void MarkClean<TKey>(Dictionary<TKey, PairState> set, TKey key, bool areMutuallyExclusive)
        where TKey : notnull
    {
        // Only if the entry still records this comparison (a nested one may have redone it without mutual exclusion).
        if (set.TryGetValue(key, out var stored) && stored.MutuallyExclusive == areMutuallyExclusive)
        {
            set[key] = new PairState(areMutuallyExclusive, true);
        }
    }

    // (H, I, J) the sub-selections of two fields with the same response name. The conflicts found are
    // added to _subConflicts; the caller takes them out.
    private IEnumerator FindConflictsBetweenSubSelectionSets(bool areMutuallyExclusive,
        NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = _subConflicts;
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);
        // (H) the two field maps.
        yield return CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);
        // (I) each side's fields against the other side's fragments.
        foreach (var fragmentName2 in fragmentNames2)
        {
            yield return CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap1, fragmentName2);
        }
        foreach (var fragmentName1 in fragmentNames1)
        {
            yield return CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap2, fragmentName1);
        }
        // (J) each pair of fragments, one from each side.
        foreach (var fragmentName1 in fragmentNames1)
        {
            foreach (var fragmentName2 in fragmentNames2)
            {
                yield return CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
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

    // All pairs of fields with the same response name across two field maps.
    private IEnumerator CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        if (fieldMap1.Count == 0 || fieldMap2.Count == 0)
        {
            yield break;
        }
        var useMemo = ++_mapComparisons > AdaptiveMemoThreshold;
        (int, int, bool) memoKey = default;
        var taintsBefore = _taints;
        if (useMemo)
        {
            memoKey = (FieldsStruct(fieldMap1), FieldsStruct(fieldMap2), parentFieldsAreMutuallyExclusive);
            if (_noConflictMaps.Contains(memoKey))
            {
                yield break;
            }
        }
        for (var k = 0; k < fieldMap1.Count; k++)
        {
            var fields2 = fieldMap2.Get(fieldMap1.Keys[k]);
            if (fields2 is not null)
            {
                yield return ComparePairs(conflicts, parentFieldsAreMutuallyExclusive, fieldMap1.Keys[k], fieldMap1.Lists[k], fields2);
            }
        }
        if (useMemo && _taints == taintsBefore)
        {
            _noConflictMaps.Add(memoKey);
        }
    }

    // Compares fields1[i] with fields2[j] for all i, j (or, when fields2 is null, fields1[i] with
    // fields1[j] for i < j) in graphql-js's order, skipping pairs whose structures are known not to conflict.
    private IEnumerator ComparePairs(List<Conflict> conflicts, bool mutex, string responseName, List<FieldEntry> fields1, List<FieldEntry>? fields2)
    {
        var within = fields2 is null;
        var list2 = fields2 ?? fields1;
        var n1 = fields1.Count;
        var n2 = list2.Count;
        var pairs = within ? (long)n1 * (n1 - 1) / 2 : (long)n1 * n2;
        if (pairs <= PlainPairLimit)
        {
            for (var i = 0; i < n1; i++)
            {
                for (var j = within ? i + 1 : 0; j < n2; j++)
                {
                    yield return FindConflict(mutex, responseName, fields1[i], list2[j]);
                    if (_found is { } conflict)
                    {
                        AddConflict(conflicts, conflict);
                    }
                }
            }
            yield break;
        }

        // Group both sides by structure.
        var classStructs = new List<int>();
        var classOf = new Dictionary<int, int>();
        int ClassOf(FieldEntry entry)
        {
            var id = FieldStruct(entry);
            if (!classOf.TryGetValue(id, out var c))
            {
                c = classStructs.Count;
                classOf[id] = c;
                classStructs.Add(id);
            }
            return c;
        }
        var class1 = new int[n1];
        for (var i = 0; i < n1; i++)
        {
            class1[i] = ClassOf(fields1[i]);
        }
        int[] class2;
        if (within)
        {
            class2 = class1;
        }
        else
        {
            class2 = new int[n2];
            for (var j = 0; j < n2; j++)
            {
                class2[j] = ClassOf(list2[j]);
            }
        }
        var k = classStructs.Count;
        if ((long)k * k > MaxClassMatrix)
        {
            // Too many distinct structures to gain anything: graphql-js's plain loop.
            for (var i = 0; i < n1; i++)
            {
                for (var j = within ? i + 1 : 0; j < n2; j++)
                {
                    yield return FindConflict(mutex, responseName, fields1[i], list2[j]);
                    if (_found is { } conflict)
                    {
                        AddConflict(conflicts, conflict);
                    }
                }
            }
            yield break;
        }

        // state: 0 unknown, 1 no conflict (skip), 2 compare every pair.
        var state = new byte[k * k];
        byte Resolve(int x, int y)
        {
            ref var s = ref state[x * k + y];
            if (s == 0)
            {
                s = _noConflictFields.Contains((classStructs[x], classStructs[y], mutex)) ? (byte)1 : (byte)2;
            }
            return s;
        }
        // How many fields of each class are still to come on the second side.
        var remaining = new int[k];
        foreach (var c in class2)
        {
            remaining[c]++;
        }
        for (var i = 0; i < n1; i++)
        {
            var x = class1[i];
            if (within)
            {
                remaining[x]--;
            }
            var needed = false;
            for (var y = 0; y < k && !needed; y++)
            {
                needed = remaining[y] > 0 && Resolve(x, y) != 1;
            }
            if (!needed)
            {
                continue;
            }
            for (var j = within ? i + 1 : 0; j < n2; j++)
            {
                var y = class2[j];
                if (Resolve(x, y) == 1)
                {
                    continue;
                }
                var taintsBefore = _taints;
                yield return FindConflict(mutex, responseName, fields1[i], list2[j]);
                if (_found is { } conflict)
                {
                    AddConflict(conflicts, conflict);
                }
                else if (_taints == taintsBefore)
                {
                    _noConflictFields.Add((classStructs[x], classStructs[y], mutex));
                    state[x * k + y] = 1;
                }
            }
        }
    }

    // Whether two fields with the same response name conflict (including through their
    // sub-selections): the conflict, or null, is left in _found.
    private IEnumerator FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        var node1 = field1.Node;
        var node2 = field2.Node;
        // Fields of two different object types can never both apply: only their shapes must agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        if (!areMutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                _found = NewConflict(responseName, $"\"{name1}\" and \"{name2}\" are different fields", node1, node2);
                yield break;
            }
            if (!SameArguments(node1, node2))
            {
                _found = NewConflict(responseName, "they have differing arguments", node1, node2);
                yield break;
            }
        }
        var type1 = field1.Def?.Type;
        var type2 = field2.Def?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            _found = NewConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
            yield break;
        }
        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var start = _subConflicts.Count;
            yield return FindConflictsBetweenSubSelectionSets(areMutuallyExclusive,
                type1?.GetNamedType(), selectionSet1, type2?.GetNamedType(), selectionSet2);
            var count = _subConflicts.Count - start;
            if (count > 0)
            {
                _taints++;
                var subReasons = new List<ConflictReason>(count);
                var fields1 = new List<FieldNode> { node1 };
                var fields2 = new List<FieldNode> { node2 };
                for (var i = start; i < _subConflicts.Count; i++)
                {
                    var conflict = _subConflicts[i];
                    subReasons.Add(conflict.Reason);
                    fields1.AddRange(conflict.Fields1);
                    fields2.AddRange(conflict.Fields2);
                }
                _subConflicts.RemoveRange(start, count);
                _found = new Conflict(new ConflictReason(responseName, null, subReasons), fields1, fields2);
                yield break;
            }
        }
        _found = null;
    }

    private Conflict NewConflict(string responseName, string message, FieldNode node1, FieldNode node2)
    {
        _taints++;
        return new Conflict(new ConflictReason(responseName, message, null), [node1], [node2]);
    }

    private static bool SameArguments(FieldNode node1, FieldNode node2)
    {
        var args1 = node1.Arguments;
        var args2 = node2.Arguments;
        if (args1.Count == 0)
        {
            return args2.Count == 0;
        }
        if (args2.Count == 0 || args1.Count != args2.Count)
        {
            return false;
        }
        foreach (var arg1 in args1)
        {
            // graphql-js looks the argument up in a Map of the second list (the last of a name wins).
            ValueNode? value2 = null;
            for (var i = args2.Count - 1; i >= 0; i--)
            {
                if (args2[i].Name.Value == arg1.Name.Value)
                {
                    value2 = args2[i].Value;
                    break;
                }
            }
            if (value2 is null || StringifyValue(arg1.Value) != StringifyValue(value2))
            {
                return false;
            }
        }
        return true;
    }

    // graphql-js print(sortValueNode(value)): object fields sorted by name (natural order).
    private static string StringifyValue(ValueNode value) => Printer.Print(HasObject(value) ? SortValueNode(value) : value);

    private static bool HasObject(ValueNode value) => value switch
    {
        ObjectValueNode => true,
        ListValueNode list => list.Values.Any(HasObject),
        _ => false,
    };

    private static ValueNode SortValueNode(ValueNode value) => value switch
    {
        ObjectValueNode obj => new ObjectValueNode
        {
            Fields = ValidationUtil.StableSort(
                obj.Fields.Select(f => new ObjectFieldNode { Name = f.Name, Value = SortValueNode(f.Value) }).ToList(),
                (a, b) => NaturalOrder.NaturalCompare(a.Name.Value, b.Name.Value)),
        },
        ListValueNode list => new ListValueNode { Values = list.Values.Select(SortValueNode).ToList() },
        _ => value,
    };

    // Two types conflict if both could not apply to a value simultaneously.
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }
                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }
            if (type2 is ListType)
            {
                return true;
            }
            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }
                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }
            if (type2 is NonNullType)
            {
                return true;
            }
            if (type1.IsLeafType || type2.IsLeafType)
            {
                return !ReferenceEquals(type1, type2);
            }
            return false;
        }
    }

    // The fields (by response name) and fragment names of a selection set, inline fragments included.
    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cachedFieldsAndFragmentNames.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }
        var fieldMap = new FieldMap { IsFragmentMap = _fragmentSelectionSets.Contains(selectionSet) };
        List<string>? fragmentNames = null;
        HashSet<string>? fragmentNameSet = null;
        CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, ref fragmentNames, ref fragmentNameSet);
        var result = new FieldsAndFragments(fieldMap, fragmentNames ?? NoFragments);
        _cachedFieldsAndFragmentNames[selectionSet] = result;
        return result;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment)
    {
        if (_cachedFieldsAndFragmentNames.TryGetValue(fragment.SelectionSet, out var cached))
        {
            return cached;
        }
        var fragmentType = TypeComparators.TypeFromAst(Context.Schema, fragment.TypeCondition) as NamedType;
        return GetFieldsAndFragmentNames(fragmentType, fragment.SelectionSet);
    }

    private void CollectFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap,
        ref List<string>? fragmentNames, ref HashSet<string>? fragmentNameSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var fieldDef = (parentType as ComplexType)?.GetField(field.Name.Value);
                    fieldMap.Add(field.ResponseKey, new FieldEntry(parentType, field, fieldDef));
                    break;
                case FragmentSpreadNode spread:
                    // Each name once, in order of first appearance (graphql-js: the keys of an object).
                    var name = spread.Name.Value;
                    fragmentNames ??= [];
                    if (fragmentNameSet is null && fragmentNames.Count >= 16)
                    {
                        fragmentNameSet = [.. fragmentNames];
                    }
                    if (fragmentNameSet is null ? !fragmentNames.Contains(name) : fragmentNameSet.Add(name))
                    {
                        fragmentNames.Add(name);
                    }
                    break;
                case InlineFragmentNode inline:
                    var inlineFragmentType = inline.TypeCondition is { } typeCondition
                        ? TypeComparators.TypeFromAst(Context.Schema, typeCondition) as NamedType
                        : parentType;
                    CollectFieldsAndFragmentNames(inlineFragmentType, inline.SelectionSet, fieldMap, ref fragmentNames, ref fragmentNameSet);
                    break;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Structure ids: equal ids mean equal comparisons (up to the nodes named in an error).

    // A field's structure id needs those of the fields of its sub-selection first: they are computed
    // bottom-up with an explicit stack, however deep the selections nest.
    private int FieldStruct(FieldEntry entry)
    {
        if (entry.StructId >= 0)
        {
            return entry.StructId;
        }
        var pending = _structWalk;
        var bottom = pending.Count;
        pending.Add((entry, false));
        while (pending.Count > bottom)
        {
            var (next, childrenDone) = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            if (next.StructId >= 0)
            {
                continue;
            }
            if (!childrenDone && next.Node.SelectionSet is { } selectionSet)
            {
                pending.Add((next, true));
                var sub = GetFieldsAndFragmentNames(next.Def?.Type.GetNamedType(), selectionSet).FieldMap;
                for (var k = sub.Count - 1; k >= 0; k--)
                {
                    foreach (var child in sub.Lists[k])
                    {
                        if (child.StructId < 0)
                        {
                            pending.Add((child, false));
                        }
                    }
                }
                continue;
            }
            next.StructId = ComputeFieldStruct(next);
        }
        return entry.StructId;
    }

    // The id of a field whose sub-selection's fields all have theirs.
    private int ComputeFieldStruct(FieldEntry entry)
    {
        var node = entry.Node;
        var sb = new StringBuilder();
        sb.Append('F').Append(ObjectId(entry.ParentType)).Append('|').Append(ObjectId(entry.Def)).Append('|');
        AppendPart(sb, node.Name.Value);
        foreach (var argument in node.Arguments)
        {
            AppendPart(sb, argument.Name.Value);
            AppendPart(sb, StringifyValue(argument.Value));
        }
        if (node.SelectionSet is { } selectionSet)
        {
            var sub = GetFieldsAndFragmentNames(entry.Def?.Type.GetNamedType(), selectionSet);
            var fieldsId = FieldsStruct(sub.FieldMap);
            sb.Append("{").Append(fieldsId);
            foreach (var name in sub.FragmentNames)
            {
                AppendPart(sb, name);
            }
            sb.Append('}');
        }
        return Intern(sb.ToString());
    }

    private int FieldsStruct(FieldMap fieldMap)
    {
        if (fieldMap.StructId >= 0)
        {
            return fieldMap.StructId;
        }
        var sb = new StringBuilder("M");
        for (var k = 0; k < fieldMap.Count; k++)
        {
            AppendPart(sb, fieldMap.Keys[k]);
            foreach (var entry in fieldMap.Lists[k])
            {
                sb.Append(FieldStruct(entry)).Append(',');
            }
        }
        return fieldMap.StructId = Intern(sb.ToString());
    }

    private static void AppendPart(StringBuilder sb, string part) => sb.Append(part.Length).Append(':').Append(part);

    private int Intern(string key)
    {
        if (!_structIds.TryGetValue(key, out var id))
        {
            id = _structIds.Count;
            _structIds[key] = id;
        }
        return id;
    }

    private int ObjectId(object? value)
    {
        if (value is null)
        {
            return 0;
        }
        if (!_objectIds.TryGetValue(value, out var id))
        {
            _objectIds[value] = id = _objectIds.Count + 1;
        }
        return id;
    }

    // ---------------------------------------------------------------------------------------------

    private sealed class FieldEntry(NamedType? parentType, FieldNode node, FieldDefinition? def)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Def { get; } = def;

        public int StructId { get; set; } = -1;
    }

    // Fields by response name, in order of first appearance (a JavaScript object's key order).
    private sealed class FieldMap
    {
        private Dictionary<string, int>? _index;

        public List<string> Keys { get; } = [];

        public List<List<FieldEntry>> Lists { get; } = [];

        public int Count => Keys.Count;

        public bool IsFragmentMap { get; init; }

        public int StructId { get; set; } = -1;

        public void Add(string key, FieldEntry entry)
        {
            var i = IndexOf(key);
            if (i >= 0)
            {
                Lists[i].Add(entry);
                return;
            }
            Keys.Add(key);
            Lists.Add([entry]);
            if (_index is not null)
            {
                _index[key] = Keys.Count - 1;
            }
            else if (Keys.Count > 8)
            {
                _index = new Dictionary<string, int>(Keys.Count * 2);
                for (var k = 0; k < Keys.Count; k++)
                {
                    _index[Keys[k]] = k;
                }
            }
        }

        public List<FieldEntry>? Get(string key)
        {
            var i = IndexOf(key);
            return i >= 0 ? Lists[i] : null;
        }

        private int IndexOf(string key)
        {
            if (_index is not null)
            {
                return _index.TryGetValue(key, out var i) ? i : -1;
            }
            for (var k = 0; k < Keys.Count; k++)
            {
                if (Keys[k] == key)
                {
                    return k;
                }
            }
            return -1;
        }
    }

    private static readonly List<string> NoFragments = [];

    private readonly record struct FieldsAndFragments(FieldMap FieldMap, List<string> FragmentNames);

    // A reason: a message, or the sub-conflicts of two fields' sub-selections.
    private sealed record ConflictReason(string ResponseName, string? Message, List<ConflictReason>? SubReasons);

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    // A compared (field map, fragment) or (fragment, fragment) pair: how it was compared, and whether that
    // comparison is over and clean (found nothing, and hit nothing but clean comparisons).
    private readonly record struct PairState(bool MutuallyExclusive, bool Clean);

    private sealed class ErrorLimitReached : Exception
    {
    }
}
