namespace PlanningGIS.GraphQL.Language;

public sealed record ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>Abort when the document has more tokens than this (graphql-js maxTokens). Null: no limit.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// Maximum nesting of selection sets, list/object values and list types. The parser is recursive;
    /// this keeps hostile input from overflowing the stack (here and in every later recursive walk).
    /// </summary>
    public int MaxDepth { get; init; } = 200;
}
