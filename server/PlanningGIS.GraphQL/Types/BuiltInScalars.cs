using System.Globalization;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>Int, Float, String, Boolean and ID with graphql-js's coercion rules and messages.</summary>
public static class BuiltInScalars
{
    public static readonly ScalarType Int = new("Int", new IntCoercion(),
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");

    public static readonly ScalarType Float = new("Float", new FloatCoercion(),
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");

    public static readonly ScalarType String = new("String", new StringCoercion(),
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");

    public static readonly ScalarType Boolean = new("Boolean", new BooleanCoercion(),
        "The `Boolean` scalar type represents `true` or `false`.");

    public static readonly ScalarType ID = new("ID", new IdCoercion(),
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    public static readonly IReadOnlyList<ScalarType> All = [String, Int, Float, Boolean, ID];

    public static ScalarType? Get(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    public static bool IsBuiltIn(NamedType type) => Get(type.Name) == type;

    /// <summary>A .NET number as a double (null if the value is not a number).</summary>
    internal static double? AsDouble(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        _ => null,
    };

    private static GraphQLError Error(string message, AstNode? node = null) => GraphQLError.At(message, node);

    private sealed class IntCoercion : ScalarCoercion
    {
        public override object? Serialize(object value)
        {
            switch (value)
            {
                case int i:
                    return i;
                case bool b:
                    return b ? 1 : 0;
            }
            double? number = value is string s && s.Length > 0 ? JsNumber.Parse(s) : AsDouble(value);
            if (number is not { } d || double.IsNaN(d) || double.IsInfinity(d) || Math.Floor(d) != d)
            {
                throw Error($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
            }
            if (d > int.MaxValue || d < int.MinValue)
            {
                throw Error($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
            }
            return (int)d;
        }

        public override object? ParseValue(object value)
        {
            if (value is int)
            {
                return value;
            }
            if (value is bool or string || AsDouble(value) is not { } d || double.IsInfinity(d) || double.IsNaN(d) || Math.Floor(d) != d)
            {
                throw Error($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
            }
            if (d > int.MaxValue || d < int.MinValue)
            {
                throw Error($"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(d)}");
            }
            return (int)d;
        }

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
        {
            if (node is not IntValueNode intNode)
            {
                throw Error($"Int cannot represent non-integer value: {Printer.Print(node)}", node);
            }
            if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
            {
                throw Error($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", node);
            }
            return result;
        }
    }

    private sealed class FloatCoercion : ScalarCoercion
    {
        public override object? Serialize(object value)
        {
            if (value is bool b)
            {
                return b ? 1.0 : 0.0;
            }
            double? number = value is string s && s.Length > 0 ? JsNumber.Parse(s) : AsDouble(value);
            if (number is not { } d || double.IsNaN(d) || double.IsInfinity(d))
            {
                throw Error($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
            }
            return d;
        }

        public override object? ParseValue(object value)
        {
            if (value is bool or string || AsDouble(value) is not { } d || double.IsNaN(d) || double.IsInfinity(d))
            {
                throw Error($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
            }
            return d;
        }

        // 1e999 parses to infinity, which no resolver or database can use: refused like a non-number.
        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
        {
            var text = node switch
            {
                IntValueNode n => n.Value,
                FloatValueNode n => n.Value,
                _ => throw Error($"Float cannot represent non numeric value: {Printer.Print(node)}", node),
            };
            var value = double.Parse(text, CultureInfo.InvariantCulture);
            return double.IsFinite(value) ? value : throw Error($"Float cannot represent a number this large: {text}", node);
        }
    }

    private sealed class StringCoercion : ScalarCoercion
    {
        public override object? Serialize(object value) => value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            char c => c.ToString(),
            Guid g => g.ToString(),
            Enum e => e.ToString(),
            _ when AsDouble(value) is { } d && !double.IsNaN(d) && !double.IsInfinity(d) => JsNumber.Format(d),
            _ => throw Error($"String cannot represent value: {Inspector.Inspect(value)}"),
        };

        public override object? ParseValue(object value) => value as string
            ?? throw Error($"String cannot represent a non string value: {Inspector.Inspect(value)}");

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
            (node as StringValueNode)?.Value
            ?? throw Error($"String cannot represent a non string value: {Printer.Print(node)}", node);
    }

    private sealed class BooleanCoercion : ScalarCoercion
    {
        public override object? Serialize(object value)
        {
            if (value is bool)
            {
                return value;
            }
            if (AsDouble(value) is { } d && !double.IsNaN(d) && !double.IsInfinity(d))
            {
                return d != 0;
            }
            throw Error($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");
        }

        public override object? ParseValue(object value) => value is bool
            ? value
            : throw Error($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
            node is BooleanValueNode b
                ? b.Value
                : throw Error($"Boolean cannot represent a non boolean value: {Printer.Print(node)}", node);
    }

    private sealed class IdCoercion : ScalarCoercion
    {
        public override object? Serialize(object value) => value switch
        {
            string s => s,
            Guid g => g.ToString(),
            _ when AsDouble(value) is { } d && Math.Floor(d) == d && !double.IsInfinity(d) => JsNumber.Format(d),
            _ => throw Error($"ID cannot represent value: {Inspector.Inspect(value)}"),
        };

        public override object? ParseValue(object value) => value switch
        {
            string s => s,
            bool => throw Error($"ID cannot represent value: {Inspector.Inspect(value)}"),
            _ when AsDouble(value) is { } d && Math.Floor(d) == d && !double.IsInfinity(d) => JsNumber.Format(d),
            _ => throw Error($"ID cannot represent value: {Inspector.Inspect(value)}"),
        };

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw Error($"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}", node),
        };
    }
}
