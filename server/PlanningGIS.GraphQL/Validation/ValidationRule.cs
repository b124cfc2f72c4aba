using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// A validation rule is a visitor created once per validation run (it may keep per-document
/// state in fields). All rules run in parallel over a single traversal; the context's TypeInfo
/// is already updated when Enter is called and still valid in Leave.
/// </summary>
/// <example>
/// <code>
/// public sealed class LoneAnonymousOperation(ValidationContext context) : ValidationRule(context)
/// {
///     public override VisitAction Enter(AstNode node, IReadOnlyList&lt;AstNode&gt; ancestors) { ...; return VisitAction.Continue; }
/// }
/// </code>
/// </example>
public abstract class ValidationRule(ValidationContext context) : AstVisitor
{
    protected ValidationContext Context { get; } = context;
}

/// <summary>
/// A rule that checks each operation as a whole, with the fragments it uses: it skips everything
/// else and checks the operation when it is left, as graphql-js does.
/// </summary>
public abstract class OperationRule(ValidationContext context) : ValidationRule(context)
{
    public sealed override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors) =>
        node.Kind is NodeKind.OperationDefinition or NodeKind.Document ? VisitAction.Continue : VisitAction.Skip;

    public sealed override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind == NodeKind.OperationDefinition)
        {
            Check((OperationDefinitionNode)node);
        }
        return VisitAction.Continue;
    }

    protected abstract void Check(OperationDefinitionNode operation);
}

/// <summary>Creates a rule's visitor for one validation run.</summary>
public delegate ValidationRule ValidationRuleFactory(ValidationContext context);
