using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Directives Are Defined / In Valid Locations (spec 5.7.1, 5.7.2). graphql-js KnownDirectivesRule.
/// </summary>
public sealed class KnownDirectives : ValidationRule
{
    private readonly Dictionary<string, IReadOnlyList<DirectiveLocation>> _locations = new();

    public KnownDirectives(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _locations[directive.Name] = directive.Locations;
        }
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                var locations = new List<DirectiveLocation>();
                foreach (var location in directiveDefinition.Locations)
                {
                    if (Enum.TryParse<DirectiveLocation>(location.Value, ignoreCase: false, out var parsed))
                    {
                        locations.Add(parsed);
                    }
                }
                _locations[directiveDefinition.Name.Value] = locations;
            }
        }
    }

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind != NodeKind.Directive)
        {
            return VisitAction.Continue;
        }
        var name = ((DirectiveNode)node).Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            Context.ReportError($"Unknown directive \"@{name}\".", node);
            return VisitAction.Continue;
        }
        if (LocationFor(ancestors) is { } candidate && !locations.Contains(candidate))
        {
            Context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", node);
        }
        return VisitAction.Continue;
    }

    private static DirectiveLocation? LocationFor(IReadOnlyList<AstNode> ancestors)
    {
        if (ancestors.Count == 0)
        {
            return null;
        }
        return ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.QUERY,
                OperationType.Mutation => DirectiveLocation.MUTATION,
                _ => DirectiveLocation.SUBSCRIPTION,
            },
            FieldNode => DirectiveLocation.FIELD,
            FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
            InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
            FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
            VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.SCHEMA,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.SCALAR,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.OBJECT,
            FieldDefinitionNode => DirectiveLocation.FIELD_DEFINITION,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.INTERFACE,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.UNION,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.ENUM,
            EnumValueDefinitionNode => DirectiveLocation.ENUM_VALUE,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.INPUT_OBJECT,
            // As graphql-js: only a field of an input object *definition* is an input field definition.
            InputValueDefinitionNode => ancestors.Count >= 2 && ancestors[^2] is InputObjectTypeDefinitionNode
                ? DirectiveLocation.INPUT_FIELD_DEFINITION
                : DirectiveLocation.ARGUMENT_DEFINITION,
            _ => null,
        };
    }
}
