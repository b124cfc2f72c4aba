using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>CoerceVariableValues and CoerceArgumentValues of the spec, with graphql-js's messages.</summary>
public static class ArgumentCoercion
{
    private const int MaxVariableErrors = 50;

    /// <summary>Coerces raw variables for an operation. Errors are request errors (no execution).</summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>();
        foreach (var definition in definitions)
        {
            if (errors.Count >= MaxVariableErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.",
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput }));
                break;
            }
            var name = definition.Variable.Name.Value;
            var type = TypeComparators.TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type, ErrorCodes.BadUserInput));
                continue;
            }
            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    if (ValueConversion.TryValueFromAst(definition.DefaultValue, type, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition, ErrorCodes.BadUserInput));
                }
                continue;
            }
            if (value is null && type is NonNullType)
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition, ErrorCodes.BadUserInput));
                continue;
            }
            coerced[name] = InputValues.CoerceInputValue(value, type, (path, invalid, error) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalid)}";
                if (path.Count > 0)
                {
                    prefix += $" at \"{name}{InputValues.PrintPath(path)}\"";
                }
                errors.Add(new GraphQLError(prefix + "; " + error.Message, GraphQLError.LocationsOf(definition),
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput }));
            });
        }
        return coerced;
    }

    /// <summary>Coerces the arguments of a field or directive; throws a GraphQLError (a field error) when invalid.</summary>
    public static IReadOnlyDictionary<string, object?> GetArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        AstNode node,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return NoValues;
        }
        var coerced = new Dictionary<string, object?>(definitions.Count);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argumentNode = null;
            foreach (var a in argumentNodes)
            {
                if (a.Name.Value == name)
                {
                    argumentNode = a;
                    break;
                }
            }
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (type is NonNullType)
                {
                    throw GraphQLError.At($"Argument \"{name}\" of required type \"{type}\" was not provided.", node, ErrorCodes.BadUserInput);
                }
                continue;
            }
            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (type is NonNullType)
                    {
                        throw GraphQLError.At($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", valueNode, ErrorCodes.BadUserInput);
                    }
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && type is NonNullType)
            {
                throw GraphQLError.At($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode, ErrorCodes.BadUserInput);
            }
            if (!ValueConversion.TryValueFromAst(valueNode, type, variables, out var value))
            {
                throw GraphQLError.At($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode, ErrorCodes.BadUserInput);
            }
            coerced[name] = value;
        }
        return coerced;
    }

    /// <summary>No arguments, or no variables: one shared read-only empty dictionary.</summary>
    internal static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();
}
