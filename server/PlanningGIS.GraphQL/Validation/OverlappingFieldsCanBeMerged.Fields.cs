using System.Collections;
using System.Text;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

// The comparisons of fields: two field maps, the pairs of fields sharing a response name, and
// whether two fields conflict (graphql-js findConflict), with the helpers it needs.
public sealed partial class OverlappingFieldsCanBeMerged
{
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
}
