using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Validates schema documents (SDL) before a schema is built from them: graphql-js validateSDL with
/// its <c>specifiedSDLRules</c>, in that order. The rules shared with executable documents
/// (directives and their arguments) see a schema that has only the built-in directives, as
/// graphql-js's SDL context without a schema does.
/// </summary>
public static class SdlValidator
{
    public static IReadOnlyList<ValidationRuleFactory> SpecifiedSdlRules { get; } =
    [
        ctx => new LoneSchemaDefinition(ctx),
        ctx => new UniqueOperationTypes(ctx),
        ctx => new UniqueTypeNames(ctx),
        ctx => new UniqueEnumValueNames(ctx),
        ctx => new UniqueFieldDefinitionNames(ctx),
        ctx => new UniqueArgumentDefinitionNames(ctx),
        ctx => new UniqueDirectiveNames(ctx),
        ctx => new KnownTypeNames(ctx),
        ctx => new KnownDirectives(ctx),
        ctx => new UniqueDirectivesPerLocation(ctx),
        ctx => new PossibleTypeExtensions(ctx),
        ctx => new KnownArgumentNames(ctx),
        ctx => new UniqueArgumentNames(ctx),
        ctx => new UniqueInputFieldNames(ctx),
        ctx => new ProvidedRequiredArguments(ctx),
    ];

    private static readonly Lazy<Schema> BuiltInsOnly = new(() =>
        new Schema(null, null, null, [], DirectiveDefinition.SpecifiedDirectives, null));

    /// <summary>The errors of the documents taken together (a type or directive may be defined in one and used in another).</summary>
    public static List<GraphQLError> Validate(IReadOnlyList<DocumentNode> documents)
    {
        var document = documents.Count == 1
            ? documents[0]
            : new DocumentNode { Definitions = documents.SelectMany(d => d.Definitions).ToList() };
        return [.. DocumentValidator.Validate(BuiltInsOnly.Value, document, SpecifiedSdlRules)];
    }
}
