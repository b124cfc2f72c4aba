using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// Static checks of an operation against <see cref="GraphQLLimits"/> before anything runs: depth,
/// field count, estimated cost and use of introspection. Fragments are expanded with memoization
/// (and cycle protection), so the analysis stays linear even for hostile documents.
/// </summary>
internal static class QueryAnalyzer
{
    private static readonly string[] SizeArguments = ["first", "last", "limit", "pageSize"];

    /// <summary>The first limit the operation breaks (null if none), and its estimated cost.</summary>
    public static (GraphQLError? Error, long Cost) Check(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, GraphQLLimits limits)
    {
        var stats = new Analysis(schema, fragments, variables, limits).Analyze(operation.SelectionSet, schema.GetRootType(operation.Operation), pageSize: null);
        return (Refusal(operation, limits, stats), stats.Cost);
    }

    private static GraphQLError? Refusal(OperationDefinitionNode operation, GraphQLLimits limits, Stats stats)
    {
        if (stats.Cyclic)
        {
            // Validation rejects this first (NoFragmentCycles); here for documents executed unvalidated.
            return GraphQLError.At("Query spreads a fragment within itself: it would never end.", operation, ErrorCodes.LimitExceeded);
        }
        if (!limits.EnableIntrospection && stats.UsesIntrospection)
        {
            return GraphQLError.At("GraphQL introspection is not allowed by this server (__schema and __type are disabled).", operation, ErrorCodes.IntrospectionDisabled);
        }
        if (stats.Depth > limits.MaxDepth)
        {
            return GraphQLError.At($"Query is nested too deeply: depth {stats.Depth} exceeds the maximum of {limits.MaxDepth}.", operation, ErrorCodes.LimitExceeded);
        }
        if (stats.Fields > limits.MaxFields)
        {
            return GraphQLError.At($"Query selects too many fields: {stats.Fields} (fragments expanded, aliases counted) exceeds the maximum of {limits.MaxFields}.", operation, ErrorCodes.LimitExceeded);
        }
        if (stats.Cost > limits.MaxCost)
        {
            return new GraphQLError($"Query is too expensive: estimated cost {stats.Cost} exceeds the maximum of {limits.MaxCost}.",
                GraphQLError.LocationsOf(operation),
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded, ["cost"] = stats.Cost, ["limit"] = limits.MaxCost });
        }
        return null;
    }

    private readonly record struct Stats(long Depth, long Fields, long Cost, bool UsesIntrospection, bool Cyclic = false);

    private sealed class Analysis(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, GraphQLLimits limits)
    {
        private readonly Dictionary<(string, long?), Stats> _fragmentStats = new();
        private readonly HashSet<string> _inProgress = [];

        /// <param name="pageSize">
        /// The size argument of the field whose object this selection set is, when that field is not a
        /// list (a connection: <c>plots(first: 500) { nodes … edges … }</c>): its list fields return that many items.
        /// </param>
        public Stats Analyze(SelectionSetNode selectionSet, NamedType? parentType, long? pageSize)
        {
            long depth = 0, fields = 0, cost = 0;
            bool introspection = false, cyclic = false;
            foreach (var selection in selectionSet.Selections)
            {
                Stats child;
                switch (selection)
                {
                    case FieldNode field:
                        var name = field.Name.Value;
                        var definition = parentType is null ? null : TypeInfo.GetFieldDef(schema, parentType, name);
                        fields++;
                        if (name is "__schema" or "__type")
                        {
                            introspection = true;
                            fields += field.SelectionSet is null ? 0 : Analyze(field.SelectionSet, definition?.Type.GetNamedType(), null).Fields;
                            continue;
                        }
                        var size = SizeArgument(field, definition);
                        var isList = definition?.Type.Nullable is ListType;
                        var sub = field.SelectionSet is null ? default : Analyze(field.SelectionSet, definition?.Type.GetNamedType(), isList ? null : size);
                        var multiplier = isList ? size ?? pageSize ?? limits.DefaultListSize : 1;
                        depth = Math.Max(depth, sub.Depth + 1);
                        fields = Saturating(fields + sub.Fields);
                        var own = definition is not null && limits.TypeCosts.TryGetValue(definition.Type.GetNamedType().Name, out var weight) ? weight : 1;
                        cost = Saturating(cost + own + Multiply(multiplier, sub.Cost));
                        introspection |= sub.UsesIntrospection;
                        cyclic |= sub.Cyclic;
                        continue;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is null ? parentType : schema.GetType(inline.TypeCondition.Name.Value);
                        child = Analyze(inline.SelectionSet, inlineType, pageSize);
                        break;
                    case FragmentSpreadNode spread:
                        child = AnalyzeFragment(spread.Name.Value, pageSize);
                        break;
                    default:
                        continue;
                }
                depth = Math.Max(depth, child.Depth);
                fields = Saturating(fields + child.Fields);
                cost = Saturating(cost + child.Cost);
                introspection |= child.UsesIntrospection;
                cyclic |= child.Cyclic;
            }
            return new Stats(depth, fields, cost, introspection, cyclic);
        }

        private Stats AnalyzeFragment(string name, long? pageSize)
        {
            if (_fragmentStats.TryGetValue((name, pageSize), out var cached))
            {
                return cached;
            }
            if (!fragments.TryGetValue(name, out var fragment))
            {
                return default; // unknown: validation reports it
            }
            if (!_inProgress.Add(name))
            {
                return new Stats(0, 0, 0, false, Cyclic: true);
            }
            var stats = Analyze(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), pageSize);
            _inProgress.Remove(name);
            _fragmentStats[(name, pageSize)] = stats;
            return stats;
        }

        /// <summary>The field's first/last/limit/pageSize: as given (literal or variable), else its default in the schema; null without one.</summary>
        private long? SizeArgument(FieldNode field, FieldDefinition? definition)
        {
            foreach (var argument in field.Arguments)
            {
                if (Array.IndexOf(SizeArguments, argument.Name.Value) < 0)
                {
                    continue;
                }
                var value = argument.Value switch
                {
                    IntValueNode i => long.TryParse(i.Value, out var n) ? n : (long?)null,
                    VariableNode v => variables.TryGetValue(v.Name.Value, out var x) && x is not null && BuiltInScalars.AsDouble(x) is { } d ? (long)d : null,
                    _ => null,
                };
                if (value is { } size)
                {
                    return Math.Max(0, size);
                }
            }
            foreach (var argument in definition?.Arguments ?? [])
            {
                if (Array.IndexOf(SizeArguments, argument.Name) >= 0 && argument.HasDefaultValue && argument.DefaultValue is { } d && BuiltInScalars.AsDouble(d) is { } size)
                {
                    return Math.Max(0, (long)size);
                }
            }
            return null;
        }

        private static long Saturating(long value) => value < 0 ? long.MaxValue : value;

        // A wrapped product can be small and positive again: saturate before it overflows.
        private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
    }
}
