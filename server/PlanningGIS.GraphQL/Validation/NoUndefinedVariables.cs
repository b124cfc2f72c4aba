using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// All Variable Uses Defined (spec 5.8.3): every variable used by an operation, directly or in the
/// fragments it uses, is defined by that operation. graphql-js NoUndefinedVariablesRule.
/// </summary>
public sealed class NoUndefinedVariables(ValidationContext context) : OperationRule(context)
{
    protected override void Check(OperationDefinitionNode operation)
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
