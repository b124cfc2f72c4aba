using System.Collections.Concurrent;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// The field collection of one operation against one schema, kept on the operation node so that
/// every execution of the same parsed document (the service caches documents) skips CollectFields.
/// Only collections that cannot depend on variables (no @skip/@include met) are kept. Their field
/// groups are shared by concurrent executions, so they are marked <see cref="FieldGroup.Shared"/>
/// and hold no per-request state.
/// </summary>
internal sealed class OperationPlan
{
    // Created on first use: an operation of leaf fields only never needs it.
    private ConcurrentDictionary<(NamedType, List<FieldNode>), List<FieldGroup>>? _subFields;

    public OperationPlan(Schema schema, List<FieldGroup> rootFields)
    {
        Schema = schema;
        RootFields = Share(rootFields);
    }

    public Schema Schema { get; }

    public List<FieldGroup> RootFields { get; }

    public bool TryGetSubFields((NamedType, List<FieldNode>) key, out List<FieldGroup> fields)
    {
        fields = null!;
        return Volatile.Read(ref _subFields) is { } subFields && subFields.TryGetValue(key, out fields!);
    }

    /// <summary>Keeps a collection below a shared group; returns the one kept (another execution may have been first).</summary>
    public List<FieldGroup> AddSubFields((NamedType, List<FieldNode>) key, List<FieldGroup> fields) =>
        LazyInitializer.EnsureInitialized(ref _subFields).GetOrAdd(key, Share(fields));

    private static List<FieldGroup> Share(List<FieldGroup> fields)
    {
        foreach (var field in fields)
        {
            field.Shared = true;
        }
        return fields;
    }
}
