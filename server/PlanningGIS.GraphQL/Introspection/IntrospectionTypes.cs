using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Introspection;

/// <summary>
/// The introspection types (__Schema, __Type, ...) and meta fields, with graphql-js's field order
/// and descriptions so that introspection results match graphql-js exactly. Shared by all schemas.
/// </summary>
public static class IntrospectionTypes
{
    public static readonly ObjectType Schema = new("__Schema",
        "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    public static readonly ObjectType Directive = new("__Directive",
        "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    public static readonly EnumType DirectiveLocationType = new("__DirectiveLocation",
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    public static readonly ObjectType Type = new("__Type",
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    public static readonly ObjectType Field = new("__Field",
        "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    public static readonly ObjectType InputValue = new("__InputValue",
        "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    public static readonly ObjectType EnumValue = new("__EnumValue",
        "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    public static readonly EnumType TypeKind = new("__TypeKind", "An enum describing what kind of type a given `__Type` is.");

    public static readonly FieldDefinition SchemaField = new("__schema", new NonNullType(Schema), "Access the current type schema of this server.")
    {
        Resolver = ctx => new(ctx.Schema),
    };

    public static readonly FieldDefinition TypeField = new("__type", Type, "Request the type information of a single type.")
    {
        Arguments = [new InputValueDefinition("name", new NonNullType(BuiltInScalars.String))],
        Resolver = ctx => new(ctx.Schema.GetType((string)ctx.Arguments["name"]!)),
    };

    public static readonly FieldDefinition TypeNameField = new("__typename", new NonNullType(BuiltInScalars.String), "The name of the current Object type at runtime.")
    {
        Resolver = ctx => new(ctx.ParentType.Name),
    };

    public static readonly IReadOnlyList<NamedType> All = [Schema, Directive, DirectiveLocationType, Type, Field, InputValue, EnumValue, TypeKind];

    public static bool IsIntrospectionType(NamedType type) => type.Name.StartsWith("__", StringComparison.Ordinal) && All.Any(t => t.Name == type.Name);

    private static readonly GraphQLType NonNullString = new NonNullType(BuiltInScalars.String);
    private static readonly GraphQLType NonNullBoolean = new NonNullType(BuiltInScalars.Boolean);

    static IntrospectionTypes()
    {
        var typeList = new ListType(new NonNullType(Type));
        Schema.Fields =
        [
            F("description", BuiltInScalars.String, ctx => ctx.Schema.Description),
            F("types", new NonNullType(typeList), ctx => ctx.Schema.Types, "A list of all types supported by this server."),
            F("queryType", new NonNullType(Type), ctx => ctx.Schema.QueryType, "The type that query operations will be rooted at."),
            F("mutationType", Type, ctx => ctx.Schema.MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
            F("subscriptionType", Type, ctx => ctx.Schema.SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
            F("directives", new NonNullType(new ListType(new NonNullType(Directive))), ctx => ctx.Schema.Directives, "A list of all directives supported by this server."),
        ];

        Directive.Fields =
        [
            F("name", NonNullString, ctx => ((DirectiveDefinition)ctx.Parent!).Name),
            F("description", BuiltInScalars.String, ctx => ((DirectiveDefinition)ctx.Parent!).Description),
            F("isRepeatable", NonNullBoolean, ctx => ((DirectiveDefinition)ctx.Parent!).IsRepeatable),
            F("locations", new NonNullType(new ListType(new NonNullType(DirectiveLocationType))), ctx => ((DirectiveDefinition)ctx.Parent!).Locations),
            IncludeDeprecated(F("args", new NonNullType(new ListType(new NonNullType(InputValue))),
                ctx => FilterDeprecated(((DirectiveDefinition)ctx.Parent!).Arguments, ctx, a => a.IsDeprecated))),
        ];

        DirectiveLocationType.Values = Enum.GetValues<DirectiveLocation>()
            .Select(l => new EnumValueDefinition(l.ToString(), l, LocationDescription(l)))
            .ToList();

        Type.Fields =
        [
            F("kind", new NonNullType(TypeKind), ctx => KindOf((GraphQLType)ctx.Parent!)),
            F("name", BuiltInScalars.String, ctx => (ctx.Parent as NamedType)?.Name),
            F("description", BuiltInScalars.String, ctx => (ctx.Parent as NamedType)?.Description),
            F("specifiedByURL", BuiltInScalars.String, ctx => (ctx.Parent as ScalarType)?.SpecifiedByUrl),
            IncludeDeprecated(F("fields", new ListType(new NonNullType(Field)),
                ctx => ctx.Parent is ComplexType c ? FilterDeprecated(c.Fields, ctx, f => f.IsDeprecated) : null)),
            F("interfaces", typeList, ctx => (ctx.Parent as ComplexType)?.Interfaces),
            F("possibleTypes", typeList, ctx => ctx.Parent is InterfaceType or UnionType ? ctx.Schema.GetPossibleTypes((NamedType)ctx.Parent) : null),
            IncludeDeprecated(F("enumValues", new ListType(new NonNullType(EnumValue)),
                ctx => ctx.Parent is EnumType e ? FilterDeprecated(e.Values, ctx, v => v.IsDeprecated) : null)),
            IncludeDeprecated(F("inputFields", new ListType(new NonNullType(InputValue)),
                ctx => ctx.Parent is InputObjectType i ? FilterDeprecated(i.Fields, ctx, f => f.IsDeprecated) : null)),
            F("ofType", Type, ctx => ctx.Parent switch
            {
                ListType l => l.OfType,
                NonNullType n => n.OfType,
                _ => null,
            }),
            F("isOneOf", BuiltInScalars.Boolean, ctx => ctx.Parent is InputObjectType i ? i.IsOneOf : null),
        ];

        Field.Fields =
        [
            F("name", NonNullString, ctx => ((FieldDefinition)ctx.Parent!).Name),
            F("description", BuiltInScalars.String, ctx => ((FieldDefinition)ctx.Parent!).Description),
            IncludeDeprecated(F("args", new NonNullType(new ListType(new NonNullType(InputValue))),
                ctx => FilterDeprecated(((FieldDefinition)ctx.Parent!).Arguments, ctx, a => a.IsDeprecated))),
            F("type", new NonNullType(Type), ctx => ((FieldDefinition)ctx.Parent!).Type),
            F("isDeprecated", NonNullBoolean, ctx => ((FieldDefinition)ctx.Parent!).IsDeprecated),
            F("deprecationReason", BuiltInScalars.String, ctx => ((FieldDefinition)ctx.Parent!).DeprecationReason),
        ];

        InputValue.Fields =
        [
            F("name", NonNullString, ctx => ((InputValueDefinition)ctx.Parent!).Name),
            F("description", BuiltInScalars.String, ctx => ((InputValueDefinition)ctx.Parent!).Description),
            F("type", new NonNullType(Type), ctx => ((InputValueDefinition)ctx.Parent!).Type),
            F("defaultValue", BuiltInScalars.String, ctx => PrintDefault((InputValueDefinition)ctx.Parent!),
                "A GraphQL-formatted string representing the default value for this input value."),
            F("isDeprecated", NonNullBoolean, ctx => ((InputValueDefinition)ctx.Parent!).IsDeprecated),
            F("deprecationReason", BuiltInScalars.String, ctx => ((InputValueDefinition)ctx.Parent!).DeprecationReason),
        ];

        EnumValue.Fields =
        [
            F("name", NonNullString, ctx => ((EnumValueDefinition)ctx.Parent!).Name),
            F("description", BuiltInScalars.String, ctx => ((EnumValueDefinition)ctx.Parent!).Description),
            F("isDeprecated", NonNullBoolean, ctx => ((EnumValueDefinition)ctx.Parent!).IsDeprecated),
            F("deprecationReason", BuiltInScalars.String, ctx => ((EnumValueDefinition)ctx.Parent!).DeprecationReason),
        ];

        TypeKind.Values =
        [
            new("SCALAR", "SCALAR", "Indicates this type is a scalar."),
            new("OBJECT", "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            new("INTERFACE", "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            new("UNION", "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            new("ENUM", "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            new("INPUT_OBJECT", "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            new("LIST", "LIST", "Indicates this type is a list. `ofType` is a valid field."),
            new("NON_NULL", "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        ];
    }

    private static FieldDefinition F(string name, GraphQLType type, Func<ResolveContext, object?> resolve, string? description = null) =>
        new(name, type, description) { Resolver = ctx => new ValueTask<object?>(resolve(ctx)) };

    private static FieldDefinition IncludeDeprecated(FieldDefinition field)
    {
        var arg = new InputValueDefinition("includeDeprecated", BuiltInScalars.Boolean);
        arg.SetDefault(false);
        field.Arguments = [arg];
        return field;
    }

    private static IReadOnlyList<T> FilterDeprecated<T>(IReadOnlyList<T> items, ResolveContext ctx, Func<T, bool> isDeprecated)
    {
        if (ctx.Arguments.TryGetValue("includeDeprecated", out var include) && include is true)
        {
            return items;
        }
        foreach (var item in items)
        {
            if (isDeprecated(item))
            {
                return items.Where(i => !isDeprecated(i)).ToList();
            }
        }
        return items;
    }

    private static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        _ => "NON_NULL",
    };

    private static string? PrintDefault(InputValueDefinition value)
    {
        if (!value.HasDefaultValue)
        {
            return null;
        }
        var ast = ValueConversion.AstFromValue(value.DefaultValue, value.Type);
        return ast is null ? null : Printer.Print(ast);
    }

    private static string LocationDescription(DirectiveLocation location) => location switch
    {
        DirectiveLocation.QUERY => "Location adjacent to a query operation.",
        DirectiveLocation.MUTATION => "Location adjacent to a mutation operation.",
        DirectiveLocation.SUBSCRIPTION => "Location adjacent to a subscription operation.",
        DirectiveLocation.FIELD => "Location adjacent to a field.",
        DirectiveLocation.FRAGMENT_DEFINITION => "Location adjacent to a fragment definition.",
        DirectiveLocation.FRAGMENT_SPREAD => "Location adjacent to a fragment spread.",
        DirectiveLocation.INLINE_FRAGMENT => "Location adjacent to an inline fragment.",
        DirectiveLocation.VARIABLE_DEFINITION => "Location adjacent to a variable definition.",
        DirectiveLocation.SCHEMA => "Location adjacent to a schema definition.",
        DirectiveLocation.SCALAR => "Location adjacent to a scalar definition.",
        DirectiveLocation.OBJECT => "Location adjacent to an object type definition.",
        DirectiveLocation.FIELD_DEFINITION => "Location adjacent to a field definition.",
        DirectiveLocation.ARGUMENT_DEFINITION => "Location adjacent to an argument definition.",
        DirectiveLocation.INTERFACE => "Location adjacent to an interface definition.",
        DirectiveLocation.UNION => "Location adjacent to a union definition.",
        DirectiveLocation.ENUM => "Location adjacent to an enum definition.",
        DirectiveLocation.ENUM_VALUE => "Location adjacent to an enum value definition.",
        DirectiveLocation.INPUT_OBJECT => "Location adjacent to an input object type definition.",
        _ => "Location adjacent to an input object field definition.",
    };
}
