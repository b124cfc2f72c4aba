using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Variables Are Input Types (spec 5.8.2): variables are scalars, enums or input objects (or lists /
/// non-null of them). graphql-js VariablesAreInputTypesRule.
/// </summary>
public sealed class VariablesAreInputTypes(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.VariableDefinition:
                var definition = (VariableDefinitionNode)node;
                if (TypeComparators.TypeFromAst(Context.Schema, definition.Type) is { IsInputType: false })
                {
                    Context.ReportError(
                        $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                        definition.Type);
                }
                return VisitAction.Skip;
            case NodeKind.SelectionSet:
            case NodeKind.FragmentDefinition:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }
}
