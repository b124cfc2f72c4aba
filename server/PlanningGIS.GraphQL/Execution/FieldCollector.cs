using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// Fields of one response key: the merged field nodes and their definition on the runtime type.
/// A group of an <see cref="OperationPlan"/> is shared by concurrent executions, so it holds no
/// per-request state: its argument cache is keyed by the request's variables.
/// </summary>
public sealed class FieldGroup
{
    private CoercedArguments? _arguments;

    internal FieldGroup(string responseKey, FieldDefinition definition, NamedType parentType)
    {
        ResponseKey = responseKey;
        Definition = definition;
        ParentType = parentType;
    }

    /// <summary>The type the fields were collected for (the runtime object type during execution).</summary>
    public NamedType ParentType { get; }

    public string ResponseKey { get; }

    public FieldDefinition Definition { get; }

    public string Name => Definition.Name;

    /// <summary>All field nodes merged under this response key (first one decides the arguments).</summary>
    public List<FieldNode> Nodes { get; } = new(1);

    /// <summary>Part of an <see cref="OperationPlan"/>: shared between executions.</summary>
    internal bool Shared { get; set; }

    /// <summary>How many object levels below the root the field is (0 for root fields).</summary>
    internal int Depth { get; set; }

    // Arguments depend only on the field node and the variables: coerced once per set of
    // variables (once ever for an operation without variables, whose variables are one shared
    // empty dictionary), not once per list item.
    internal IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (Definition.Arguments.Count == 0)
        {
            return ArgumentCoercion.NoValues;
        }
        if (Volatile.Read(ref _arguments) is { } cached && ReferenceEquals(cached.Variables, variables))
        {
            return cached.Values;
        }
        var values = ArgumentCoercion.GetArgumentValues(Definition.Arguments, Nodes[0], Nodes[0].Arguments, variables);
        Volatile.Write(ref _arguments, new CoercedArguments(variables, values));
        return values;
    }

    private sealed record CoercedArguments(IReadOnlyDictionary<string, object?> Variables, IReadOnlyDictionary<string, object?> Values);
}

/// <summary>
/// CollectFields of the spec: the fields of a selection set for a runtime object type, with
/// @skip/@include applied and fragments expanded, grouped by response key in selection order.
/// </summary>
internal static class FieldCollector
{
    /// <summary>
    /// Collects for <paramref name="type"/>. When the type is abstract (look-ahead below an interface
    /// or union field), every fragment whose condition could apply is included.
    /// </summary>
    /// <remarks><paramref name="conditional"/>: whether a @skip/@include was met, so that the result may depend on variables.</remarks>
    public static List<FieldGroup> Collect(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        NamedType type,
        IReadOnlyList<FieldNode> fieldNodes,
        out bool conditional)
    {
        var groups = new List<FieldGroup>();
        Dictionary<string, int>? index = null;
        HashSet<string>? visitedFragments = null;
        conditional = false;
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } set)
            {
                CollectInto(schema, fragments, variables, type, set, groups, ref index, ref visitedFragments, ref conditional);
            }
        }
        return groups;
    }

    public static List<FieldGroup> CollectRoot(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ObjectType type,
        SelectionSetNode selectionSet,
        out bool conditional)
    {
        var groups = new List<FieldGroup>();
        Dictionary<string, int>? index = null;
        HashSet<string>? visitedFragments = null;
        conditional = false;
        CollectInto(schema, fragments, variables, type, selectionSet, groups, ref index, ref visitedFragments, ref conditional);
        return groups;
    }

    private static void CollectInto(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        NamedType type,
        SelectionSetNode selectionSet,
        List<FieldGroup> groups,
        ref Dictionary<string, int>? index,
        ref HashSet<string>? visitedFragments,
        ref bool conditional)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0)
            {
                conditional = true;
                if (!ShouldInclude(selection.Directives, variables))
                {
                    continue;
                }
            }
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    var at = IndexOf(groups, index, key);
                    if (at >= 0)
                    {
                        groups[at].Nodes.Add(field);
                    }
                    else if (TypeInfo.GetFieldDef(schema, type, field.Name.Value) is { } definition)
                    {
                        var group = new FieldGroup(key, definition, type);
                        group.Nodes.Add(field);
                        groups.Add(group);
                        if (index is not null || groups.Count > SearchLimit)
                        {
                            index ??= IndexGroups(groups);
                            index[key] = groups.Count - 1;
                        }
                    }
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || ConditionMatches(schema, inline.TypeCondition, type))
                    {
                        CollectInto(schema, fragments, variables, type, inline.SelectionSet, groups, ref index, ref visitedFragments, ref conditional);
                    }
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= [];
                    if (!visitedFragments.Add(name) || !fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }
                    if (ConditionMatches(schema, fragment.TypeCondition, type))
                    {
                        CollectInto(schema, fragments, variables, type, fragment.SelectionSet, groups, ref index, ref visitedFragments, ref conditional);
                    }
                    break;
            }
        }
    }

    // Most selection sets are small: a linear search over the response keys beats a dictionary
    // until there are more than this many.
    private const int SearchLimit = 16;

    private static int IndexOf(List<FieldGroup> groups, Dictionary<string, int>? index, string key)
    {
        if (index is not null)
        {
            return index.TryGetValue(key, out var at) ? at : -1;
        }
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].ResponseKey == key)
            {
                return i;
            }
        }
        return -1;
    }

    private static Dictionary<string, int> IndexGroups(List<FieldGroup> groups)
    {
        var index = new Dictionary<string, int>(groups.Count * 2);
        for (var i = 0; i < groups.Count; i++)
        {
            index[groups[i].ResponseKey] = i;
        }
        return index;
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode condition, NamedType type)
    {
        var conditionType = schema.GetType(condition.Name.Value);
        if (conditionType is null)
        {
            return false;
        }
        if (conditionType == type)
        {
            return true;
        }
        return type is ObjectType
            ? conditionType.IsAbstractType && schema.IsSubType(conditionType, type)
            : TypeComparators.DoTypesOverlap(schema, conditionType, type);
    }

    /// <summary>@skip(if:) and @include(if:) on a selection.</summary>
    public static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }
            var definition = name == "skip" ? DirectiveDefinition.Skip : DirectiveDefinition.Include;
            var args = ArgumentCoercion.GetArgumentValues(definition.Arguments, directive, directive.Arguments, variables);
            if (args.TryGetValue("if", out var value) && value is bool condition && condition == (name == "skip"))
            {
                return false;
            }
        }
        return true;
    }
}
