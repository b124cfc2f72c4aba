using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Fragment Spread Is Possible (spec 5.5.2.3): a fragment's type and the parent type have a possible
/// object type in common. graphql-js PossibleFragmentSpreadsRule.
/// </summary>
public sealed class PossibleFragmentSpreads(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NamedType?> _fragmentTypes = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.InlineFragment:
            {
                if (Context.TypeInfo.Type is NamedType { IsCompositeType: true } fragType
                    && Context.TypeInfo.ParentType is { IsCompositeType: true } parentType
                    && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
                {
                    Context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".",
                        node);
                }
                break;
            }
            case NodeKind.FragmentSpread:
            {
                var fragName = ((FragmentSpreadNode)node).Name.Value;
                if (FragmentType(fragName) is { } fragType
                    && Context.TypeInfo.ParentType is { } parentType
                    && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
                {
                    Context.ReportError(
                        $"Fragment \"{fragName}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".",
                        node);
                }
                break;
            }
        }
        return VisitAction.Continue;
    }

    private NamedType? FragmentType(string name)
    {
        if (!_fragmentTypes.TryGetValue(name, out var type))
        {
            type = Context.GetFragment(name) is { } fragment
                && TypeComparators.TypeFromAst(Context.Schema, fragment.TypeCondition) is NamedType { IsCompositeType: true } named
                ? named
                : null;
            _fragmentTypes[name] = type;
        }
        return type;
    }
}
