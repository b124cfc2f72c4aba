using System.Text.Json;
using PlanningGIS.GraphQL;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.Planning.Api;

/// <summary>A GeoJSON geometry as JSON text: as PostGIS wrote it (output) or as the client sent it (input).</summary>
public sealed record GeoJsonText(string Json);

/// <summary>The API's custom scalars: the engine's DateTime, Date and Decimal, and GeoJSON.</summary>
public static class Scalars
{
    public static SchemaBuilder AddPlanningScalars(this SchemaBuilder builder) => builder
        .AddScalar("DateTime", new UtcDateTimeScalar())
        .AddScalar("Date", new DateScalar())
        .AddScalar("Decimal", new DecimalScalar())
        .AddScalar("GeoJSON", new GeoJsonScalar());

    /// <summary>
    /// The engine's DateTime, with inputs turned to UTC: Npgsql writes timestamptz parameters only in
    /// UTC, and a client may send any offset (the web map's "end of that day in Vietnam" is +07:00).
    /// </summary>
    private sealed class UtcDateTimeScalar : ScalarCoercion
    {
        private readonly DateTimeScalar engine = new();

        public override object? Serialize(object value) => engine.Serialize(value);

        public override object? ParseValue(object value) => ToUtc(engine.ParseValue(value));

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
            ToUtc(engine.ParseLiteral(node, variables));

        private static object? ToUtc(object? value) => value is DateTimeOffset d ? d.ToUniversalTime() : value;
    }

    /// <summary>
    /// Output: <see cref="GeoJsonText"/> written into the response as it is (no re-encoding).
    /// Input: a GeoJSON object, inline or as a variable, kept as JSON text for PostGIS to read.
    /// </summary>
    private sealed class GeoJsonScalar : ScalarCoercion
    {
        public override object? Serialize(object value) => value is GeoJsonText text
            ? new RawJson(text.Json)
            : throw new GraphQLError($"GeoJSON cannot represent value: {Inspector.Inspect(value)}");

        public override object? ParseValue(object value) => InputValues.TryGetObjectEntries(value, out _)
            ? new GeoJsonText(JsonSerializer.Serialize(value))
            : throw new GraphQLError(
                "GeoJSON must be a GeoJSON geometry object, e.g. {\"type\":\"Point\",\"coordinates\":[106.7,21.9]}.", ErrorCodes.BadUserInput);

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node is ObjectValueNode
            ? ParseValue(ValueConversion.ValueFromAstUntyped(node, variables)!)
            : throw GraphQLError.At($"GeoJSON must be an object, not {Printer.Print(node)}.", node, ErrorCodes.BadUserInput);
    }
}
