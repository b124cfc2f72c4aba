using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    private Dictionary<string, InputValueDefinition>? _argumentsByName;

    public FieldDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public GraphQLType Type { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver bound to this field (explicit, or the builder's default). Null on interfaces.</summary>
    public FieldResolver? Resolver { get; internal set; }

    public FieldDefinitionNode? AstNode { get; internal set; }

    public InputValueDefinition? GetArgument(string name)
    {
        if (Arguments.Count <= 4)
        {
            foreach (var arg in Arguments)
            {
                if (arg.Name == name)
                {
                    return arg;
                }
            }
            return null;
        }
        _argumentsByName ??= Arguments.ToDictionary(a => a.Name);
        return _argumentsByName.GetValueOrDefault(name);
    }
}

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition
{
    public InputValueDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public GraphQLType Type { get; internal set; }

    /// <summary>Whether a default is defined (a default of null is a default).</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The coerced default value (meaningful when <see cref="HasDefaultValue"/>).</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>The default as written in SDL, when built from SDL.</summary>
    public ValueNode? DefaultValueAst { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; internal set; }

    internal void SetDefault(object? value)
    {
        HasDefaultValue = true;
        DefaultValue = value;
    }
}

public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value, string? description = null)
    {
        Name = name;
        Value = value;
        Description = description;
    }

    public string Name { get; }

    /// <summary>The .NET value the enum value maps to (the name itself unless bound to a .NET enum).</summary>
    public object? Value { get; internal set; }

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; internal set; }
}

public sealed class DirectiveDefinition
{
    public const string DefaultDeprecationReason = "No longer supported";

    public DirectiveDefinition(
        string name,
        IReadOnlyList<DirectiveLocation> locations,
        IReadOnlyList<InputValueDefinition>? arguments = null,
        string? description = null,
        bool isRepeatable = false)
    {
        Name = name;
        Locations = locations;
        Arguments = arguments ?? [];
        Description = description;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public IReadOnlyList<DirectiveLocation> Locations { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; }

    public bool IsRepeatable { get; internal set; }

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    public InputValueDefinition? GetArgument(string name) => Arguments.FirstOrDefault(a => a.Name == name);

    public override string ToString() => "@" + Name;

    public static readonly DirectiveDefinition Include = new(
        "include",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Included when true.")],
        "Directs the executor to include this field or fragment only when the `if` argument is true.");

    public static readonly DirectiveDefinition Skip = new(
        "skip",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true.")],
        "Directs the executor to skip this field or fragment when the `if` argument is true.");

    public static readonly DirectiveDefinition Deprecated = new(
        "deprecated",
        [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION, DirectiveLocation.ENUM_VALUE],
        [WithDefault(new InputValueDefinition("reason", BuiltInScalars.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/)."),
            DefaultDeprecationReason)],
        "Marks an element of a GraphQL schema as no longer supported.");

    public static readonly DirectiveDefinition SpecifiedBy = new(
        "specifiedBy",
        [DirectiveLocation.SCALAR],
        [new InputValueDefinition("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar.")],
        "Exposes a URL that specifies the behavior of this scalar.");

    public static readonly DirectiveDefinition OneOf = new(
        "oneOf",
        [DirectiveLocation.INPUT_OBJECT],
        [],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>The directives every schema has, in graphql-js order.</summary>
    public static readonly IReadOnlyList<DirectiveDefinition> SpecifiedDirectives = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(DirectiveDefinition directive) => SpecifiedDirectives.Any(d => d.Name == directive.Name);

    private static InputValueDefinition WithDefault(InputValueDefinition arg, object? value)
    {
        arg.SetDefault(value);
        return arg;
    }
}
