using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>An enum value is defined once across the enum and its extensions. graphql-js UniqueEnumValueNamesRule.</summary>
public sealed class UniqueEnumValueNames(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        var values = node switch
        {
            EnumTypeDefinitionNode definition => definition.Values,
            EnumTypeExtensionNode extension => extension.Values,
            _ => null,
        };
        if (values is null)
        {
            return node.Kind == NodeKind.Document ? VisitAction.Continue : VisitAction.Skip;
        }
        var typeName = ((TypeDefinitionOrExtensionNode)node).Name.Value;
        if (!_known.TryGetValue(typeName, out var known))
        {
            _known[typeName] = known = new Dictionary<string, NameNode>();
        }
        foreach (var value in values)
        {
            if (known.TryGetValue(value.Name.Value, out var first))
            {
                Context.ReportError($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", first, value.Name);
            }
            else
            {
                known[value.Name.Value] = value.Name;
            }
        }
        return VisitAction.Skip;
    }
}
