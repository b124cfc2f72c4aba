using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Fragments On Composite Types (spec 5.5.1.3): fragments (inline or named) apply to objects,
/// interfaces or unions only. graphql-js FragmentsOnCompositeTypesRule.
/// </summary>
public sealed class FragmentsOnCompositeTypes(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.InlineFragment:
                if (((InlineFragmentNode)node).TypeCondition is { } typeCondition
                    && TypeComparators.TypeFromAst(Context.Schema, typeCondition) is { IsCompositeType: false })
                {
                    Context.ReportError($"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", typeCondition);
                }
                break;
            case NodeKind.FragmentDefinition:
                var fragment = (FragmentDefinitionNode)node;
                if (TypeComparators.TypeFromAst(Context.Schema, fragment.TypeCondition) is { IsCompositeType: false })
                {
                    Context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                        fragment.TypeCondition);
                }
                break;
        }
        return VisitAction.Continue;
    }
}
