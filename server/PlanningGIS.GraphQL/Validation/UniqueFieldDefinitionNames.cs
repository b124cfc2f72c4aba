using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// A field of an object, interface or input object is defined once across the type and its
/// extensions. graphql-js UniqueFieldDefinitionNamesRule.
/// </summary>
public sealed class UniqueFieldDefinitionNames(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        IEnumerable<NameNode>? names = node switch
        {
            FieldsTypeNode type => type.Fields.Select(f => f.Name),
            InputObjectTypeDefinitionNode input => input.Fields.Select(f => f.Name),
            InputObjectTypeExtensionNode input => input.Fields.Select(f => f.Name),
            _ => null,
        };
        if (names is null)
        {
            return node.Kind == NodeKind.Document ? VisitAction.Continue : VisitAction.Skip;
        }
        var typeName = ((TypeDefinitionOrExtensionNode)node).Name.Value;
        if (!_known.TryGetValue(typeName, out var known))
        {
            _known[typeName] = known = new Dictionary<string, NameNode>();
        }
        foreach (var name in names)
        {
            if (known.TryGetValue(name.Value, out var first))
            {
                Context.ReportError($"Field \"{typeName}.{name.Value}\" can only be defined once.", first, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }
        return VisitAction.Skip;
    }
}
