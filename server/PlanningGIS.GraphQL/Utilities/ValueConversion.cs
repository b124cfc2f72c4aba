using System.Collections;
using System.Globalization;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Utilities;

/// <summary>Literal (AST) values to .NET values and back: graphql-js valueFromAST, valueFromASTUntyped, astFromValue.</summary>
public static class ValueConversion
{
    /// <summary>
    /// Coerces a literal to the input type. False when the literal is invalid (graphql-js returns
    /// undefined). Variables are the already coerced variable values; a missing key is "not provided".
    /// </summary>
    public static bool TryValueFromAst(ValueNode? node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is null)
        {
            return false;
        }
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }
            if (variableValue is null && type is NonNullType)
            {
                return false;
            }
            value = variableValue;
            return true;
        }
        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryValueFromAst(node, nonNull.OfType, variables, out value);
        }
        if (node is NullValueNode)
        {
            return true;
        }
        switch (type)
        {
            case ListType list:
                return TryListFromAst(node, list, variables, out value);
            case InputObjectType input:
                return TryInputObjectFromAst(node, input, variables, out value);
            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(node);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node, variables);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }
                catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
                {
                    return false;
                }
            default:
                return false;
        }
    }

    private static bool TryListFromAst(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        var itemType = list.OfType;
        if (node is ListValueNode listNode)
        {
            var items = new List<object?>(listNode.Values.Count);
            foreach (var itemNode in listNode.Values)
            {
                if (IsMissingVariable(itemNode, variables))
                {
                    // A missing variable in a list is null, or invalid when items are non-null.
                    if (itemType is NonNullType)
                    {
                        return false;
                    }
                    items.Add(null);
                }
                else
                {
                    if (!TryValueFromAst(itemNode, itemType, variables, out var item))
                    {
                        return false;
                    }
                    items.Add(item);
                }
            }
            value = items;
            return true;
        }
        // A single value where a list is expected is a list of one.
        if (!TryValueFromAst(node, itemType, variables, out var single))
        {
            return false;
        }
        value = new List<object?> { single };
        return true;
    }

    private static bool TryInputObjectFromAst(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }
        var result = new Dictionary<string, object?>();
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var f in objectNode.Fields)
            {
                if (f.Name.Value == field.Name)
                {
                    fieldNode = f;
                    break;
                }
            }
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }
                continue;
            }
            if (!TryValueFromAst(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }
            result[field.Name] = fieldValue;
        }
        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }
        value = result;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>A literal as a plain .NET value without a type (for custom scalars such as JSON).</summary>
    public static object? ValueFromAstUntyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) => node switch
    {
        NullValueNode => null,
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => ValueFromAstUntyped(v, variables)).ToList(),
        ObjectValueNode obj => ObjectFromAstUntyped(obj, variables),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };

    // As graphql-js: a repeated key keeps its last value; a field whose variable is absent is left out.
    private static Dictionary<string, object?> ObjectFromAstUntyped(ObjectValueNode obj, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>();
        foreach (var field in obj.Fields)
        {
            if (!IsMissingVariable(field.Value, variables))
            {
                result[field.Name.Value] = ValueFromAstUntyped(field.Value, variables);
            }
        }
        return result;
    }

    /// <summary>
    /// A .NET (internal) value of an input type as a literal, as graphql-js astFromValue (used to
    /// print default values). Null when the value cannot be represented.
    /// </summary>
    public static ValueNode? AstFromValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = AstFromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null)
        {
            return new NullValueNode();
        }
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (AstFromValue(item, list.OfType) is { } itemNode)
                        {
                            nodes.Add(itemNode);
                        }
                    }
                    return new ListValueNode { Values = nodes };
                }
                return AstFromValue(value, list.OfType);
            case InputObjectType input:
                if (!InputValues.TryGetObjectEntries(value, out var entries))
                {
                    return null;
                }
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (!entries.TryGetValue(field.Name, out var fieldValue))
                    {
                        continue;
                    }
                    if (AstFromValue(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode(field.Name), Value = fieldNode });
                    }
                }
                return new ObjectValueNode { Fields = fields };
            case EnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };
            case ScalarType scalar:
                return ScalarToAst(scalar.Serialize(value), scalar);
            default:
                return null;
        }
    }

    private static ValueNode? ScalarToAst(object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode { Value = b };
            case string s:
                return scalar == BuiltInScalars.ID && IsIntegerString(s)
                    ? new IntValueNode { Value = s }
                    : new StringValueNode { Value = s };
        }
        if (BuiltInScalars.AsDouble(serialized) is { } d && !double.IsInfinity(d) && !double.IsNaN(d))
        {
            var text = serialized is decimal m ? m.ToString(CultureInfo.InvariantCulture) : JsNumber.Format(d);
            return IsIntegerString(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }
        throw new GraphQLError($"Cannot convert value to AST: {Inspector.Inspect(serialized)}.");
    }

    // /^-?(?:0|[1-9][0-9]*)$/
    private static bool IsIntegerString(string s)
    {
        var i = s.StartsWith('-') ? 1 : 0;
        if (i >= s.Length)
        {
            return false;
        }
        if (s[i] == '0')
        {
            return i + 1 == s.Length;
        }
        for (; i < s.Length; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }
}
