using System.Text;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// The cases of the authorization matrix, generated from the schema and the declared policies: one
/// document per policy coordinate. Arguments are made up from their types (codes that do not
/// exist, a self-intersecting polygon), so a call that gets past its policy is then refused for
/// another reason and changes nothing. A non-root field is reached by the shortest path of public
/// fields without required arguments (or the arguments below).
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly Schema Schema = PlanningSchema.Build();

    public static readonly IReadOnlyList<FieldPolicy> Policies = PlanningSchema.Policies.SelectMany(p => p).ToList();

    public static readonly string[] Roles = ["planner", "inspector", "investor", "admin", "anonymous"];

    private const string Bowtie = """{type: "Polygon", coordinates: [[[106.70, 21.90], [106.71, 21.91], [106.71, 21.90], [106.70, 21.91], [106.70, 21.90]]]}""";

    // Required arguments of fields on the way to a restricted field: somewhere in the zone.
    private static readonly Dictionary<string, string> PathArguments = new()
    {
        ["Query.planningAt"] = "(lon: 106.7585, lat: 21.8585)",
    };

    /// <summary>The document that calls or reads the coordinate, and the response path of the field.</summary>
    public static (string Document, string FieldName) DocumentFor(string coordinate)
    {
        var (typeName, fieldName) = Split(coordinate);
        var type = (ObjectType)Schema.GetType(typeName)!;
        var field = type.GetField(fieldName)!;
        var call = fieldName + Arguments(field, all: typeName == "Mutation") + Selection(field.Type);
        if (typeName == "Mutation")
            return ($"mutation {{ {call} }}", fieldName);
        if (typeName == "Query")
            return ($"{{ {call} }}", fieldName);
        var path = PathTo(typeName) ?? throw new InvalidOperationException($"No public path reaches {typeName} for {coordinate}.");
        var document = new StringBuilder("{ ");
        foreach (var step in path)
            document.Append(step).Append(" { ");
        document.Append(call);
        foreach (var _ in path)
            document.Append(" }");
        return (document.Append(" }").ToString(), fieldName);
    }

    /// <summary>Whether the role passes the policy without looking at a row; null when it depends on the row (its own).</summary>
    public static bool? Passes(Policy policy, string role) =>
        policy.Roles.Contains(role) ? true : policy.OwnerRole == role ? null : false;

    private static (string, string) Split(string coordinate) => (coordinate[..coordinate.IndexOf('.')], coordinate[(coordinate.IndexOf('.') + 1)..]);

    private static bool IsPublic(ObjectType type, FieldDefinition field) =>
        Policies.FirstOrDefault(p => p.Coordinate == $"{type.Name}.{field.Name}") is not { } declared || declared.Policy.IsPublic;

    // Breadth first from Query through public object fields: the field names down to the type.
    private static List<string>? PathTo(string typeName)
    {
        var queue = new Queue<(ObjectType Type, List<string> Path)>([(Schema.QueryType, new List<string>())]);
        var seen = new HashSet<string> { Schema.QueryType.Name };
        while (queue.Count > 0)
        {
            var (type, path) = queue.Dequeue();
            foreach (var field in type.Fields.Where(f => IsPublic(type, f) && f.Name != "node"))
            {
                var coordinate = $"{type.Name}.{field.Name}";
                var required = field.Arguments.Any(a => a.Type is NonNullType && !a.HasDefaultValue);
                if (required && !PathArguments.ContainsKey(coordinate) || field.Type.GetNamedType() is not ObjectType next)
                    continue;
                var step = field.Name + PathArguments.GetValueOrDefault(coordinate, "");
                if (next.Name == typeName)
                    return [.. path, step];
                if (seen.Add(next.Name))
                    queue.Enqueue((next, [.. path, step]));
            }
        }
        return null;
    }

    private static string Selection(GraphQLType type) => type.GetNamedType() switch
    {
        ObjectType or InterfaceType or UnionType => " { __typename }",
        _ => "",
    };

    private static string Arguments(FieldDefinition field, bool all)
    {
        var arguments = field.Arguments.Where(a => all || a.Type is NonNullType && !a.HasDefaultValue)
            .Select(a => $"{a.Name}: {Value(a.Name, a.Type, 0)}").ToList();
        return arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments) + ")";
    }

    // A value of the type that names nothing that exists; input objects get every field (the more
    // a call carries, the surer it is refused after its policy rather than carried out).
    private static string Value(string name, GraphQLType type, int depth) => type.Nullable switch
    {
        ListType list => $"[{Value(name, list.OfType, depth)}]",
        EnumType e => e.Values[0].Name,
        InputObjectType input when input.IsOneOf => $"{{ {input.Fields[0].Name}: {Value(input.Fields[0].Name, input.Fields[0].Type, depth + 1)} }}",
        InputObjectType input => "{ " + string.Join(", ", input.Fields
            .Where(f => depth < 3 || f.Type is NonNullType)
            .Select(f => $"{f.Name}: {Value(f.Name, f.Type, depth + 1)}")) + " }",
        ScalarType { Name: "Int" } => "1",
        ScalarType { Name: "Float" } => "1.5",
        ScalarType { Name: "Boolean" } => "false",
        ScalarType { Name: "Date" } => "\"2030-01-01\"",
        ScalarType { Name: "DateTime" } => "\"2030-01-01T00:00:00+07:00\"",
        ScalarType { Name: "Decimal" } => "\"1\"",
        ScalarType { Name: "GeoJSON" } => name == "line" ? """{type: "LineString", coordinates: [[106.70, 21.90], [106.71, 21.91]]}""" : Bowtie,
        _ => "\"KHONG-CO\"",
    };
}
