using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// A type extension extends a type defined in the document, of the same kind. Built-in scalars are
/// not in the document, so they cannot be extended (as graphql-js's buildASTSchema).
/// graphql-js PossibleTypeExtensionsRule.
/// </summary>
public sealed class PossibleTypeExtensions(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, TypeDefinitionOrExtensionNode>? _defined;

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node is not TypeDefinitionOrExtensionNode { IsExtension: true } extension)
        {
            return node.Kind == NodeKind.Document ? VisitAction.Continue : VisitAction.Skip;
        }
        var defined = _defined ??= DefinedTypes();
        var typeName = extension.Name.Value;
        if (defined.TryGetValue(typeName, out var definition))
        {
            if (KindWord(definition) != KindWord(extension))
            {
                Context.ReportError($"Cannot extend non-{KindWord(extension)} type \"{typeName}\".", definition, extension);
            }
        }
        else
        {
            var suggestions = Suggestions.List(typeName, defined.Keys);
            Context.ReportError($"Cannot extend type \"{typeName}\" because it is not defined." + Suggestions.DidYouMean(suggestions), extension.Name);
        }
        return VisitAction.Skip;
    }

    // The last definition of a name wins, in the first one's place, as graphql-js's keyed object (duplicates are UniqueTypeNames' error).
    private Dictionary<string, TypeDefinitionOrExtensionNode> DefinedTypes()
    {
        var defined = new Dictionary<string, TypeDefinitionOrExtensionNode>();
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is TypeDefinitionOrExtensionNode { IsExtension: false } type)
            {
                defined[type.Name.Value] = type;
            }
        }
        return defined;
    }

    internal static string KindWord(TypeDefinitionOrExtensionNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input object",
    };
}
