using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Introspection;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>
/// The type system rules of the spec (graphql-js validateSchema), with its messages and locations.
/// Uniqueness of names is the SDL validation's (<see cref="Validation.SdlValidator"/>), and the
/// presence and kind of the root types the builder's (<see cref="SchemaAstBuilder"/>), as in graphql-js.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        ValidateRootTypes(schema, errors);
        ValidateDirectives(schema, errors);
        var inputCycles = new InputCycleDetector(errors);
        foreach (var type in schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }
            ValidateName(type.Name, type.AstNode, errors);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(schema, complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    inputCycles.Check(input);
                    break;
            }
        }
        return errors;
    }

    // The September 2025 spec's "root types must all be different" (graphql-js 17's message; 16 lacks the rule).
    private static void ValidateRootTypes(Schema schema, List<GraphQLError> errors)
    {
        var roots = new[] { (OperationType.Query, schema.QueryType), (OperationType.Mutation, schema.MutationType), (OperationType.Subscription, schema.SubscriptionType) }
            .Where(r => r.Item2 is not null).ToList();
        foreach (var group in roots.GroupBy(r => r.Item2))
        {
            var operations = group.Select(r => r.Item1).ToList();
            if (operations.Count > 1)
            {
                var names = operations.Select(o => o.ToString().ToLowerInvariant()).ToList();
                var list = names.Count == 2 ? $"{names[0]} and {names[1]}" : $"{string.Join(", ", names[..^1])}, and {names[^1]}";
                var nodes = operations.Select(o => OperationTypeNode(schema, o)).OfType<AstNode>().ToList();
                errors.Add(GraphQLError.At($"All root types must be different, \"{group.Key!.Name}\" type is used as {list} root types.", nodes));
            }
        }
    }

    private static NamedTypeNode? OperationTypeNode(Schema schema, OperationType operation) =>
        (schema.AstNode?.OperationTypes ?? []).Concat(schema.ExtensionAstNodes.SelectMany(e => e.OperationTypes))
            .FirstOrDefault(o => o.Operation == operation)?.Type;

    private static void ValidateDirectives(Schema schema, List<GraphQLError> errors)
    {
        foreach (var directive in schema.Directives)
        {
            if (DirectiveDefinition.SpecifiedDirectives.Contains(directive))
            {
                continue;
            }
            ValidateName(directive.Name, directive.AstNode, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add(GraphQLError.At($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode));
            }
            foreach (var arg in directive.Arguments)
            {
                ValidateName(arg.Name, arg.AstNode, errors);
                if (!arg.Type.IsInputType)
                {
                    errors.Add(GraphQLError.At($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode));
                }
                if (arg.Type is NonNullType && !arg.HasDefaultValue && arg.IsDeprecated)
                {
                    errors.Add(GraphQLError.At($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.", DeprecatedAndType(arg)));
                }
            }
        }
    }

    private static void ValidateName(string name, AstNode? node, List<GraphQLError> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(GraphQLError.At($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node));
        }
    }

    // The definition and its extensions: where graphql-js reports a problem of the type as a whole.
    private static List<AstNode> AllNodes(NamedType type) =>
        type.AstNode is null ? [] : [type.AstNode, .. type.ExtensionAstNodes];

    // graphql-js [getDeprecatedDirectiveNode(astNode), astNode.type].
    private static List<AstNode> DeprecatedAndType(InputValueDefinition value) =>
        value.AstNode is not { } node ? [] : [.. node.Directives.Where(d => d.Name.Value == "deprecated").Take(1), node.Type];

    private static List<AstNode> InterfaceNodes(ComplexType type, InterfaceType iface) =>
        AllNodes(type).OfType<FieldsTypeNode>().SelectMany(n => n.Interfaces).Where(n => n.Name.Value == iface.Name).ToList<AstNode>();

    private static void ValidateFields(Schema schema, ComplexType type, List<GraphQLError> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(GraphQLError.At($"Type {type.Name} must define one or more fields.", AllNodes(type)));
        }
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add(GraphQLError.At($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type));
            }
            foreach (var arg in field.Arguments)
            {
                ValidateName(arg.Name, arg.AstNode, errors);
                if (!arg.Type.IsInputType)
                {
                    errors.Add(GraphQLError.At($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode?.Type));
                }
                if (arg.Type is NonNullType && !arg.HasDefaultValue && arg.IsDeprecated)
                {
                    errors.Add(GraphQLError.At($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.", DeprecatedAndType(arg)));
                }
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, List<GraphQLError> errors)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (iface == type)
            {
                errors.Add(GraphQLError.At($"Type {type.Name} cannot implement itself because it would create a circular reference.", InterfaceNodes(type, iface)));
                continue;
            }
            if (!seen.Add(iface))
            {
                errors.Add(GraphQLError.At($"Type {type.Name} can only implement {iface.Name} once.", InterfaceNodes(type, iface)));
                continue;
            }
            ValidateTypeImplementsAncestors(type, iface, errors);
            ValidateTypeImplementsInterface(schema, type, iface, errors);
        }
    }

    private static void ValidateTypeImplementsAncestors(ComplexType type, InterfaceType iface, List<GraphQLError> errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                errors.Add(GraphQLError.At(transitive == type
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. InterfaceNodes(iface, transitive), .. InterfaceNodes(type, iface)]));
            }
        }
    }

    private static void ValidateTypeImplementsInterface(Schema schema, ComplexType type, InterfaceType iface, List<GraphQLError> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                errors.Add(GraphQLError.At($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [.. Present(ifaceField.AstNode), .. AllNodes(type)]));
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                errors.Add(GraphQLError.At($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    [.. Present(ifaceField.AstNode?.Type), .. Present(typeField.AstNode?.Type)]));
            }
            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    errors.Add(GraphQLError.At($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                        [.. Present(ifaceArg.AstNode), .. Present(typeField.AstNode)]));
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    errors.Add(GraphQLError.At($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.",
                        [.. Present(ifaceArg.AstNode?.Type), .. Present(typeArg.AstNode?.Type)]));
                }
            }
            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.Type is NonNullType && !typeArg.HasDefaultValue && ifaceField.GetArgument(typeArg.Name) is null)
                {
                    errors.Add(GraphQLError.At($"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        [.. Present(typeArg.AstNode), .. Present(ifaceField.AstNode)]));
                }
            }
        }
    }

    private static IEnumerable<AstNode> Present(AstNode? node) => node is null ? [] : [node];

    private static void ValidateUnion(UnionType union, List<GraphQLError> errors)
    {
        // A member of another kind is left out of Types (the builder reports it) but still counts here, as in graphql-js.
        if (union.Types.Count == 0 && !AllNodes(union).Any(n => n is UnionTypeDefinitionNode { Types.Count: > 0 } or UnionTypeExtensionNode { Types.Count: > 0 }))
        {
            errors.Add(GraphQLError.At($"Union type {union.Name} must define one or more member types.", AllNodes(union)));
        }
        var seen = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                var nodes = AllNodes(union).SelectMany(n => n is UnionTypeDefinitionNode d ? d.Types : ((UnionTypeExtensionNode)n).Types)
                    .Where(n => n.Name.Value == member.Name).ToList<AstNode>();
                errors.Add(GraphQLError.At($"Union type {union.Name} can only include type {member.Name} once.", nodes));
            }
        }
    }

    private static void ValidateEnum(EnumType enumType, List<GraphQLError> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(GraphQLError.At($"Enum type {enumType.Name} must define one or more values.", AllNodes(enumType)));
        }
        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.AstNode, errors);
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<GraphQLError> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(GraphQLError.At($"Input Object type {input.Name} must define one or more fields.", AllNodes(input)));
        }
        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.AstNode, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add(GraphQLError.At($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type));
            }
            if (field.Type is NonNullType && !field.HasDefaultValue && field.IsDeprecated)
            {
                errors.Add(GraphQLError.At($"Required input field {input.Name}.{field.Name} cannot be deprecated.", DeprecatedAndType(field)));
            }
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add(GraphQLError.At($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type));
                }
                if (field.HasDefaultValue)
                {
                    errors.Add(GraphQLError.At($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode));
                }
            }
        }
    }

    // An input object may not reach itself through non-null (singular) fields: no finite value exists.
    private sealed class InputCycleDetector(List<GraphQLError> errors)
    {
        private readonly HashSet<InputObjectType> _visited = [];
        private readonly List<InputValueDefinition> _path = [];
        private readonly Dictionary<InputObjectType, int> _pathIndex = new();

        public void Check(InputObjectType input)
        {
            if (!_visited.Add(input))
            {
                return;
            }
            _pathIndex[input] = _path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _path.Add(field);
                    if (_pathIndex.TryGetValue(fieldType, out var cycleIndex))
                    {
                        var pathStr = string.Join(".", _path.Skip(cycleIndex).Select(f => f.Name));
                        var nodes = _path.Skip(cycleIndex).Select(f => f.AstNode).OfType<AstNode>().ToList();
                        errors.Add(GraphQLError.At($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathStr}\".", nodes));
                    }
                    else
                    {
                        Check(fieldType);
                    }
                    _path.RemoveAt(_path.Count - 1);
                }
            }
            _pathIndex.Remove(input);
        }
    }
}
