using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Leaf Field Selections (spec 5.3.3): leaf fields have no selection set, composite fields have a
/// non-empty one. graphql-js ScalarLeafsRule.
/// </summary>
public sealed class ScalarLeafs(ValidationContext context) : ValidationRule(context)
{
    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        if (node.Kind != NodeKind.Field || Context.TypeInfo.Type is not { } type)
        {
            return VisitAction.Continue;
        }
        var field = (FieldNode)node;
        var selectionSet = field.SelectionSet;
        if (type.GetNamedType().IsLeafType)
        {
            if (selectionSet is not null)
            {
                Context.ReportError(
                    $"Field \"{field.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (selectionSet is null)
        {
            Context.ReportError(
                $"Field \"{field.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?",
                field);
        }
        else if (selectionSet.Selections.Count == 0)
        {
            Context.ReportError($"Field \"{field.Name.Value}\" of type \"{type}\" must have at least one field selected.", field);
        }
        return VisitAction.Continue;
    }
}
