using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>Fragment Spread Target Defined (spec 5.5.2.1). graphql-js KnownFragmentNamesRule.</summary>
public sealed class KnownFragmentNames(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind == NodeKind.FragmentSpread)
        {
            var name = ((FragmentSpreadNode)node).Name;
            if (Context.GetFragment(name.Value) is null)
            {
                Context.ReportError($"Unknown fragment \"{name.Value}\".", name);
            }
        }
        return VisitAction.Continue;
    }
}
