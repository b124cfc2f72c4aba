using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Fragments Must Be Used (spec 5.5.1.4): every fragment is used by some operation, directly or
/// through other fragments. graphql-js NoUnusedFragmentsRule.
/// </summary>
public sealed class NoUnusedFragments(ValidationContext context) : ValidationRule(context)
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.OperationDefinition:
                _operations.Add((OperationDefinitionNode)node);
                return VisitAction.Skip;
            case NodeKind.FragmentDefinition:
                _fragments.Add((FragmentDefinitionNode)node);
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind != NodeKind.Document || _fragments.Count == 0)
        {
            return VisitAction.Continue;
        }
        var used = new HashSet<string>();
        foreach (var operation in _operations)
        {
            foreach (var fragment in Context.GetRecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name.Value);
            }
        }
        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
        return VisitAction.Continue;
    }
}
