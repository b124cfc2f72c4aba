using System.Collections;
using System.Text;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

// The fields and fragment names of a selection set (graphql-js getFieldsAndFragmentNames) and the
// types the rule works with.
public sealed partial class OverlappingFieldsCanBeMerged
{
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
