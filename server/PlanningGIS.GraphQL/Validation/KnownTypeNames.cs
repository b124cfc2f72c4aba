using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Fragment Spread Type Existence / Variables Are Input Types prerequisite (spec 5.5.1.2): every type
/// named in the document exists in the schema. graphql-js KnownTypeNamesRule.
/// </summary>
public sealed class KnownTypeNames(ValidationContext context) : ValidationRule(context)
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private HashSet<string>? _definedTypes;

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind != NodeKind.NamedType)
        {
            return VisitAction.Continue;
        }
        var typeName = ((NamedTypeNode)node).Name.Value;
        if (Context.Schema.GetType(typeName) is not null || DefinedTypes().Contains(typeName))
        {
            return VisitAction.Continue;
        }
        // graphql-js: ancestors[2] ?? parent, i.e. the top-level definition the name is in.
        var definitionNode = ancestors.Count > 1 ? ancestors[1] : ancestors.Count > 0 ? ancestors[^1] : null;
        var isSdl = definitionNode is TypeSystemNode or DirectiveDefinitionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
        {
            return VisitAction.Continue;
        }
        var typeNames = Context.Schema.Types.Select(t => t.Name).Concat(DefinedTypeNames());
        var suggestions = Suggestions.List(typeName, isSdl ? StandardTypeNames.Concat(typeNames) : typeNames);
        Context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
        return VisitAction.Continue;
    }

    private HashSet<string> DefinedTypes()
    {
        if (_definedTypes is null)
        {
            _definedTypes = new HashSet<string>();
            foreach (var name in DefinedTypeNames())
            {
                _definedTypes.Add(name);
            }
        }
        return _definedTypes;
    }

    // Type definitions (not extensions) in the document, in document order.
    private IEnumerable<string> DefinedTypeNames() => Context.Document.Definitions
        .OfType<TypeDefinitionOrExtensionNode>()
        .Where(d => !d.IsExtension)
        .Select(d => d.Name.Value);
}
