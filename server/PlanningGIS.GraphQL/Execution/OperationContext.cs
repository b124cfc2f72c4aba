using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>State of one execution: the operation, coerced variables, errors and caches.</summary>
internal sealed class OperationContext
{
    private Dictionary<(NamedType, List<FieldNode>), List<FieldGroup>>? _subFieldCache;
    private List<GraphQLError>? _errors;

    public OperationContext(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, object? rootValue, RequestContext request, OperationPlan? plan)
    {
        Plan = plan;
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        RootValue = rootValue;
        Request = request;
        Scheduler = new WorkScheduler();
    }

    public Schema Schema { get; }

    /// <summary>The operation's shared field collection, when it does not depend on variables.</summary>
    public OperationPlan? Plan { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public RequestContext Request { get; }

    public WorkScheduler Scheduler { get; }

    /// <summary>Field errors so far (a shared empty list until the first one).</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors ?? (IReadOnlyList<GraphQLError>)[];

    public void AddError(GraphQLError error) => (_errors ??= []).Add(error);

    /// <summary>
    /// The fields selected below a field group for a type. Cached because list items repeat the same
    /// work: in the operation's plan when the group is shared and nothing below depends on
    /// variables, else for this request.
    /// </summary>
    public List<FieldGroup> CollectSubFields(NamedType type, FieldGroup group)
    {
        var key = (type, group.Nodes);
        var plan = group.Shared ? Plan : null;
        if (plan is not null && plan.TryGetSubFields(key, out var planned))
        {
            return planned;
        }
        // Locked: a resolver may look ahead (SubFields) from another thread after an await while
        // the executor collects for another object.
        var cache = LazyInitializer.EnsureInitialized(ref _subFieldCache);
        lock (cache)
        {
            if (cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }
        var fields = FieldCollector.Collect(Schema, Fragments, Variables, type, group.Nodes, out var conditional);
        foreach (var field in fields)
        {
            field.Depth = group.Depth + 1;
        }
        if (plan is not null && !conditional)
        {
            return plan.AddSubFields(key, fields);
        }
        lock (cache)
        {
            return cache.TryAdd(key, fields) ? fields : cache[key];
        }
    }
}
