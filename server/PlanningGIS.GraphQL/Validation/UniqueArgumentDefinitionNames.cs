using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// The arguments of a field or directive definition have distinct names (input object fields are
/// <see cref="UniqueFieldDefinitionNames"/>'s). graphql-js UniqueArgumentDefinitionNamesRule.
/// </summary>
public sealed class UniqueArgumentDefinitionNames(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node)
        {
            case DocumentNode:
                return VisitAction.Continue;
            case DirectiveDefinitionNode directive:
                Check($"@{directive.Name.Value}", directive.Arguments);
                break;
            case FieldsTypeNode type:
                foreach (var field in type.Fields)
                {
                    Check($"{type.Name.Value}.{field.Name.Value}", field.Arguments);
                }
                break;
        }
        return VisitAction.Skip;
    }

    private void Check(string parent, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var (name, nodes) in ValidationUtil.GroupByName(arguments, a => a.Name))
        {
            if (nodes.Count > 1)
            {
                Context.ReportError($"Argument \"{parent}({name}:)\" can only be defined once.", [.. nodes]);
            }
        }
    }
}
