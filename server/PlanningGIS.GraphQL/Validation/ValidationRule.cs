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

/// <summary>Creates a rule's visitor for one validation run.</summary>
public delegate ValidationRule ValidationRuleFactory(ValidationContext context);
