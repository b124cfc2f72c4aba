using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// All Variable Uses Defined (spec 5.8.3): every variable used by an operation, directly or in the
/// fragments it uses, is defined by that operation. graphql-js NoUndefinedVariablesRule.
/// </summary>
public sealed class NoUndefinedVariables(ValidationContext context) : ValidationRule(context)
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
        var usages = Context.GetRecursiveVariableUsages(operation);
        if (usages.Count == 0)
        {
            return;
        }
        var defined = new HashSet<string>();
        foreach (var definition in operation.VariableDefinitions)
        {
            defined.Add(definition.Variable.Name.Value);
        }
        foreach (var usage in usages)
        {
            var varName = usage.Node.Name.Value;
            if (!defined.Contains(varName))
            {
                Context.ReportError(
                    operation.Name is { } name
                        ? $"Variable \"${varName}\" is not defined by operation \"{name.Value}\"."
                        : $"Variable \"${varName}\" is not defined.",
                    usage.Node, operation);
            }
        }
    }
}
