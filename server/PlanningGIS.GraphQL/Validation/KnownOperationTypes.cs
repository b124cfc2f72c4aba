using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Operation Type Existence (September 2025 edition, 5.2.1.x): the schema must define the root type of
/// every operation's kind. graphql-js 17 KnownOperationTypesRule (graphql@16 fails such a request at
/// execution instead); the message is graphql-js 17's.
/// </summary>
public sealed class KnownOperationTypes(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.OperationDefinition:
                var operation = (OperationDefinitionNode)node;
                if (Context.Schema.GetRootType(operation.Operation) is null)
                {
                    Context.ReportError($"The {Printer.OperationName(operation.Operation)} operation is not supported by the schema.", node);
                }
                return VisitAction.Skip;
            case NodeKind.FragmentDefinition:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }
}
