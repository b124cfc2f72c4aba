using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>Validates an executable document against a schema (graphql-js validate).</summary>
public static class DocumentValidator
{
    /// <summary>Validation stops after this many errors (as graphql-js maxErrors).</summary>
    public const int MaxErrors = 100;

    /// <summary>The specification's rules, in the spec's order. Filled in as rules are written.</summary>
    public static IReadOnlyList<ValidationRuleFactory> SpecifiedRules { get; } = SpecifiedRulesList.All;

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<ValidationRuleFactory>? rules = null)
    {
        rules ??= SpecifiedRules;
        var errors = new List<GraphQLError>();
        if (rules.Count == 0)
        {
            return errors;
        }
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors);
        var visitors = new AstVisitor[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            visitors[i] = rules[i](context);
        }
        AstWalker.Walk(document, new TypeInfoVisitor(typeInfo, new ErrorLimitVisitor(new ParallelVisitor(visitors), errors)));
        if (errors.Count > MaxErrors)
        {
            errors.RemoveRange(MaxErrors, errors.Count - MaxErrors);
            errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed }));
        }
        return errors;
    }

    // Breaks the traversal once too many errors were reported (protects against huge hostile documents).
    private sealed class ErrorLimitVisitor(AstVisitor inner, List<GraphQLError> errors) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors) =>
            errors.Count > MaxErrors ? VisitAction.Break : inner.Enter(node, ancestors);

        public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors) =>
            errors.Count > MaxErrors ? VisitAction.Break : inner.Leave(node, ancestors);
    }
}
