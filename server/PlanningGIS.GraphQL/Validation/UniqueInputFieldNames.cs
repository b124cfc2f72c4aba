using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>Input Object Field Uniqueness (spec 5.6.3). graphql-js UniqueInputFieldNamesRule.</summary>
public sealed class UniqueInputFieldNames(ValidationContext context) : ValidationRule(context)
{
    // The names seen in each enclosing object value (created on the first field).
    private readonly Stack<Dictionary<string, NameNode>?> _knownNameStack = new();
    private Dictionary<string, NameNode>? _knownNames;

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        switch (node.Kind)
        {
            case NodeKind.ObjectValue:
                _knownNameStack.Push(_knownNames);
                _knownNames = null;
                break;
            case NodeKind.ObjectField:
                var name = ((ObjectFieldNode)node).Name;
                _knownNames ??= new Dictionary<string, NameNode>();
                if (_knownNames.TryGetValue(name.Value, out var first))
                {
                    Context.ReportError($"There can be only one input field named \"{name.Value}\".", first, name);
                }
                else
                {
                    _knownNames[name.Value] = name;
                }
                break;
        }
        return VisitAction.Continue;
    }

    public override VisitAction Leave(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind == NodeKind.ObjectValue)
        {
            _knownNames = _knownNameStack.Pop();
        }
        return VisitAction.Continue;
    }
}
