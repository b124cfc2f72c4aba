using PlanningGIS.GraphQL.Introspection;
using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.GraphQL.Types;

/// <summary>
/// An immutable, validated schema. Build one with <see cref="SchemaBuilder"/>. Types are kept in
/// graphql-js type-map order (this order shows in introspection and the schema printer).
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, List<ObjectType>> _possibleObjects = new();
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = new();

    internal Schema(
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description)
    {
        QueryType = query!;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        Directives = directives;
        _directives = new Dictionary<string, DirectiveDefinition>();
        foreach (var d in directives)
        {
            _directives.TryAdd(d.Name, d);
        }
        Types = CollectTypes(types, query, mutation, subscription, directives);
        _typeMap = new Dictionary<string, NamedType>();
        foreach (var type in Types)
        {
            _typeMap.TryAdd(type.Name, type);
        }
        IndexImplementations();
    }

    public string? Description { get; }

    /// <summary>The query root type (validated to exist when built by <see cref="SchemaBuilder"/>).</summary>
    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>All named types, including built-in scalars in use and the introspection types.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public SchemaDefinitionNode? AstNode { get; internal set; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types that can be the runtime type of an interface or union.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType u => u.Types,
        InterfaceType i => _possibleObjects.TryGetValue(i, out var list) ? list : [],
        ObjectType o => [o],
        _ => [],
    };

    /// <summary>graphql-js isSubType: a union member, or an implementation (object or interface) of an interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    public bool IsPossibleType(NamedType abstractType, ObjectType type) => IsSubType(abstractType, type);

    private void IndexImplementations()
    {
        foreach (var type in Types)
        {
            switch (type)
            {
                case UnionType union:
                    _subTypes[union] = new HashSet<NamedType>(union.Types);
                    break;
                case ComplexType complex:
                    foreach (var iface in complex.Interfaces)
                    {
                        if (!_subTypes.TryGetValue(iface, out var set))
                        {
                            _subTypes[iface] = set = new HashSet<NamedType>();
                        }
                        set.Add(complex);
                        if (complex is ObjectType obj)
                        {
                            if (!_possibleObjects.TryGetValue(iface, out var list))
                            {
                                _possibleObjects[iface] = list = new List<ObjectType>();
                            }
                            list.Add(obj);
                        }
                    }
                    break;
            }
        }
    }

    // graphql-js GraphQLSchema constructor: each given type is moved to the end of an ordered set
    // and followed by the types it references; then roots, directive arguments and __Schema.
    private static List<NamedType> CollectTypes(
        IReadOnlyList<NamedType> types,
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        var ordered = new OrderedTypeSet();
        foreach (var type in types)
        {
            ordered.Add(type);
        }
        foreach (var type in types)
        {
            ordered.Remove(type);
            Collect(type, ordered);
        }
        if (query is not null)
        {
            Collect(query, ordered);
        }
        if (mutation is not null)
        {
            Collect(mutation, ordered);
        }
        if (subscription is not null)
        {
            Collect(subscription, ordered);
        }
        foreach (var directive in directives)
        {
            foreach (var arg in directive.Arguments)
            {
                Collect(arg.Type, ordered);
            }
        }
        Collect(IntrospectionTypes.Schema, ordered);
        return ordered.ToList();
    }

    private static void Collect(GraphQLType type, OrderedTypeSet set)
    {
        var named = type.GetNamedType();
        if (!set.Add(named))
        {
            return;
        }
        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, set);
                }
                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Collect(iface, set);
                }
                foreach (var field in complex.Fields)
                {
                    Collect(field.Type, set);
                    foreach (var arg in field.Arguments)
                    {
                        Collect(arg.Type, set);
                    }
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type, set);
                }
                break;
        }
    }

    // Insertion-ordered set with removal (JS Set semantics), keyed by reference.
    private sealed class OrderedTypeSet
    {
        private readonly Dictionary<NamedType, long> _order = new(ReferenceEqualityComparer.Instance);
        private long _next;

        public bool Add(NamedType type)
        {
            if (_order.ContainsKey(type))
            {
                return false;
            }
            _order[type] = _next++;
            return true;
        }

        public void Remove(NamedType type) => _order.Remove(type);

        public List<NamedType> ToList() => _order.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToList();
    }
}
