using System.Linq.Expressions;
using System.Reflection;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>
/// Chooses the resolver of a field that has no explicit one; null means "none usable" (a build error).
/// </summary>
public delegate FieldResolver? DefaultResolverFactory(ObjectType type, FieldDefinition field);

/// <summary>
/// Wraps the resolver of a field once, at build time (an authorization policy, say); returns
/// <paramref name="resolver"/> itself to leave the field as it is.
/// </summary>
public delegate FieldResolver FieldMiddleware(ObjectType type, FieldDefinition field, FieldResolver resolver);

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (schema-first). Resolvers bind to "Type.field"; the
/// result is validated and every problem (unknown types, bad bindings, fields without resolver,
/// type-system rule violations) is reported at once as a <see cref="SchemaBuildException"/>.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, ScalarCoercion> _scalars = new();
    private readonly Dictionary<string, FieldResolver> _resolvers = new();
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new();
    private readonly Dictionary<string, Type> _clrTypes = new();
    private readonly Dictionary<string, Type> _clrEnums = new();
    private DefaultResolverFactory? _defaultResolver;
    private readonly List<FieldMiddleware> _middleware = [];

    /// <summary>Adds SDL text (may be called several times; extensions apply across documents).</summary>
    public SchemaBuilder AddSdl(string sdl, string sourceName = "schema.graphql")
    {
        _documents.Add(Parser.Parse(new Source(sdl, sourceName)));
        return this;
    }

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Gives the SDL scalar <paramref name="name"/> its coercion. Unbound custom scalars pass values through unchanged (as graphql-js).</summary>
    public SchemaBuilder AddScalar(string name, ScalarCoercion coercion)
    {
        _scalars[name] = coercion;
        return this;
    }

    /// <summary>Binds a resolver to a field coordinate "Type.field".</summary>
    public SchemaBuilder Resolve(string coordinate, FieldResolver resolver)
    {
        if (!_resolvers.TryAdd(coordinate, resolver))
        {
            throw new ArgumentException($"A resolver for \"{coordinate}\" is already bound.", nameof(coordinate));
        }
        return this;
    }

    /// <summary>Binds a synchronous resolver.</summary>
    public SchemaBuilder Resolve<T>(string coordinate, Func<ResolveContext, T> resolver)
    {
        if (typeof(Task).IsAssignableFrom(typeof(T)) || (typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            throw new ArgumentException($"The resolver for \"{coordinate}\" is asynchronous; use ResolveAsync.", nameof(resolver));
        }
        return Resolve(coordinate, (FieldResolver)(ctx => new ValueTask<object?>(resolver(ctx))));
    }

    /// <summary>Binds an asynchronous resolver.</summary>
    public SchemaBuilder ResolveAsync<T>(string coordinate, Func<ResolveContext, Task<T>> resolver) =>
        Resolve(coordinate, (FieldResolver)(async ctx => await resolver(ctx).ConfigureAwait(false)));

    /// <summary>How values of an interface or union find their object type (returns the type name).</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>
    /// Declares that values of object type <paramref name="typeName"/> are <paramref name="clrType"/>
    /// instances: fields without a resolver read the property of the same name (checked at build),
    /// and interfaces/unions resolve to this type for such values.
    /// </summary>
    public SchemaBuilder BindType(string typeName, Type clrType)
    {
        _clrTypes[typeName] = clrType;
        return this;
    }

    public SchemaBuilder BindType<T>(string typeName) => BindType(typeName, typeof(T));

    /// <summary>Maps the GraphQL enum's values to members of a .NET enum (by name, ignoring case and underscores).</summary>
    public SchemaBuilder BindEnum<TEnum>(string typeName) where TEnum : struct, Enum
    {
        _clrEnums[typeName] = typeof(TEnum);
        return this;
    }

    /// <summary>
    /// The resolver for fields without an explicit one and not covered by <see cref="BindType"/>.
    /// By default there is none, so such a field is a build error. See <see cref="DefaultResolvers"/>.
    /// </summary>
    public SchemaBuilder UseDefaultResolver(DefaultResolverFactory factory)
    {
        _defaultResolver = factory;
        return this;
    }

    /// <summary>Wraps every object field's resolver (explicit or default) with <paramref name="middleware"/>; the first added runs outermost.</summary>
    public SchemaBuilder UseFieldMiddleware(FieldMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    public Schema Build()
    {
        var errors = new List<string>();
        var schema = new Builder(this, errors).Build();
        if (schema is not null)
        {
            errors.AddRange(SchemaValidator.Validate(schema));
        }
        if (errors.Count > 0)
        {
            throw new SchemaBuildException(errors);
        }
        return schema!;
    }

    // One build run: collects definitions, creates types, then fills them in (types may reference each other).
    private sealed class Builder(SchemaBuilder config, List<string> errors)
    {
        private readonly Dictionary<string, NamedType> _types = new();
        private readonly List<NamedType> _typeOrder = [];
        private readonly Dictionary<string, TypeDefinitionOrExtensionNode> _definitions = new();
        private readonly Dictionary<string, List<TypeDefinitionOrExtensionNode>> _extensions = new();
        private readonly Dictionary<string, DirectiveDefinition> _directives = new();
        private readonly List<(InputValueDefinition Value, string Coordinate)> _defaults = [];
        private SchemaDefinitionNode? _schemaDefinition;
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];

        public Schema? Build()
        {
            Collect();
            foreach (var def in _definitions.Values)
            {
                var type = CreateType(def);
                _types[type.Name] = type;
                _typeOrder.Add(type);
            }
            foreach (var (name, extensions) in _extensions)
            {
                if (!_definitions.TryGetValue(name, out var def) && BuiltInScalars.Get(name) is null)
                {
                    errors.Add($"Cannot extend type \"{name}\" because it is not defined.");
                    continue;
                }
                foreach (var ext in extensions)
                {
                    if (def is not null && !IsExtensionOf(ext, def))
                    {
                        errors.Add($"Cannot extend non-{KindWord(ext)} type \"{name}\".");
                    }
                }
            }
            foreach (var type in _typeOrder)
            {
                FillType(type);
            }
            var directives = BuildDirectives();
            foreach (var (value, coordinate) in _defaults)
            {
                CoerceDefault(value, coordinate);
            }
            var (query, mutation, subscription) = RootTypes();
            if (errors.Count > 0)
            {
                return null;
            }
            BindResolvers();
            BindTypeResolvers();
            if (errors.Count > 0)
            {
                return null;
            }
            return new Schema(query, mutation, subscription, _typeOrder, directives, _schemaDefinition?.Description?.Value)
            {
                AstNode = _schemaDefinition,
                ExtensionAstNodes = _schemaExtensions,
            };
        }

        private void Collect()
        {
            foreach (var document in config._documents)
            {
                foreach (var definition in document.Definitions)
                {
                    switch (definition)
                    {
                        case SchemaDefinitionNode schemaDef:
                            if (_schemaDefinition is not null)
                            {
                                errors.Add("Must provide only one schema definition.");
                            }
                            _schemaDefinition = schemaDef;
                            break;
                        case SchemaExtensionNode schemaExt:
                            _schemaExtensions.Add(schemaExt);
                            break;
                        case TypeDefinitionOrExtensionNode { IsExtension: true } ext:
                            if (!_extensions.TryGetValue(ext.Name.Value, out var list))
                            {
                                _extensions[ext.Name.Value] = list = [];
                            }
                            list.Add(ext);
                            break;
                        case TypeDefinitionOrExtensionNode def:
                            if (BuiltInScalars.Get(def.Name.Value) is not null || def.Name.Value.StartsWith("__", StringComparison.Ordinal) && Introspection.IntrospectionTypes.All.Any(t => t.Name == def.Name.Value))
                            {
                                errors.Add($"Type \"{def.Name.Value}\" already exists in the schema. It cannot also be defined in this type definition.");
                            }
                            else if (!_definitions.TryAdd(def.Name.Value, def))
                            {
                                errors.Add($"There can be only one type named \"{def.Name.Value}\".");
                            }
                            break;
                        case DirectiveDefinitionNode:
                            break;
                        default:
                            errors.Add($"The schema document may only contain type system definitions; found {definition.Kind}.");
                            break;
                    }
                }
            }
        }

        private NamedType CreateType(TypeDefinitionOrExtensionNode def)
        {
            var name = def.Name.Value;
            NamedType type = def switch
            {
                ScalarTypeDefinitionNode s => new ScalarType(name, config._scalars.GetValueOrDefault(name) ?? PassThroughScalar.Instance, s.Description?.Value),
                ObjectTypeDefinitionNode o => new ObjectType(name, o.Description?.Value) { ClrType = config._clrTypes.GetValueOrDefault(name) },
                InterfaceTypeDefinitionNode i => new InterfaceType(name, i.Description?.Value),
                UnionTypeDefinitionNode u => new UnionType(name, u.Description?.Value),
                EnumTypeDefinitionNode e => new EnumType(name, e.Description?.Value),
                InputObjectTypeDefinitionNode i => new InputObjectType(name, i.Description?.Value),
                _ => throw new InvalidOperationException("Unexpected type definition."),
            };
            type.AstNode = def;
            type.ExtensionAstNodes = _extensions.GetValueOrDefault(name) ?? [];
            return type;
        }

        private static bool IsExtensionOf(TypeDefinitionOrExtensionNode ext, TypeDefinitionOrExtensionNode def) => (ext, def) switch
        {
            (ScalarTypeExtensionNode, ScalarTypeDefinitionNode) => true,
            (ObjectTypeExtensionNode, ObjectTypeDefinitionNode) => true,
            (InterfaceTypeExtensionNode, InterfaceTypeDefinitionNode) => true,
            (UnionTypeExtensionNode, UnionTypeDefinitionNode) => true,
            (EnumTypeExtensionNode, EnumTypeDefinitionNode) => true,
            (InputObjectTypeExtensionNode, InputObjectTypeDefinitionNode) => true,
            _ => false,
        };

        private static string KindWord(TypeDefinitionOrExtensionNode ext) => ext switch
        {
            ScalarTypeExtensionNode => "scalar",
            ObjectTypeExtensionNode => "object",
            InterfaceTypeExtensionNode => "interface",
            UnionTypeExtensionNode => "union",
            EnumTypeExtensionNode => "enum",
            _ => "input object",
        };

        private IEnumerable<TypeDefinitionOrExtensionNode> AllNodes(NamedType type) =>
            type.ExtensionAstNodes.Prepend(type.AstNode!).Where(n => IsExtensionOf(n, type.AstNode!) || n == type.AstNode);

        private void FillType(NamedType type)
        {
            var nodes = AllNodes(type).ToList();
            switch (type)
            {
                case ScalarType scalar:
                    foreach (var node in nodes)
                    {
                        if (FindDirective(node.Directives, "specifiedBy") is { } specifiedBy
                            && specifiedBy.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url)
                        {
                            scalar.SpecifiedByUrl = url.Value;
                        }
                    }
                    break;
                case ComplexType complex:
                    complex.Interfaces = nodes.Cast<FieldsTypeNode>().SelectMany(n => n.Interfaces)
                        .Select(n => ResolveNamed(n, $"{type.Name} interfaces"))
                        .Select(t => t as InterfaceType ?? Invalid<InterfaceType>($"Type {type.Name} must only implement Interface types, it cannot implement {t?.Name}.", t))
                        .OfType<InterfaceType>().ToList();
                    complex.Fields = nodes.Cast<FieldsTypeNode>().SelectMany(n => n.Fields)
                        .Select(f => BuildField(type.Name, f)).ToList();
                    break;
                case UnionType union:
                    union.Types = nodes.SelectMany(n => n is UnionTypeDefinitionNode d ? d.Types : ((UnionTypeExtensionNode)n).Types)
                        .Select(n => ResolveNamed(n, union.Name))
                        .Select(t => t as ObjectType ?? Invalid<ObjectType>($"Union type {union.Name} can only include Object types, it cannot include {t?.Name}.", t))
                        .OfType<ObjectType>().ToList();
                    break;
                case EnumType enumType:
                    enumType.Values = nodes.SelectMany(n => n is EnumTypeDefinitionNode d ? d.Values : ((EnumTypeExtensionNode)n).Values)
                        .Select(v => new EnumValueDefinition(v.Name.Value, EnumValueOf(enumType.Name, v.Name.Value), v.Description?.Value)
                        {
                            DeprecationReason = DeprecationReason(v.Directives),
                            AstNode = v,
                        }).ToList();
                    break;
                case InputObjectType input:
                    input.IsOneOf = nodes.Any(n => FindDirective(n.Directives, "oneOf") is not null);
                    input.Fields = nodes.SelectMany(n => n is InputObjectTypeDefinitionNode d ? d.Fields : ((InputObjectTypeExtensionNode)n).Fields)
                        .Select(f => BuildInputValue(f, $"{input.Name}.{f.Name.Value}")).ToList();
                    break;
            }
        }

        private T? Invalid<T>(string message, NamedType? type) where T : class
        {
            if (type is not null)
            {
                errors.Add(message);
            }
            return null;
        }

        private FieldDefinition BuildField(string typeName, FieldDefinitionNode node) =>
            new(node.Name.Value, ResolveType(node.Type, $"{typeName}.{node.Name.Value}"), node.Description?.Value)
            {
                Arguments = node.Arguments.Select(a => BuildInputValue(a, $"{typeName}.{node.Name.Value}({a.Name.Value}:)")).ToList(),
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            };

        private InputValueDefinition BuildInputValue(InputValueDefinitionNode node, string coordinate)
        {
            var value = new InputValueDefinition(node.Name.Value, ResolveType(node.Type, coordinate), node.Description?.Value)
            {
                DeprecationReason = DeprecationReason(node.Directives),
                DefaultValueAst = node.DefaultValue,
                AstNode = node,
            };
            if (node.DefaultValue is not null)
            {
                _defaults.Add((value, coordinate));
            }
            return value;
        }

        private readonly HashSet<InputObjectType> _defaultsReady = [];

        // Defaults are coerced once every type is complete. A default of an input object type gets
        // that type's own field defaults filled in, so those are coerced first.
        private void CoerceDefault(InputValueDefinition value, string coordinate)
        {
            if (value.HasDefaultValue)
            {
                return;
            }
            if (value.Type.GetNamedType() is InputObjectType input && _defaultsReady.Add(input))
            {
                foreach (var field in input.Fields)
                {
                    if (field.DefaultValueAst is not null)
                    {
                        CoerceDefault(field, $"{input.Name}.{field.Name}");
                    }
                }
            }
            if (ValueConversion.TryValueFromAst(value.DefaultValueAst, value.Type, null, out var coerced))
            {
                value.SetDefault(coerced);
            }
            else
            {
                errors.Add($"{coordinate} has invalid default value: {Printer.Print(value.DefaultValueAst!)}.");
            }
        }

        private GraphQLType ResolveType(TypeNode node, string coordinate) => node switch
        {
            ListTypeNode l => new ListType(ResolveType(l.Type, coordinate)),
            NonNullTypeNode n => new NonNullType(ResolveType(n.Type, coordinate)),
            NamedTypeNode named => ResolveNamed(named, coordinate) ?? BuiltInScalars.String,
            _ => throw new InvalidOperationException(),
        };

        private NamedType? ResolveNamed(NamedTypeNode node, string coordinate)
        {
            var name = node.Name.Value;
            if (_types.TryGetValue(name, out var type))
            {
                return type;
            }
            if (BuiltInScalars.Get(name) is { } scalar)
            {
                return scalar;
            }
            errors.Add($"Unknown type \"{name}\" (used by {coordinate}).");
            return null;
        }

        private object? EnumValueOf(string enumName, string valueName)
        {
            if (!config._clrEnums.TryGetValue(enumName, out var clrEnum))
            {
                return valueName;
            }
            static string Normalize(string s) => s.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
            var match = Enum.GetNames(clrEnum).FirstOrDefault(n => Normalize(n) == Normalize(valueName));
            if (match is null)
            {
                errors.Add($"Enum value {enumName}.{valueName} has no matching member in {clrEnum.Name}.");
                return valueName;
            }
            return Enum.Parse(clrEnum, match);
        }

        private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
        {
            foreach (var d in directives)
            {
                if (d.Name.Value == name)
                {
                    return d;
                }
            }
            return null;
        }

        private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
        {
            if (FindDirective(directives, "deprecated") is not { } deprecated)
            {
                return null;
            }
            var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value;
            return reason is StringValueNode s ? s.Value : DirectiveDefinition.DefaultDeprecationReason;
        }

        private List<DirectiveDefinition> BuildDirectives()
        {
            var list = new List<DirectiveDefinition>();
            foreach (var node in config._documents.SelectMany(d => d.Definitions).OfType<DirectiveDefinitionNode>())
            {
                var name = node.Name.Value;
                var directive = new DirectiveDefinition(
                    name,
                    node.Locations.Select(l => Enum.Parse<DirectiveLocation>(l.Value)).ToList(),
                    node.Arguments.Select(a => BuildInputValue(a, $"@{name}({a.Name.Value}:)")).ToList(),
                    node.Description?.Value,
                    node.Repeatable)
                { AstNode = node };
                if (!_directives.TryAdd(name, directive))
                {
                    errors.Add($"There can be only one directive named \"@{name}\".");
                    continue;
                }
                list.Add(directive);
            }
            foreach (var specified in DirectiveDefinition.SpecifiedDirectives)
            {
                if (_directives.TryAdd(specified.Name, specified))
                {
                    list.Add(specified);
                }
            }
            return list;
        }

        private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes()
        {
            var operationTypes = (_schemaDefinition?.OperationTypes ?? [])
                .Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
            ObjectType? Root(OperationType operation, string defaultName)
            {
                NamedType? type;
                if (_schemaDefinition is not null || operationTypes.Count > 0)
                {
                    var node = operationTypes.FirstOrDefault(o => o.Operation == operation);
                    if (node is null)
                    {
                        return null;
                    }
                    type = ResolveNamed(node.Type, "schema");
                }
                else
                {
                    type = _types.GetValueOrDefault(defaultName);
                }
                if (type is null)
                {
                    return null;
                }
                if (type is ObjectType obj)
                {
                    return obj;
                }
                errors.Add($"{defaultName} root type must be Object type, it cannot be {type.Name}.");
                return null;
            }
            var query = Root(OperationType.Query, "Query");
            if (query is null && errors.Count == 0)
            {
                errors.Add("Query root type must be provided.");
            }
            return (query, Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"));
        }

        private void BindResolvers()
        {
            foreach (var (coordinate, resolver) in config._resolvers)
            {
                var dot = coordinate.IndexOf('.');
                var typeName = dot > 0 ? coordinate[..dot] : coordinate;
                var fieldName = dot > 0 ? coordinate[(dot + 1)..] : "";
                if (!_types.TryGetValue(typeName, out var type))
                {
                    errors.Add($"Resolver bound to \"{coordinate}\", but type \"{typeName}\" does not exist.");
                }
                else if (type is not ObjectType obj)
                {
                    errors.Add($"Resolver bound to \"{coordinate}\", but \"{typeName}\" is not an object type.");
                }
                else if (obj.GetField(fieldName) is not { } field)
                {
                    var suggestions = Suggestions.DidYouMean(Suggestions.List(fieldName, obj.Fields.Select(f => f.Name)));
                    errors.Add($"Resolver bound to \"{coordinate}\", but type \"{typeName}\" has no field \"{fieldName}\".{suggestions}");
                }
                else
                {
                    field.Resolver = resolver;
                }
            }
            foreach (var type in _typeOrder.OfType<ObjectType>())
            {
                foreach (var field in type.Fields)
                {
                    if (field.Resolver is not null)
                    {
                        continue;
                    }
                    field.Resolver = type.ClrType is { } clrType
                        ? PropertyResolver(clrType, field.Name)
                        : config._defaultResolver?.Invoke(type, field);
                    if (field.Resolver is null)
                    {
                        errors.Add(type.ClrType is { } t
                            ? $"Field \"{type.Name}.{field.Name}\" has no resolver and {t.Name} has no property \"{field.Name}\"."
                            : $"Field \"{type.Name}.{field.Name}\" has no resolver (bind one with Resolve(\"{type.Name}.{field.Name}\", ...), BindType or UseDefaultResolver).");
                    }
                }
            }
            foreach (var type in _typeOrder.OfType<ObjectType>())
            {
                foreach (var field in type.Fields)
                {
                    for (var i = config._middleware.Count - 1; i >= 0 && field.Resolver is { } inner; i--)
                    {
                        field.Resolver = config._middleware[i](type, field, inner);
                    }
                }
            }
        }

        private void BindTypeResolvers()
        {
            foreach (var (name, resolver) in config._typeResolvers)
            {
                switch (_types.GetValueOrDefault(name))
                {
                    case InterfaceType i:
                        i.ResolveType = resolver;
                        break;
                    case UnionType u:
                        u.ResolveType = resolver;
                        break;
                    default:
                        errors.Add($"Type resolver bound to \"{name}\", which is not an interface or union type.");
                        break;
                }
            }
            foreach (var name in config._clrTypes.Keys)
            {
                if (_types.GetValueOrDefault(name) is not ObjectType)
                {
                    errors.Add($"BindType(\"{name}\"): no object type of that name.");
                }
            }
            foreach (var name in config._clrEnums.Keys)
            {
                if (_types.GetValueOrDefault(name) is not EnumType)
                {
                    errors.Add($"BindEnum(\"{name}\"): no enum type of that name.");
                }
            }
        }
    }

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

/// <summary>All problems found while building a schema, one per line in the message.</summary>
public sealed class SchemaBuildException(IReadOnlyList<string> errors)
    : Exception("Invalid schema:\n" + string.Join("\n", errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

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
