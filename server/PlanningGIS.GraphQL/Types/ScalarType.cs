using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Types;

/// <summary>
/// How a scalar converts values: the extension point for custom scalars (DateTime, GeoJSON...).
/// Each method throws a <see cref="GraphQLError"/> when the value cannot be represented.
/// </summary>
public abstract class ScalarCoercion
{
    /// <summary>Result coercion: a resolver's .NET value to a JSON-writable value.</summary>
    public abstract object? Serialize(object value);

    /// <summary>Input coercion of a variable value (null, bool, numbers, string, lists, string-keyed dictionaries).</summary>
    public abstract object? ParseValue(object value);

    /// <summary>Input coercion of a literal in the document (never a variable or null literal).</summary>
    public abstract object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables);
}

/// <summary>A scalar type: a name, a description and its <see cref="ScalarCoercion"/>.</summary>
public sealed class ScalarType : NamedType
{
    public ScalarType(string name, ScalarCoercion coercion, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        Coercion = coercion;
        SpecifiedByUrl = specifiedByUrl;
    }

    public ScalarCoercion Coercion { get; }

    public string? SpecifiedByUrl { get; internal set; }

    public object? Serialize(object value) => Coercion.Serialize(value);

    public object? ParseValue(object value) => Coercion.ParseValue(value);

    public object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) =>
        Coercion.ParseLiteral(node, variables);
}
