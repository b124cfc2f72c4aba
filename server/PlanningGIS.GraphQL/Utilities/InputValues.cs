using System.Collections;
using System.Text.Json;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Utilities;

/// <summary>
/// Input values from outside (variables): the engine's plain .NET model is null, bool, int, long,
/// double, decimal, string, lists and string-keyed dictionaries. <see cref="FromJson(JsonElement)"/>
/// converts a System.Text.Json document into it; <see cref="CoerceInputValue"/> is graphql-js coerceInputValue.
/// </summary>
public static class InputValues
{
    /// <summary>Reports a coercion problem: path inside the value, the offending value, the error.</summary>
    public delegate void CoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

    /// <summary>Converts JSON into the plain model (numbers: int, else long, else double).</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i
            : element.TryGetInt64(out var l) ? l
            : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        _ => FromJsonObject(element),
    };

    /// <summary>Parses a JSON object of variables (null or empty text gives an empty dictionary).</summary>
    public static IReadOnlyDictionary<string, object?> ParseVariables(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, object?>();
        }
        using var doc = JsonDocument.Parse(json);
        return FromJson(doc.RootElement) as Dictionary<string, object?>
            ?? throw new GraphQLError("Variables must be a JSON object.", ErrorCodes.BadUserInput);
    }

    private static Dictionary<string, object?> FromJsonObject(JsonElement element)
    {
        var result = new Dictionary<string, object?>();
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = FromJson(property.Value);
        }
        return result;
    }

    /// <summary>Reads a string-keyed object from the plain model (or a JsonElement object).</summary>
    public static bool TryGetObjectEntries(object value, out IReadOnlyDictionary<string, object?> entries)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> d:
                entries = d;
                return true;
            case IDictionary<string, object?> d:
                entries = d.AsReadOnly();
                return true;
            case JsonElement { ValueKind: JsonValueKind.Object } e:
                entries = FromJsonObject(e);
                return true;
            default:
                entries = null!;
                return false;
        }
    }

    /// <summary>Coerces an external input value to the type; problems go to <paramref name="onError"/>.</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, CoercionErrorHandler onError) =>
        Coerce(value is JsonElement json ? FromJson(json) : value, type, onError, new List<object>());

    private static object? Coerce(object? value, GraphQLType type, CoercionErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }
            onError(path.ToArray(), value, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }
        if (value is null)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        result.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }
                    return result;
                }
                // A single value where a list is expected is a list of one.
                return new List<object?> { Coerce(value, list.OfType, onError, path) };

            case InputObjectType input:
                return CoerceInputObject(value, input, onError, path);

            case EnumType enumType:
                return CoerceLeaf(value, enumType.Name, () => enumType.ParseValue(value), onError, path);

            case ScalarType scalar:
                return CoerceLeaf(value, scalar.Name, () => scalar.ParseValue(value), onError, path);
        }
        return null;
    }

    private static object? CoerceLeaf(object value, string typeName, Func<object?> parse, CoercionErrorHandler onError, List<object> path)
    {
        try
        {
            return parse();
        }
        catch (GraphQLError error)
        {
            onError(path.ToArray(), value, error);
        }
        catch (Exception error) when (error is FormatException or OverflowException or InvalidCastException or ArgumentException)
        {
            onError(path.ToArray(), value, new GraphQLError($"Expected type \"{typeName}\". {error.Message}"));
        }
        return null;
    }

    private static object? CoerceInputObject(object value, InputObjectType type, CoercionErrorHandler onError, List<object> path)
    {
        if (!TryGetObjectEntries(value, out var entries))
        {
            onError(path.ToArray(), value, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }
        var result = new Dictionary<string, object?>();
        foreach (var field in type.Fields)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), value, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }
                continue;
            }
            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var key in entries.Keys)
        {
            if (type.GetField(key) is null)
            {
                var suggestions = Suggestions.List(key, type.Fields.Select(f => f.Name));
                onError(path.ToArray(), value, new GraphQLError($"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions)));
            }
        }
        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                onError(path.ToArray(), value, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }
            // graphql-js also checks the first key when there are several.
            if (result.Count > 0 && result.First() is (var key, null))
            {
                onError([.. path, key], null, new GraphQLError($"Field \"{key}\" must be non-null."));
            }
        }
        return result;
    }

    /// <summary>"Variable "$x" got invalid value ..." path suffix, e.g. ".a[0]".</summary>
    public static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p));

    /// <summary>Whether a literal mentions a variable anywhere (such literals cannot be coerced ahead of time).</summary>
    public static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode l => l.Values.Any(ContainsVariable),
        ObjectValueNode o => o.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}
