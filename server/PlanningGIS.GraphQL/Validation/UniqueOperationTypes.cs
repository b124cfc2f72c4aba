using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Each operation has one root type, across the schema definition and its extensions.
/// graphql-js UniqueOperationTypesRule.
/// </summary>
public sealed class UniqueOperationTypes(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        var operationTypes = node switch
        {
            SchemaDefinitionNode definition => definition.OperationTypes,
            SchemaExtensionNode extension => extension.OperationTypes,
            _ => null,
        };
        if (operationTypes is null)
        {
            return node.Kind == NodeKind.Document ? VisitAction.Continue : VisitAction.Skip;
        }
        foreach (var operationType in operationTypes)
        {
            if (_defined.TryGetValue(operationType.Operation, out var first))
            {
                var operation = operationType.Operation.ToString().ToLowerInvariant();
                Context.ReportError($"There can be only one {operation} type in schema.", first, operationType);
            }
            else
            {
                _defined[operationType.Operation] = operationType;
            }
        }
        return VisitAction.Skip;
    }
}
