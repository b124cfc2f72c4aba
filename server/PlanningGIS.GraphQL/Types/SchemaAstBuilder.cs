using PlanningGIS.GraphQL.Introspection;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>
/// SDL → schema (graphql-js buildASTSchema / extendSchemaImpl): collects the definitions and
/// extensions of validated SDL documents, creates every named type, then fills them in (types may
/// reference each other), builds the directives and chooses the root types. Resolvers are not its
/// business (<see cref="ResolverBinder"/>); the type-system rules are <see cref="SchemaValidator"/>'s.
/// </summary>
internal sealed class SchemaAstBuilder(
    IReadOnlyList<DocumentNode> documents,
    IReadOnlyDictionary<string, ScalarCoercion> scalars,
    List<GraphQLError> errors)
{
    private readonly Dictionary<string, NamedType> _types = new();
    private readonly List<NamedType> _typeOrder = [];
    private readonly List<TypeDefinitionOrExtensionNode> _definitions = [];
    private readonly Dictionary<string, List<TypeDefinitionOrExtensionNode>> _extensions = new();
    private readonly List<(InputValueDefinition Value, string Coordinate)> _defaults = [];
    private readonly HashSet<InputObjectType> _defaultsReady = [];
    private SchemaDefinitionNode? _schemaDefinition;
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];

    /// <summary>
    /// The schema, also when errors were found (the type-system rules then add theirs, so that all
    /// are reported at once, as graphql-js's validateSchema does).
    /// </summary>
    public Schema Build()
    {
        Collect();
        foreach (var definition in _definitions)
        {
            // As graphql-js: a definition of a standard type's name (scalar String, type __Type) names the standard type.
            if (StandardType(definition.Name.Value) is not null || _types.ContainsKey(definition.Name.Value))
            {
                continue;
            }
            var type = CreateType(definition);
            _types[type.Name] = type;
            _typeOrder.Add(type);
        }
        foreach (var type in _typeOrder)
        {
            FillType(type);
        }
        var directives = BuildDirectives();
        var (query, mutation, subscription) = RootTypes();
        return new Schema(query, mutation, subscription, _typeOrder, directives, _schemaDefinition?.Description?.Value)
        {
            AstNode = _schemaDefinition,
            ExtensionAstNodes = _schemaExtensions,
        };
    }

    /// <summary>Coerces every default value; called once .NET enums are bound (their values are the defaults' values).</summary>
    public void CoerceDefaults()
    {
        foreach (var (value, coordinate) in _defaults)
        {
            CoerceDefault(value, coordinate);
        }
    }

    private void Collect()
    {
        foreach (var definition in documents.SelectMany(d => d.Definitions))
        {
            switch (definition)
            {
                case SchemaDefinitionNode schemaDefinition:
                    _schemaDefinition ??= schemaDefinition;
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case TypeDefinitionOrExtensionNode { IsExtension: true } extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        _extensions[extension.Name.Value] = list = [];
                    }
                    list.Add(extension);
                    break;
                case TypeDefinitionOrExtensionNode type:
                    _definitions.Add(type);
                    break;
                default:
                    // Directive definitions are built later; operations and fragments are ignored, as by graphql-js.
                    break;
            }
        }
    }

    private static NamedType? StandardType(string name) =>
        BuiltInScalars.Get(name) ?? (name.StartsWith("__", StringComparison.Ordinal)
            ? IntrospectionTypes.All.FirstOrDefault(t => t.Name == name)
            : null);

    private NamedType CreateType(TypeDefinitionOrExtensionNode definition)
    {
        var name = definition.Name.Value;
        NamedType type = definition switch
        {
            ScalarTypeDefinitionNode s => new ScalarType(name, scalars.GetValueOrDefault(name) ?? PassThroughScalar.Instance, s.Description?.Value),
            ObjectTypeDefinitionNode o => new ObjectType(name, o.Description?.Value),
            InterfaceTypeDefinitionNode i => new InterfaceType(name, i.Description?.Value),
            UnionTypeDefinitionNode u => new UnionType(name, u.Description?.Value),
            EnumTypeDefinitionNode e => new EnumType(name, e.Description?.Value),
            InputObjectTypeDefinitionNode i => new InputObjectType(name, i.Description?.Value),
            _ => throw new InvalidOperationException("Unexpected type definition."),
        };
        type.AstNode = definition;
        // Extensions of another kind are PossibleTypeExtensions' error; they are not applied.
        type.ExtensionAstNodes = (_extensions.GetValueOrDefault(name) ?? []).Where(e => IsExtensionOf(e, definition)).ToList();
        return type;
    }

    private static bool IsExtensionOf(TypeDefinitionOrExtensionNode extension, TypeDefinitionOrExtensionNode definition) => (extension, definition) switch
    {
        (ScalarTypeExtensionNode, ScalarTypeDefinitionNode) => true,
        (ObjectTypeExtensionNode, ObjectTypeDefinitionNode) => true,
        (InterfaceTypeExtensionNode, InterfaceTypeDefinitionNode) => true,
        (UnionTypeExtensionNode, UnionTypeDefinitionNode) => true,
        (EnumTypeExtensionNode, EnumTypeDefinitionNode) => true,
        (InputObjectTypeExtensionNode, InputObjectTypeDefinitionNode) => true,
        _ => false,
    };

    private void FillType(NamedType type)
    {
        var nodes = type.ExtensionAstNodes.Prepend(type.AstNode!).ToList();
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
                var interfaceNodes = nodes.Cast<FieldsTypeNode>().SelectMany(n => n.Interfaces).ToList();
                complex.Interfaces = interfaceNodes
                    .Select(n => ResolveNamed(n, $"{type.Name} interfaces"))
                    .Select(t => t as InterfaceType ?? Invalid<InterfaceType>(t, interfaceNodes,
                        $"Type {type.Name} must only implement Interface types, it cannot implement {t?.Name}."))
                    .OfType<InterfaceType>().ToList();
                complex.Fields = nodes.Cast<FieldsTypeNode>().SelectMany(n => n.Fields)
                    .Select(f => BuildField(type.Name, f)).ToList();
                break;
            case UnionType union:
                var memberNodes = nodes.SelectMany(n => n is UnionTypeDefinitionNode d ? d.Types : ((UnionTypeExtensionNode)n).Types).ToList();
                union.Types = memberNodes
                    .Select(n => ResolveNamed(n, union.Name))
                    .Select(t => t as ObjectType ?? Invalid<ObjectType>(t, memberNodes,
                        $"Union type {union.Name} can only include Object types, it cannot include {t?.Name}."))
                    .OfType<ObjectType>().ToList();
                break;
            case EnumType enumType:
                enumType.Values = nodes.SelectMany(n => n is EnumTypeDefinitionNode d ? d.Values : ((EnumTypeExtensionNode)n).Values)
                    .Select(v => new EnumValueDefinition(v.Name.Value, v.Name.Value, v.Description?.Value)
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

    // A member of the wrong kind, reported at every place the type names it (graphql-js
    // getAllImplementsInterfaceNodes / getUnionMemberTypeNodes); the schema is built without it.
    // As graphql-js, a union reports it once, an interface list once per mention.
    private T? Invalid<T>(NamedType? type, List<NamedTypeNode> nodes, string message) where T : class
    {
        if (type is not null && (typeof(T) == typeof(InterfaceType) || _reported.Add((nodes, type.Name))))
        {
            errors.Add(GraphQLError.At(message, nodes.Where(n => n.Name.Value == type.Name).ToList<AstNode>()));
        }
        return null;
    }

    private readonly HashSet<(List<NamedTypeNode>, string)> _reported = [];

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
            errors.Add(GraphQLError.At($"{coordinate} has invalid default value: {Printer.Print(value.DefaultValueAst!)}.", value.DefaultValueAst));
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
        if (StandardType(name) is { } standard)
        {
            return standard;
        }
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }
        // KnownTypeNames has reported it already; kept for documents that skipped SDL validation.
        errors.Add(GraphQLError.At($"Unknown type \"{name}\" (used by {coordinate}).", node));
        return null;
    }

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name) =>
        directives.FirstOrDefault(d => d.Name.Value == name);

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        if (FindDirective(directives, "deprecated") is not { } deprecated)
        {
            return null;
        }
        var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value;
        return reason is StringValueNode s ? s.Value : DirectiveDefinition.DefaultDeprecationReason;
    }

    // Custom directives in document order, then the built-in ones the SDL does not redefine.
    private List<DirectiveDefinition> BuildDirectives()
    {
        var list = new List<DirectiveDefinition>();
        var names = new HashSet<string>();
        foreach (var node in documents.SelectMany(d => d.Definitions).OfType<DirectiveDefinitionNode>())
        {
            var name = node.Name.Value;
            if (!names.Add(name))
            {
                continue; // UniqueDirectiveNames' error
            }
            list.Add(new DirectiveDefinition(
                name,
                node.Locations.Select(l => Enum.Parse<DirectiveLocation>(l.Value)).ToList(),
                node.Arguments.Select(a => BuildInputValue(a, $"@{name}({a.Name.Value}:)")).ToList(),
                node.Description?.Value,
                node.Repeatable)
            { AstNode = node });
        }
        list.AddRange(DirectiveDefinition.SpecifiedDirectives.Where(d => names.Add(d.Name)));
        return list;
    }

    // graphql-js buildASTSchema: the operation types of the schema definition and its extensions;
    // without a schema definition, types named Query, Mutation and Subscription take their roles
    // (even over an extension's choice). A missing query root, or a root that is not an object type, is
    // reported here (graphql-js validateRootTypes), since the schema holds only object types as roots.
    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes()
    {
        var operationTypes = (_schemaDefinition?.OperationTypes ?? [])
            .Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
        ObjectType? Root(OperationType operation, string defaultName)
        {
            var node = operationTypes.FirstOrDefault(o => o.Operation == operation);
            var type = node is null ? null : ResolveNamed(node.Type, "schema");
            if (_schemaDefinition is null && _types.GetValueOrDefault(defaultName) is { } byName)
            {
                type = byName;
                node = null;
            }
            if (type is null or ObjectType)
            {
                return (ObjectType?)type;
            }
            var ifProvided = operation == OperationType.Query ? "" : " if provided";
            errors.Add(GraphQLError.At($"{defaultName} root type must be Object type{ifProvided}, it cannot be {type.Name}.", (AstNode?)node?.Type ?? type.AstNode));
            return null;
        }
        var rejected = errors.Count;
        var query = Root(OperationType.Query, "Query");
        if (query is null && errors.Count == rejected)
        {
            errors.Add(GraphQLError.At("Query root type must be provided.", _schemaDefinition));
        }
        return (query, Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"));
    }
}
