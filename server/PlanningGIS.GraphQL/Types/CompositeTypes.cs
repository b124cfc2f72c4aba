namespace PlanningGIS.GraphQL.Types;

/// <summary>Decides the concrete object type of a value of an abstract type; returns its name.</summary>
public delegate string? TypeResolver(object value);

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private Dictionary<string, FieldDefinition> _fieldsByName = new();
    private IReadOnlyList<FieldDefinition> _fields = [];

    protected ComplexType(string name, string? description) : base(name, description)
    {
    }

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            _fieldsByName = new Dictionary<string, FieldDefinition>();
            foreach (var def in value)
            {
                _fieldsByName.TryAdd(def.Name, def); // duplicates are reported by SchemaValidator
            }
        }
    }

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    public bool Implements(InterfaceType iface)
    {
        foreach (var i in Interfaces)
        {
            if (i == iface)
            {
                return true;
            }
        }
        return false;
    }
}

public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null) : base(name, description)
    {
    }

    /// <summary>The .NET type values of this type have (bound with SchemaBuilder.BindType), used for type resolution.</summary>
    public Type? ClrType { get; internal set; }

    /// <summary>Optional check whether a value belongs to this type (graphql-js isTypeOf).</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}

public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, string? description = null) : base(name, description)
    {
    }

    public TypeResolver? ResolveType { get; internal set; }
}

public sealed class UnionType : NamedType
{
    public UnionType(string name, string? description = null) : base(name, description)
    {
    }

    /// <summary>Member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    public TypeResolver? ResolveType { get; internal set; }
}
