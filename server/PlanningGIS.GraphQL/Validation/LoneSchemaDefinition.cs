using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>An SDL document defines the schema at most once. graphql-js LoneSchemaDefinitionRule.</summary>
public sealed class LoneSchemaDefinition(ValidationContext context) : ValidationRule(context)
{
    private bool _defined;

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind != NodeKind.SchemaDefinition)
        {
            return node.Kind == NodeKind.Document ? VisitAction.Continue : VisitAction.Skip;
        }
        if (_defined)
        {
            Context.ReportError("Must provide only one schema definition.", node);
        }
        _defined = true;
        return VisitAction.Skip;
    }
}
