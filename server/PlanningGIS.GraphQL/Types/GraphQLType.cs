namespace PlanningGIS.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    /// <summary>The named type at the bottom of the wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>This type without its non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nn ? nn.OfType : this;

    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    public bool IsOutputType => GetNamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public bool IsLeafType => this is ScalarType or EnumType;

    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>The type in SDL notation, e.g. "[Int!]!".</summary>
    public abstract override string ToString();
}

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The SDL definition this type was built from (null for built-in types).</summary>
    public Language.TypeDefinitionOrExtensionNode? AstNode { get; internal set; }

    public IReadOnlyList<Language.TypeDefinitionOrExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    public override NamedType GetNamedType() => this;

    public override string ToString() => Name;
}

public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => "[" + OfType + "]";

    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => OfType.GetHashCode() * 31 + 1;
}

public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("Non-null of non-null is not a valid type.", nameof(ofType));
        }
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => OfType + "!";

    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => OfType.GetHashCode() * 31 + 2;
}
