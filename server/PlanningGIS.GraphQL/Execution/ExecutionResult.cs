using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// The response: <c>data</c> (absent for request errors, null when a non-null root field failed)
/// and <c>errors</c>. Serialize with <see cref="WriteTo"/> (streams with Utf8JsonWriter).
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, ResultMap? data, IReadOnlyList<GraphQLError> errors, long cost = 0)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
        Cost = cost;
    }

    /// <summary>Whether the response has a data entry (false for parse/validation/variable errors).</summary>
    public bool HasData { get; }

    /// <summary>The data, in selection order; null when absent or nulled by a root error.</summary>
    public ResultMap? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The operation's estimated cost (see <see cref="GraphQLLimits"/>) when it ran with limits; else 0. Not sent to the client.</summary>
    public long Cost { get; }

    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError> errors, long cost = 0) => new(true, data, errors, cost);

    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors);

    public static ExecutionResult FromError(GraphQLError error) => new(false, null, [error]);

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WriteStartArray("errors");
            foreach (var error in Errors)
            {
                error.WriteTo(writer);
            }
            writer.WriteEndArray();
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            JsonResultWriter.WriteValue(writer, Data);
        }
        writer.WriteEndObject();
    }

    public string ToJson(bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
