using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// A type is defined once (extensions aside). Built-in scalars may be redefined: the SDL
/// definition then names the standard type, as in graphql-js. graphql-js UniqueTypeNamesRule.
/// </summary>
public sealed class UniqueTypeNames(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node is not TypeDefinitionOrExtensionNode { IsExtension: false } definition)
        {
            return node.Kind == NodeKind.Document ? VisitAction.Continue : VisitAction.Skip;
        }
        var name = definition.Name.Value;
        if (_known.TryGetValue(name, out var first))
        {
            Context.ReportError($"There can be only one type named \"{name}\".", first, definition.Name);
        }
        else
        {
            _known[name] = definition.Name;
        }
        return VisitAction.Skip;
    }
}
