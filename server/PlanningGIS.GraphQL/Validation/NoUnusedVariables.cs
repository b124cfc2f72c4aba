using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// All Variables Used (spec 5.8.4): every variable an operation defines is used by it, directly or in
/// the fragments it uses. graphql-js NoUnusedVariablesRule.
/// </summary>
public sealed class NoUnusedVariables(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        // Only the operation itself is of interest (checked when it is left, as graphql-js does).
        return node.Kind is NodeKind.OperationDefinition or NodeKind.Document ? VisitAction.Continue : VisitAction.Skip;
    }

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind == NodeKind.OperationDefinition)
        {
            Check((OperationDefinitionNode)node);
        }
        return VisitAction.Continue;
    }

    private void Check(OperationDefinitionNode operation)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return;
        }
        var used = new HashSet<string>();
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            used.Add(usage.Node.Name.Value);
        }
        foreach (var definition in operation.VariableDefinitions)
        {
            var variableName = definition.Variable.Name.Value;
            if (!used.Contains(variableName))
            {
                Context.ReportError(
                    operation.Name is { } name
                        ? $"Variable \"${variableName}\" is never used in operation \"{name.Value}\"."
                        : $"Variable \"${variableName}\" is never used.",
                    definition);
            }
        }
    }
}
