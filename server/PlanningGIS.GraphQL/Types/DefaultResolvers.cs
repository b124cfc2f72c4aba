using System.Reflection;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>Default resolver policies for <see cref="SchemaBuilder.UseDefaultResolver"/>.</summary>
public static class DefaultResolvers
{
    /// <summary>
    /// Reads the field name from a dictionary or JSON object parent (graphql-js's default resolver
    /// over plain data), else a public property of the same name.
    /// </summary>
    public static readonly DefaultResolverFactory DictionaryOrProperty = (_, field) =>
    {
        var name = field.Name;
        return ctx => new ValueTask<object?>(ReadMember(ctx.Parent, name));
    };

    public static object? ReadMember(object? parent, string name)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> d:
                return d.GetValueOrDefault(name);
            case IDictionary<string, object?> d:
                return d.TryGetValue(name, out var v) ? v : null;
            case System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Object } e:
                return e.TryGetProperty(name, out var p) ? InputValues.FromJson(p) : null;
        }
        var property = parent.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property?.GetValue(parent);
    }
}

/// <summary>The coercion of custom scalars without a registered one: values pass through unchanged.</summary>
public sealed class PassThroughScalar : ScalarCoercion
{
    public static readonly PassThroughScalar Instance = new();

    public override object? Serialize(object value) => value;

    public override object? ParseValue(object value) => value;

    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        ValueConversion.ValueFromAstUntyped(node, variables);
}
