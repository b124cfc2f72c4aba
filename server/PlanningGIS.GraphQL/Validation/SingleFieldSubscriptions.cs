using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Single Root Field (spec 5.2.3.1): a subscription selects exactly one top-level field, which is not
/// an introspection field, and (September 2025 edition) its top-level selection uses no @skip or
/// @include. graphql-js SingleFieldSubscriptionsRule, with graphql-js 17's message for the directives.
/// </summary>
public sealed class SingleFieldSubscriptions(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.OperationDefinition:
                var operation = (OperationDefinitionNode)node;
                if (operation.Operation == OperationType.Subscription && Context.Schema.SubscriptionType is { } subscriptionType)
                {
                    Check(operation, subscriptionType);
                }
                return VisitAction.Skip;
            case NodeKind.FragmentDefinition:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }

    private void Check(OperationDefinitionNode operation, ObjectType subscriptionType)
    {
        var who = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";

        var conditionals = new List<AstNode>();
        CollectConditionals(operation.SelectionSet, new HashSet<string>(), conditionals);
        if (conditionals.Count > 0)
        {
            Context.ReportError($"{who} must not use `@skip` or `@include` directives in the top level selection.", [.. conditionals]);
            return;
        }

        // graphql-js collectFields with no variables (no @skip/@include is left at this level).
        var fields = new Dictionary<string, List<AstNode>>();
        var order = new List<string>();
        CollectFields(subscriptionType, operation.SelectionSet, fields, order, new HashSet<string>());
        if (order.Count > 1)
        {
            var extra = new List<AstNode>();
            for (var i = 1; i < order.Count; i++)
            {
                extra.AddRange(fields[order[i]]);
            }
            Context.ReportError($"{who} must select only one top level field.", [.. extra]);
        }
        foreach (var key in order)
        {
            var fieldNodes = fields[key];
            if (((FieldNode)fieldNodes[0]).Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.ReportError($"{who} must not select an introspection top level field.", [.. fieldNodes]);
            }
        }
    }

    // The @skip/@include directives of the top-level selection, through inline fragments and fragments
    // (depth first, in document order; each fragment once). Iterative: fragment chains can be long.
    private void CollectConditionals(SelectionSetNode root, HashSet<string> seenFragments, List<AstNode> found)
    {
        var stack = new Stack<(SelectionSetNode Set, int Index)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (set, index) = stack.Pop();
            if (index >= set.Selections.Count)
            {
                continue;
            }
            stack.Push((set, index + 1));
            var selection = set.Selections[index];
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    found.Add(directive);
                }
            }
            switch (selection)
            {
                case InlineFragmentNode inline:
                    stack.Push((inline.SelectionSet, 0));
                    break;
                case FragmentSpreadNode spread when seenFragments.Add(spread.Name.Value):
                    if (Context.GetFragment(spread.Name.Value) is { } fragment)
                    {
                        stack.Push((fragment.SelectionSet, 0));
                    }
                    break;
            }
        }
    }

    // graphql-js collectFields (iterative, same order).
    private void CollectFields(ObjectType runtimeType, SelectionSetNode root, Dictionary<string, List<AstNode>> fields,
        List<string> order, HashSet<string> visitedFragments)
    {
        var stack = new Stack<(SelectionSetNode Set, int Index)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (set, index) = stack.Pop();
            if (index >= set.Selections.Count)
            {
                continue;
            }
            stack.Push((set, index + 1));
            switch (set.Selections[index])
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = new List<AstNode>();
                        order.Add(key);
                    }
                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (ConditionMatches(inline.TypeCondition, runtimeType))
                    {
                        stack.Push((inline.SelectionSet, 0));
                    }
                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value)
                        && Context.GetFragment(spread.Name.Value) is { } fragment
                        && ConditionMatches(fragment.TypeCondition, runtimeType))
                    {
                        stack.Push((fragment.SelectionSet, 0));
                    }
                    break;
            }
        }
    }

    private bool ConditionMatches(NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }
        var conditionalType = TypeComparators.TypeFromAst(Context.Schema, typeCondition) as NamedType;
        if (ReferenceEquals(conditionalType, type))
        {
            return true;
        }
        return conditionalType is not null && conditionalType.IsAbstractType && Context.Schema.IsSubType(conditionalType, type);
    }
}
