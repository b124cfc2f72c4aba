using System.Linq.Expressions;
using System.Reflection;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>
/// The .NET side of a schema built from SDL: binds each object field to its resolver (explicit,
/// a bound CLR type's property, or the default policy), wraps them in the field middleware,
/// gives abstract types their type resolvers and maps enum values to .NET enum members. Every
/// binding that names nothing in the schema is an error, so typos fail at start-up.
/// </summary>
internal sealed class ResolverBinder(Schema schema, SchemaBuilder.Bindings bindings, List<GraphQLError> errors)
{
    private IEnumerable<ObjectType> ObjectTypes => schema.Types.OfType<ObjectType>().Where(t => t.AstNode is not null);

    /// <summary>Binds resolvers, CLR types and type resolvers (after <see cref="BindEnums"/>).</summary>
    public void Bind()
    {
        BindClrTypes();
        BindResolvers();
        BindTypeResolvers();
    }

    private void BindClrTypes()
    {
        foreach (var (name, clrType) in bindings.ClrTypes)
        {
            if (UserType(name) is ObjectType type)
            {
                type.ClrType = clrType;
            }
            else
            {
                errors.Add(new GraphQLError($"BindType(\"{name}\"): no object type of that name."));
            }
        }
    }

    /// <summary>
    /// Gives bound enums' values their .NET members, by name ignoring case and underscores (GraphQL's
    /// RECEIVED_ONLINE is .NET's ReceivedOnline). Runs before default values are coerced, so that an
    /// enum default holds the .NET value.
    /// </summary>
    public void BindEnums()
    {
        static string Normalize(string s) => s.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
        foreach (var (name, clrEnum) in bindings.ClrEnums)
        {
            if (UserType(name) is not EnumType enumType)
            {
                errors.Add(new GraphQLError($"BindEnum(\"{name}\"): no enum type of that name."));
                continue;
            }
            foreach (var value in enumType.Values)
            {
                var match = Enum.GetNames(clrEnum).FirstOrDefault(n => Normalize(n) == Normalize(value.Name));
                if (match is null)
                {
                    errors.Add(GraphQLError.At($"Enum value {name}.{value.Name} has no matching member in {clrEnum.Name}.", value.AstNode));
                }
                else
                {
                    value.Value = Enum.Parse(clrEnum, match);
                }
            }
        }
    }

    private void BindResolvers()
    {
        foreach (var (coordinate, resolver) in bindings.Resolvers)
        {
            var dot = coordinate.IndexOf('.');
            var typeName = dot > 0 ? coordinate[..dot] : coordinate;
            var fieldName = dot > 0 ? coordinate[(dot + 1)..] : "";
            if (UserType(typeName) is not { } type)
            {
                errors.Add(new GraphQLError($"Resolver bound to \"{coordinate}\", but type \"{typeName}\" does not exist."));
            }
            else if (type is not ObjectType obj)
            {
                errors.Add(GraphQLError.At($"Resolver bound to \"{coordinate}\", but \"{typeName}\" is not an object type.", type.AstNode));
            }
            else if (obj.GetField(fieldName) is not { } field)
            {
                var suggestions = Suggestions.DidYouMean(Suggestions.List(fieldName, obj.Fields.Select(f => f.Name)));
                errors.Add(GraphQLError.At($"Resolver bound to \"{coordinate}\", but type \"{typeName}\" has no field \"{fieldName}\".{suggestions}", type.AstNode));
            }
            else
            {
                field.Resolver = resolver;
            }
        }
        foreach (var type in ObjectTypes)
        {
            foreach (var field in type.Fields)
            {
                if (field.Resolver is not null)
                {
                    continue;
                }
                field.Resolver = type.ClrType is { } clrType
                    ? PropertyResolver(clrType, field.Name)
                    : bindings.DefaultResolver?.Invoke(type, field);
                if (field.Resolver is null)
                {
                    errors.Add(GraphQLError.At(type.ClrType is { } t
                        ? $"Field \"{type.Name}.{field.Name}\" has no resolver and {t.Name} has no property \"{field.Name}\"."
                        : $"Field \"{type.Name}.{field.Name}\" has no resolver (bind one with Resolve(\"{type.Name}.{field.Name}\", ...), BindType or UseDefaultResolver).",
                        field.AstNode));
                }
            }
        }
        foreach (var type in ObjectTypes)
        {
            foreach (var field in type.Fields)
            {
                for (var i = bindings.Middleware.Count - 1; i >= 0 && field.Resolver is { } inner; i--)
                {
                    field.Resolver = bindings.Middleware[i](type, field, inner);
                }
            }
        }
    }

    private void BindTypeResolvers()
    {
        foreach (var (name, resolver) in bindings.TypeResolvers)
        {
            switch (UserType(name))
            {
                case InterfaceType i:
                    i.ResolveType = resolver;
                    break;
                case UnionType u:
                    u.ResolveType = resolver;
                    break;
                default:
                    errors.Add(new GraphQLError($"Type resolver bound to \"{name}\", which is not an interface or union type."));
                    break;
            }
        }
    }

    // Types defined in the SDL (not the built-in scalars and introspection types).
    private NamedType? UserType(string name) => schema.GetType(name) is { AstNode: not null } type ? type : null;

    // A compiled getter for a public instance property (case-insensitive name match).
    internal static FieldResolver? PropertyResolver(Type clrType, string fieldName)
    {
        var property = clrType.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetMethod is null)
        {
            return null;
        }
        var parameter = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.Property(Expression.Convert(parameter, clrType), property), typeof(object));
        var getter = Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
        return ctx => new ValueTask<object?>(ctx.Parent is null ? null : getter(ctx.Parent));
    }
}
