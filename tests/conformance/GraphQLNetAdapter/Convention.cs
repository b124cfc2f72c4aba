using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace PlanningGIS.Conformance.GraphQLNet;

/// <summary>The suite's resolver convention (README.md "The resolver convention") in GraphQL.NET terms.</summary>
internal static class Convention
{
    public const string SequenceKey = "conformance.seq";

    public sealed class Sequence
    {
        public int Value;
    }

    public static string? TypeName(object value) =>
        value is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("__typename") is string name ? name : null;

    /// <summary>Reads the property named like the field from a JSON-object parent, then interprets markers.</summary>
    public static ValueTask<object?> Resolve(string fieldName, IResolveFieldContext context)
    {
        var value = context.Source is IReadOnlyDictionary<string, object?> parent ? parent.GetValueOrDefault(fieldName) : null;
        return Interpret(value, context);
    }

    private static ValueTask<object?> Interpret(object? value, IResolveFieldContext context)
    {
        if (value is not IReadOnlyDictionary<string, object?> { Count: 1 } marker)
        {
            return new ValueTask<object?>(value);
        }
        var (key, payload) = marker.First();
        switch (key)
        {
            case "$error":
                throw new ExecutionError(payload as string ?? Convert.ToString(payload, CultureInfo.InvariantCulture) ?? "");
            case "$args":
                return new ValueTask<object?>(Arguments(context));
            case "$seq":
                var counter = (Sequence)context.UserContext[SequenceKey]!;
                return new ValueTask<object?>(Interlocked.Increment(ref counter.Value));
            case "$async":
                return LaterAsync(payload, context);
            default:
                return new ValueTask<object?>(value);
        }
    }

    private static async ValueTask<object?> LaterAsync(object? payload, IResolveFieldContext context)
    {
        await Task.Yield();
        return await Interpret(payload, context);
    }

    /// <summary>The coerced arguments present or defaulted, in field-definition order (input objects too).</summary>
    private static Dictionary<string, object?> Arguments(IResolveFieldContext context)
    {
        var result = new Dictionary<string, object?>();
        foreach (var argument in (IEnumerable<QueryArgument>?)context.FieldDefinition.Arguments ?? [])
        {
            // GraphQL.NET also lists an absent argument without a default (as a null "field default").
            if (context.Arguments is { } values && values.TryGetValue(argument.Name, out var value)
                && (value.Source != ArgumentSource.FieldDefault || argument.DefaultValue is not null))
            {
                result[argument.Name] = InDefinitionOrder(value.Value, argument.ResolvedType);
            }
        }
        return result;
    }

    private static object? InDefinitionOrder(object? value, IGraphType? type)
    {
        while (type is NonNullGraphType nonNull)
        {
            type = nonNull.ResolvedType;
        }
        switch (type, value)
        {
            case (ListGraphType list, System.Collections.IEnumerable items) when value is not string and not IDictionary<string, object?>:
                return items.Cast<object?>().Select(item => InDefinitionOrder(item, list.ResolvedType)).ToList();
            case (IInputObjectGraphType input, IDictionary<string, object?> fields):
                var ordered = new Dictionary<string, object?>();
                foreach (var field in input.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        ordered[field.Name] = InDefinitionOrder(fieldValue, field.ResolvedType);
                    }
                }
                return ordered;
            default:
                return value;
        }
    }
}

/// <summary>A custom scalar as graphql-js has it with no functions: values pass through as they are.</summary>
internal sealed class IdentityScalar : ScalarGraphType
{
    public IdentityScalar(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public override object? ParseValue(object? value) => value;

    public override object? Serialize(object? value) => value;

    public override bool CanParseLiteral(GraphQLValue value) => true;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLIntValue i => long.TryParse(i.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? (object)l : double.Parse(i.Value.Span, CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value.Span, CultureInfo.InvariantCulture),
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLListValue list => list.Values?.Select(ParseLiteral).ToList() ?? [],
        GraphQLObjectValue obj => obj.Fields?.ToDictionary(f => f.Name.StringValue, f => ParseLiteral(f.Value)) ?? [],
        _ => throw new InvalidOperationException($"Unexpected literal {value.Kind}."),
    };
}

/// <summary>JSON (the root value) as the plain values the convention reads: dictionaries, lists, numbers, strings.</summary>
internal static class Json
{
    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
