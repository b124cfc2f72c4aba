using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>An enum type. Values map to .NET values (their names, unless bound to a .NET enum).</summary>
public sealed class EnumType : NamedType
{
    private Dictionary<string, EnumValueDefinition> _byName = new();
    private Dictionary<object, EnumValueDefinition> _byValue = new();
    private IReadOnlyList<EnumValueDefinition> _values = [];

    public EnumType(string name, string? description = null) : base(name, description)
    {
    }

    public IReadOnlyList<EnumValueDefinition> Values
    {
        get => _values;
        internal set
        {
            _values = value;
            Reindex();
        }
    }

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion: internal value to the enum value's name.</summary>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var def))
        {
            return def.Name;
        }
        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value (a name string) to the internal value.</summary>
    public object? ParseValue(object value)
    {
        if (value is not string name)
        {
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {Inspector.Inspect(value)}." + DidYouMean(Inspector.Inspect(value)));
        }
        return _byName.TryGetValue(name, out var def)
            ? def.Value
            : throw new GraphQLError($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMean(name));
    }

    public object? ParseLiteral(ValueNode node)
    {
        if (node is not EnumValueNode enumNode)
        {
            var text = Printer.Print(node);
            throw GraphQLError.At($"Enum \"{Name}\" cannot represent non-enum value: {text}." + DidYouMean(text), node);
        }
        return _byName.TryGetValue(enumNode.Value, out var def)
            ? def.Value
            : throw GraphQLError.At($"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(enumNode.Value), node);
    }

    internal void Reindex()
    {
        _byName = new Dictionary<string, EnumValueDefinition>();
        foreach (var v in _values)
        {
            _byName.TryAdd(v.Name, v);
        }
        _byValue = new Dictionary<object, EnumValueDefinition>();
        foreach (var v in _values)
        {
            if (v.Value is not null)
            {
                _byValue.TryAdd(v.Value, v);
            }
        }
    }

    private string DidYouMean(string input) => Suggestions.DidYouMean("the enum value", Suggestions.List(input, _values.Select(v => v.Name)));
}

/// <summary>An input object type; <see cref="IsOneOf"/> for @oneOf input objects.</summary>
public sealed class InputObjectType : NamedType
{
    private Dictionary<string, InputValueDefinition> _byName = new();
    private IReadOnlyList<InputValueDefinition> _fields = [];

    public InputObjectType(string name, string? description = null) : base(name, description)
    {
    }

    public IReadOnlyList<InputValueDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            _byName = new Dictionary<string, InputValueDefinition>();
            foreach (var def in value)
            {
                _byName.TryAdd(def.Name, def); // duplicates are reported by SchemaValidator
            }
        }
    }

    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);
}
