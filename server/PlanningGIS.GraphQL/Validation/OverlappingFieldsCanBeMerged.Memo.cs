using System.Collections;
using System.Text;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

// The memo layer on top of graphql-js's caches: the pair caches' "clean" marks, structure ids
// (equal ids mean equal comparisons) and what is known not to conflict (see the class remarks).
public sealed partial class OverlappingFieldsCanBeMerged
{
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
}
