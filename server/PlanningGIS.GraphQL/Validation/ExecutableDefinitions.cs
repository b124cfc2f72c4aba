using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Executable Definitions (spec 5.1.1): a document sent for execution contains only operations and
/// fragments. graphql-js ExecutableDefinitionsRule.
/// </summary>
public sealed class ExecutableDefinitions(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node is DocumentNode document)
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }
                var defName = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionOrExtensionNode type => "\"" + type.Name.Value + "\"",
                    DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                    _ => "\"\"",
                };
                Context.ReportError($"The {defName} definition is not executable.", definition);
            }
        }
        return VisitAction.Skip;
    }
}
