using System.Globalization;
using System.Text.Json;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>
/// Reusable custom scalar coercions: register with <c>SchemaBuilder.AddScalar("DateTime", new DateTimeScalar())</c>.
/// Values travel as strings (ISO 8601, decimal text) so no precision is lost in JSON.
/// </summary>
public sealed class DateTimeScalar : ScalarCoercion
{
    public override object? Serialize(object value) => value switch
    {
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d).ToString("O", CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseValue(object value) => value is string s
        && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) && s.Contains('T')
            ? d
            : throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(value)}; expected an ISO 8601 date-time with offset.");

    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node is StringValueNode s
        ? ParseValue(s.Value)
        : throw GraphQLError.At($"DateTime cannot represent a non string value: {Printer.Print(node)}", node);
}

/// <summary>A calendar date, "yyyy-MM-dd", as <see cref="DateOnly"/>.</summary>
public sealed class DateScalar : ScalarCoercion
{
    public override object? Serialize(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseValue(object value) => value is string s
        && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(value)}; expected yyyy-MM-dd.");

    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node is StringValueNode s
        ? ParseValue(s.Value)
        : throw GraphQLError.At($"Date cannot represent a non string value: {Printer.Print(node)}", node);
}

/// <summary>An exact decimal as <see cref="decimal"/>: serialized as a string, accepted as a string or number.</summary>
public sealed class DecimalScalar : ScalarCoercion
{
    public override object? Serialize(object value) => value switch
    {
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int or long or short => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Decimal cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseValue(object value) => value switch
    {
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) => m,
        int or long or decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double d when !double.IsNaN(d) && !double.IsInfinity(d) => (decimal)d,
        _ => throw new GraphQLError($"Decimal cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        StringValueNode s => ParseValue(s.Value),
        IntValueNode i => decimal.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f => decimal.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw GraphQLError.At($"Decimal cannot represent value: {Printer.Print(node)}", node),
    };
}

/// <summary>
/// A JSON object (e.g. a GeoJSON geometry): output is any dictionary/JsonElement written as-is;
/// input must be an object and arrives as a string-keyed dictionary.
/// </summary>
public sealed class JsonObjectScalar : ScalarCoercion
{
    public override object? Serialize(object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } => value,
        IReadOnlyDictionary<string, object?> or IDictionary<string, object?> => value,
        string s => JsonDocument.Parse(s).RootElement.Clone(),
        _ => throw new GraphQLError($"JSON object cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseValue(object value) => InputValues.TryGetObjectEntries(value, out var entries)
        ? entries
        : throw new GraphQLError($"Expected a JSON object but got: {Inspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node is ObjectValueNode
        ? ValueConversion.ValueFromAstUntyped(node, variables)
        : throw GraphQLError.At($"Expected a JSON object but got: {Printer.Print(node)}", node);
}
