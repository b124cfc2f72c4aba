using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>Fields of one response key: the merged field nodes and their definition on the runtime type.</summary>
public sealed class FieldGroup
{
    private IReadOnlyDictionary<string, object?>? _arguments;

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

    // Arguments depend only on the field node and the request's variables: coerce once per request.
    internal IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables) =>
        _arguments ??= ArgumentCoercion.GetArgumentValues(Definition.Arguments, Nodes[0], Nodes[0].Arguments, variables);
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
    public static List<FieldGroup> Collect(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        NamedType type,
        IReadOnlyList<FieldNode> fieldNodes)
    {
        var groups = new List<FieldGroup>();
        var index = new Dictionary<string, int>();
        HashSet<string>? visitedFragments = null;
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } set)
            {
                CollectInto(schema, fragments, variables, type, set, groups, index, ref visitedFragments);
            }
        }
        return groups;
    }

    public static List<FieldGroup> CollectRoot(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ObjectType type,
        SelectionSetNode selectionSet)
    {
        var groups = new List<FieldGroup>();
        var index = new Dictionary<string, int>();
        HashSet<string>? visitedFragments = null;
        CollectInto(schema, fragments, variables, type, selectionSet, groups, index, ref visitedFragments);
        return groups;
    }

    private static void CollectInto(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        NamedType type,
        SelectionSetNode selectionSet,
        List<FieldGroup> groups,
        Dictionary<string, int> index,
        ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(selection.Directives, variables))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (index.TryGetValue(key, out var at))
                    {
                        groups[at].Nodes.Add(field);
                    }
                    else if (TypeInfo.GetFieldDef(schema, type, field.Name.Value) is { } definition)
                    {
                        index[key] = groups.Count;
                        var group = new FieldGroup(key, definition, type);
                        group.Nodes.Add(field);
                        groups.Add(group);
                    }
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || ConditionMatches(schema, inline.TypeCondition, type))
                    {
                        CollectInto(schema, fragments, variables, type, inline.SelectionSet, groups, index, ref visitedFragments);
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
                        CollectInto(schema, fragments, variables, type, fragment.SelectionSet, groups, index, ref visitedFragments);
                    }
                    break;
            }
        }
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
