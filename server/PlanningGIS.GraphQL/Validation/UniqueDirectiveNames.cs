using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// A directive is defined once. A built-in one (@deprecated, say) may be defined in SDL: the
/// definition then replaces it, as in graphql-js. graphql-js UniqueDirectiveNamesRule.
/// </summary>
public sealed class UniqueDirectiveNames(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node is not DirectiveDefinitionNode directive)
        {
            return node.Kind == NodeKind.Document ? VisitAction.Continue : VisitAction.Skip;
        }
        var name = directive.Name.Value;
        if (_known.TryGetValue(name, out var first))
        {
            Context.ReportError($"There can be only one directive named \"@{name}\".", first, directive.Name);
        }
        else
        {
            _known[name] = directive.Name;
        }
        return VisitAction.Skip;
    }
}
