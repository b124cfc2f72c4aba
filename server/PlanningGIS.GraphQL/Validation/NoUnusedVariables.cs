using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// All Variables Used (spec 5.8.4): every variable an operation defines is used by it, directly or in
/// the fragments it uses. graphql-js NoUnusedVariablesRule.
/// </summary>
public sealed class NoUnusedVariables(ValidationContext context) : OperationRule(context)
{
    protected override void Check(OperationDefinitionNode operation)
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
