using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL;

/// <summary>
/// A document as <see cref="GraphQLService.Prepare"/> leaves it: parsed (null when it is too large or
/// not GraphQL) and validated. A transport can look at the parsed operation before running it (an HTTP
/// GET must refuse a mutation even when the document is invalid), then hand it to
/// <see cref="GraphQLService.ExecuteAsync(PreparedDocument, string?, IReadOnlyDictionary{string, object?}?, Execution.RequestContext?)"/>.
/// </summary>
public sealed class PreparedDocument(DocumentNode? parsed, IReadOnlyList<GraphQLError> errors)
{
    /// <summary>The parsed document, valid or not; null after a size or syntax error.</summary>
    public DocumentNode? Parsed { get; } = parsed;

    /// <summary>Why the document cannot run: size, syntax or validation errors; empty when it can.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    /// <summary>The document to execute: parsed and valid, else null.</summary>
    public DocumentNode? Document => Errors.Count == 0 ? Parsed : null;
}
