using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>Fragment Name Uniqueness (spec 5.5.1.1). graphql-js UniqueFragmentNamesRule.</summary>
public sealed class UniqueFragmentNames(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.FragmentDefinition:
                var name = ((FragmentDefinitionNode)node).Name;
                if (_known.TryGetValue(name.Value, out var first))
                {
                    Context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known[name.Value] = name;
                }
                return VisitAction.Skip;
            case NodeKind.OperationDefinition:
                return VisitAction.Skip;
        }
        return VisitAction.Continue;
    }
}
