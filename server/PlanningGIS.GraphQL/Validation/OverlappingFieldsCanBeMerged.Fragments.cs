using System.Collections;
using System.Text;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

// The comparisons that walk fragments: a field map against a fragment, two fragments, and the
// sub-selections of two fields (graphql-js (D)-(J)); each is a step of the explicit stack.
public sealed partial class OverlappingFieldsCanBeMerged
{
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
}
