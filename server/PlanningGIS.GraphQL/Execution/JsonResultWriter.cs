using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>Writes result values (maps, lists, serialized scalars) with a Utf8JsonWriter.</summary>
public static class JsonResultWriter
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case float f:
                WriteDouble(writer, f);
                return;
            case ResultMap map:
                map.WriteTo(writer);
                return;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                return;
            case RawJson raw:
                writer.WriteRawValue(raw.Json, skipInputValidation: true);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case JsonNode node:
                node.WriteTo(writer);
                return;
            case IEnumerable<KeyValuePair<string, object?>> dict:
                writer.WriteStartObject();
                foreach (var (key, v) in dict)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, v);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                return;
        }
        if (Types.BuiltInScalars.AsDouble(value) is { } number)
        {
            WriteDouble(writer, number);
            return;
        }
        JsonSerializer.Serialize(writer, value, value.GetType());
    }

    // JSON has no NaN/Infinity; integral doubles are written without a fraction, as JavaScript does.
    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            writer.WriteNullValue();
        }
        else if (Math.Floor(d) == d && Math.Abs(d) < 1e15)
        {
            writer.WriteNumberValue((long)d);
        }
        else
        {
            writer.WriteRawValue(JsNumber.Format(d), skipInputValidation: true);
        }
    }
}
