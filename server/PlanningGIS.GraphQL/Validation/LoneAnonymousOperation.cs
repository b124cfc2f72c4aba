using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Lone Anonymous Operation (spec 5.2.2.1): an anonymous operation must be the only operation.
/// graphql-js LoneAnonymousOperationRule.
/// </summary>
public sealed class LoneAnonymousOperation(ValidationContext context) : ValidationRule(context)
{
    private int _operationCount;

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.Document:
                foreach (var definition in ((DocumentNode)node).Definitions)
                {
                    if (definition.Kind == NodeKind.OperationDefinition)
                    {
                        _operationCount++;
                    }
                }
                break;
            case NodeKind.OperationDefinition:
                if (((OperationDefinitionNode)node).Name is null && _operationCount > 1)
                {
                    Context.ReportError("This anonymous operation must be the only defined operation.", node);
                }
                return VisitAction.Skip;
            case NodeKind.FragmentDefinition:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }
}
