using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>Argument Uniqueness (spec 5.4.2). graphql-js UniqueArgumentNamesRule.</summary>
public sealed class UniqueArgumentNames(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.Field:
                Check(((FieldNode)node).Arguments);
                break;
            case NodeKind.Directive:
                Check(((DirectiveNode)node).Arguments);
                return VisitAction.Skip;
            case NodeKind.Argument:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }
        foreach (var (name, nodes) in ValidationUtil.GroupByName(arguments, a => a.Name))
        {
            if (nodes.Count > 1)
            {
                Context.ReportError($"There can be only one argument named \"{name}\".", [.. nodes]);
            }
        }
    }
}
