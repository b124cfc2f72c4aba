using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>State of one execution: the operation, coerced variables, errors and caches.</summary>
internal sealed class OperationContext
{
    private readonly Dictionary<(NamedType, List<FieldNode>), List<FieldGroup>> _subFieldCache = new();

    public OperationContext(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, object? rootValue, RequestContext request)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        RootValue = rootValue;
        Request = request;
        Scheduler = new WorkScheduler(new DataLoaderRegistry());
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public RequestContext Request { get; }

    public WorkScheduler Scheduler { get; }

    public List<GraphQLError> Errors { get; } = [];

    /// <summary>Sub-fields of a field group for a type; cached because list items repeat the same work.</summary>
    public List<FieldGroup> CollectSubFields(NamedType type, List<FieldNode> fieldNodes)
    {
        var key = (type, fieldNodes);
        if (!_subFieldCache.TryGetValue(key, out var fields))
        {
            fields = FieldCollector.Collect(Schema, Fragments, Variables, type, fieldNodes);
            _subFieldCache[key] = fields;
        }
        return fields;
    }

    public IReadOnlyList<FieldGroup> CollectSubFields(NamedType type, IReadOnlyList<FieldNode> fieldNodes) =>
        fieldNodes is List<FieldNode> list
            ? CollectSubFields(type, list)
            : FieldCollector.Collect(Schema, Fragments, Variables, type, fieldNodes);
}
