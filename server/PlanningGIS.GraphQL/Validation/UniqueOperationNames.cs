using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>Operation Name Uniqueness (spec 5.2.1.1). graphql-js UniqueOperationNamesRule.</summary>
public sealed class UniqueOperationNames(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.OperationDefinition:
                if (((OperationDefinitionNode)node).Name is { } name)
                {
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        Context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }
                }
                return VisitAction.Skip;
            case NodeKind.FragmentDefinition:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }
}
