using PlanningGIS.GraphQL.Introspection;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>The type system rules of the spec (graphql-js validateSchema), with its messages.</summary>
public static class SchemaValidator
{
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        var errors = new List<string>();
        ValidateRootTypes(schema, errors);
        ValidateDirectives(schema, errors);
        var inputCycles = new InputCycleDetector(errors);
        foreach (var type in schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }
            ValidateName(type.Name, errors);
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

    private static void ValidateRootTypes(Schema schema, List<string> errors)
    {
        if (schema.QueryType is null)
        {
            errors.Add("Query root type must be provided.");
        }
        var roots = new[] { ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType) }
            .Where(r => r.Item2 is not null).ToList();
        foreach (var group in roots.GroupBy(r => r.Item2))
        {
            if (group.Count() > 1)
            {
                var ops = group.Select(r => r.Item1).ToList();
                errors.Add($"All root types must be different, \"{group.Key!.Name}\" type is used as {string.Join(" and ", ops)} root types.");
            }
        }
    }

    private static void ValidateDirectives(Schema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives)
        {
            if (DirectiveDefinition.SpecifiedDirectives.Contains(directive))
            {
                continue;
            }
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            }
            foreach (var arg in directive.Arguments)
            {
                ValidateName(arg.Name, errors);
                if (!arg.Type.IsInputType)
                {
                    errors.Add($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.");
                }
                if (arg.Type is NonNullType && !arg.HasDefaultValue && arg.IsDeprecated)
                {
                    errors.Add($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateFields(Schema schema, ComplexType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }
        foreach (var dup in type.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"Field \"{type.Name}.{dup.Key}\" can only be defined once.");
        }
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }
            foreach (var arg in field.Arguments)
            {
                ValidateName(arg.Name, errors);
                if (!arg.Type.IsInputType)
                {
                    errors.Add($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.");
                }
                if (arg.Type is NonNullType && !arg.HasDefaultValue && arg.IsDeprecated)
                {
                    errors.Add($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, List<string> errors)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (iface == type)
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }
            if (!seen.Add(iface))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }
            ValidateTypeImplementsAncestors(type, iface, errors);
            ValidateTypeImplementsInterface(schema, type, iface, errors);
        }
    }

    private static void ValidateTypeImplementsAncestors(ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                errors.Add(transitive == type
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }
        }
    }

    private static void ValidateTypeImplementsInterface(Schema schema, ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                errors.Add($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.");
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.");
            }
            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.");
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.");
                }
            }
            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.Type is NonNullType && !typeArg.HasDefaultValue && ifaceField.GetArgument(typeArg.Name) is null)
                {
                    errors.Add($"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.");
                }
            }
        }
    }

    private static void ValidateUnion(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }
        var seen = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }
    }

    private static void ValidateEnum(EnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type {enumType.Name} must define one or more values.");
        }
        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, errors);
        }
        foreach (var dup in enumType.Values.GroupBy(v => v.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"Enum value \"{enumType.Name}.{dup.Key}\" can only be defined once.");
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }
        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }
            if (field.Type is NonNullType && !field.HasDefaultValue && field.IsDeprecated)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }
                if (field.HasDefaultValue)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
        foreach (var dup in input.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"Field \"{input.Name}.{dup.Key}\" can only be defined once.");
        }
    }

    // An input object may not reach itself through non-null (singular) fields: no finite value exists.
    private sealed class InputCycleDetector(List<string> errors)
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
                        errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathStr}\".");
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
