using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>
/// Values of Correct Type (spec 5.6.1, with the September 2025 OneOf input objects): every literal
/// value can be coerced to the type expected at its position. graphql-js ValuesOfCorrectTypeRule.
/// </summary>
public sealed class ValuesOfCorrectType(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, VariableDefinitionNode> _variableDefinitions = new();

    public override VisitAction Enter(AstNode node, IReadOnlyList<AstNode> ancestors)
    {
        var typeInfo = Context.TypeInfo;
        switch (node.Kind)
        {
            case NodeKind.OperationDefinition:
                _variableDefinitions = new Dictionary<string, VariableDefinitionNode>();
                break;
            case NodeKind.VariableDefinition:
                var definition = (VariableDefinitionNode)node;
                _variableDefinitions[definition.Variable.Name.Value] = definition;
                break;
            case NodeKind.ListValue:
                // TypeInfo has entered the item type: the list's own type is the parent input type.
                if (typeInfo.ParentInputType?.Nullable is not ListType)
                {
                    IsValidValueNode((ValueNode)node);
                    return VisitAction.Skip;
                }
                break;
            case NodeKind.ObjectValue:
                return EnterObjectValue((ObjectValueNode)node);
            case NodeKind.ObjectField:
                if (typeInfo.InputType is null && typeInfo.ParentInputType?.GetNamedType() is InputObjectType parentType)
                {
                    var fieldName = ((ObjectFieldNode)node).Name.Value;
                    var suggestions = Suggestions.List(fieldName, parentType.Fields.Select(f => f.Name));
                    Context.ReportError(
                        $"Field \"{fieldName}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                        node);
                }
                break;
            case NodeKind.NullValue:
                if (typeInfo.InputType is NonNullType nonNull)
                {
                    Context.ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                }
                break;
            case NodeKind.EnumValue:
            case NodeKind.IntValue:
            case NodeKind.FloatValue:
            case NodeKind.StringValue:
            case NodeKind.BooleanValue:
                IsValidValueNode((ValueNode)node);
                break;
        }
        return VisitAction.Continue;
    }

    private VisitAction EnterObjectValue(ObjectValueNode node)
    {
        if (Context.TypeInfo.InputType?.GetNamedType() is not InputObjectType type)
        {
            IsValidValueNode(node);
            return VisitAction.Skip;
        }
        // graphql-js keyMap: by name, the last field of a name wins.
        var fieldNodes = new Dictionary<string, ObjectFieldNode>();
        var keys = new List<string>();
        foreach (var field in node.Fields)
        {
            if (!fieldNodes.ContainsKey(field.Name.Value))
            {
                keys.Add(field.Name.Value);
            }
            fieldNodes[field.Name.Value] = field;
        }
        foreach (var fieldDef in type.Fields)
        {
            if (!fieldNodes.ContainsKey(fieldDef.Name) && ValidationUtil.IsRequired(fieldDef))
            {
                Context.ReportError(
                    $"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", node);
            }
        }
        if (type.IsOneOf)
        {
            ValidateOneOf(node, type, fieldNodes, keys);
        }
        return VisitAction.Continue;
    }

    private void ValidateOneOf(ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> fieldNodes, List<string> keys)
    {
        if (keys.Count != 1)
        {
            Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }
        var value = fieldNodes[keys[0]].Value;
        if (value is NullValueNode)
        {
            Context.ReportError($"Field \"{type.Name}.{keys[0]}\" must be non-null.", node);
            return;
        }
        if (value is VariableNode variable
            && _variableDefinitions.TryGetValue(variable.Name.Value, out var definition)
            && definition.Type is not NonNullTypeNode)
        {
            Context.ReportError(
                $"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".", node);
        }
    }

    // graphql-js isValidValueNode: a leaf type decides with its literal parser; other types cannot
    // take a scalar literal (or a list / object where none is expected).
    private void IsValidValueNode(ValueNode node)
    {
        if (Context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }
        var type = locationType.GetNamedType();
        try
        {
            switch (type)
            {
                case EnumType enumType:
                    enumType.ParseLiteral(node);
                    return;
                case ScalarType scalar:
                    scalar.ParseLiteral(node);
                    return;
            }
        }
        catch (GraphQLError error)
        {
            Context.ReportError(error);
            return;
        }
#pragma warning disable CA1031 // a custom scalar's parser may fail with any exception: it is a validation error
        catch (Exception error)
#pragma warning restore CA1031
        {
            Context.ReportError(GraphQLError.At(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}", node));
            return;
        }
        Context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
    }
}
