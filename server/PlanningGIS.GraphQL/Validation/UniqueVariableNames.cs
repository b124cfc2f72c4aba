using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>Variable Uniqueness (spec 5.8.1). graphql-js UniqueVariableNamesRule.</summary>
public sealed class UniqueVariableNames(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.OperationDefinition:
                foreach (var (name, nodes) in ValidationUtil.GroupByName(((OperationDefinitionNode)node).VariableDefinitions, d => d.Variable.Name))
                {
                    if (nodes.Count > 1)
                    {
                        Context.ReportError($"There can be only one variable named \"${name}\".", [.. nodes]);
                    }
                }
                return VisitAction.Skip;
            case NodeKind.FragmentDefinition:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }
}
