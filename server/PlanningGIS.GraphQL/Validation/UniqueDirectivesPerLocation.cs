using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Directives Are Unique Per Location (spec 5.7.3): a non-repeatable directive is used at most once
/// at a location. graphql-js UniqueDirectivesPerLocationRule.
/// </summary>
public sealed class UniqueDirectivesPerLocation : ValidationRule
{
    // Directive name -> true when it is not repeatable (only those need checking).
    private readonly Dictionary<string, bool> _unique = new();
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new();
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new();

    public UniqueDirectivesPerLocation(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _unique[directive.Name] = !directive.IsRepeatable;
        }
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                _unique[directiveDefinition.Name.Value] = !directiveDefinition.Repeatable;
            }
        }
    }

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node is not IHasDirectives { Directives: { Count: > 0 } directives })
        {
            return VisitAction.Continue;
        }
        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives;
                break;
            case TypeDefinitionOrExtensionNode type:
                if (!_typeDirectives.TryGetValue(type.Name.Value, out seen!))
                {
                    _typeDirectives[type.Name.Value] = seen = new Dictionary<string, DirectiveNode>();
                }
                break;
            default:
                if (directives.Count < 2)
                {
                    return VisitAction.Continue; // a single directive cannot repeat
                }
                seen = new Dictionary<string, DirectiveNode>();
                break;
        }
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_unique.TryGetValue(name, out var unique) || !unique)
            {
                continue;
            }
            if (seen.TryGetValue(name, out var first))
            {
                Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
        return VisitAction.Continue;
    }
}
