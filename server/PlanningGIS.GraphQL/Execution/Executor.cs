using System.Collections;
using System.Diagnostics;
using PlanningGIS.GraphQL.Introspection;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// Executes an operation of a validated document (spec section 6; graphql-js execute). Query
/// fields resolve concurrently, mutation fields one after another; errors null out the nearest
/// nullable ancestor; synchronous resolvers run without allocating tasks.
/// </summary>
// About 400 lines on purpose: execute, complete value and null propagation call one another on the
// hot path, and read best side by side (as graphql-js's execute.ts); coercion, field collection,
// scheduling and results are in their own files.
public static class Executor
{
    public static Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        // Resolvers must not capture a SynchronizationContext: their continuations have to run
        // inline on the executor loop for DataLoader batching to see whole waves.
        var previous = SynchronizationContext.Current;
        if (previous is null)
        {
            return ExecuteCoreAsync(request);
        }
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return ExecuteCoreAsync(request);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private static async Task<ExecutionResult> ExecuteCoreAsync(ExecutionRequest request)
    {
        using var activity = GraphQLTelemetry.Source.StartActivity("graphql.execute");
        var result = await ExecuteOperationAsync(request, activity).ConfigureAwait(false);
        if (activity is not null && result.Errors.Count > 0)
        {
            activity.Fail(result.Errors);
        }
        return result;
    }

    private static async Task<ExecutionResult> ExecuteOperationAsync(ExecutionRequest request, Activity? activity)
    {
        var (operation, fragments, error) = GetOperation(request.Document, request.OperationName);
        if (operation is null)
        {
            return ExecutionResult.FromError(error!);
        }
        if (activity is not null)
        {
            activity.SetTag("graphql.operation.type", Printer.OperationName(operation.Operation));
            activity.SetTag("graphql.operation.name", operation.Name?.Value);
        }
        if (request.Limits is { AllowNulInStrings: false } && NulCharacters.Find(request.Document, request.Variables) is { } nulError)
        {
            return ExecutionResult.FromError(nulError);
        }
        var variables = ArgumentCoercion.NoValues;
        if (operation.VariableDefinitions.Count > 0)
        {
            var variableErrors = new List<GraphQLError>();
            variables = ArgumentCoercion.CoerceVariableValues(request.Schema, operation.VariableDefinitions, request.Variables, variableErrors);
            if (variableErrors.Count > 0)
            {
                return ExecutionResult.FromErrors(variableErrors);
            }
        }
        long cost = 0;
        if (request.Limits is { } limits)
        {
            (var limitError, cost) = QueryAnalyzer.Check(request.Schema, operation, fragments, variables, limits);
            if (limitError is not null)
            {
                return ExecutionResult.FromError(limitError);
            }
            activity?.SetTag("graphql.operation.cost", cost);
        }
        var rootType = request.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.FromError(GraphQLError.At(
                $"Schema is not configured to execute {Printer.OperationName(operation.Operation)} operation.", operation, ErrorCodes.OperationResolutionFailure));
        }
        var plan = operation.Plan;
        List<FieldGroup> fields;
        if (plan is not null && plan.Schema == request.Schema)
        {
            fields = plan.RootFields;
        }
        else
        {
            bool conditional;
            try
            {
                fields = FieldCollector.CollectRoot(request.Schema, fragments, variables, rootType, operation.SelectionSet, out conditional);
            }
            catch (GraphQLError collectError)
            {
                // e.g. @include(if: $v) with $v null: as in graphql-js, the operation fails with data null.
                return ExecutionResult.FromData(null, [collectError]);
            }
            plan = conditional ? null : operation.Plan = new OperationPlan(request.Schema, fields);
        }
        var cancellationToken = request.Context.CancellationToken;
        using var heavyTurn = request.HeavyRequests is { } gate ? await gate.EnterAsync(cost, cancellationToken).ConfigureAwait(false) : null;
        var context = new OperationContext(request.Schema, operation, fragments, variables, request.RootValue, request.Context, plan);
        var data = new ResultMap(fields, null, 0, false);
        if (operation.Operation == OperationType.Mutation)
        {
            for (var i = 0; i < fields.Count && !data.Nulled; i++)
            {
                ExecuteField(context, rootType, request.RootValue, fields[i], data, i);
                await context.Scheduler.RunUntilIdleAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            ExecuteFields(context, rootType, request.RootValue, fields, data);
            await context.Scheduler.RunUntilIdleAsync(cancellationToken).ConfigureAwait(false);
        }
        return ExecutionResult.FromData(data.Nulled ? null : data, context.Errors, cost);
    }

    /// <summary>The operation to run (by name, or the only one) and the document's fragments.</summary>
    public static (OperationDefinitionNode? Operation, IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments, GraphQLError? Error)
        GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? operation = null;
        Dictionary<string, FragmentDefinitionNode>? fragments = null;
        var multiple = false;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode op:
                    if (operationName is null)
                    {
                        multiple |= operation is not null;
                        operation = op;
                    }
                    else if (op.Name?.Value == operationName)
                    {
                        operation = op;
                    }
                    break;
                case FragmentDefinitionNode fragment:
                    (fragments ??= new()).TryAdd(fragment.Name.Value, fragment);
                    break;
            }
        }
        GraphQLError? error = null;
        if (multiple)
        {
            error = new GraphQLError("Must provide operation name if query contains multiple operations.", extensions: Code(ErrorCodes.OperationResolutionFailure));
            operation = null;
        }
        else if (operation is null)
        {
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".",
                extensions: Code(ErrorCodes.OperationResolutionFailure));
        }
        return (operation, fragments ?? NoFragments, error);
    }

    private static readonly IReadOnlyDictionary<string, FragmentDefinitionNode> NoFragments = new Dictionary<string, FragmentDefinitionNode>();

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private static void ExecuteFields(OperationContext context, ObjectType type, object? source, List<FieldGroup> fields, ResultMap map)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            ExecuteField(context, type, source, fields[i], map, i);
            if (map.Nulled)
            {
                return; // a non-null field failed: the siblings no longer matter (as graphql-js)
            }
        }
    }

    private static void ExecuteField(OperationContext context, ObjectType parentType, object? source, FieldGroup group, ResultMap map, int index)
    {
        var definition = group.Definition;
        if (ReferenceEquals(definition, IntrospectionTypes.TypeNameField))
        {
            map.Set(index, parentType.Name);
            return;
        }
        ValueTask<object?> pending;
        try
        {
            var arguments = group.GetArguments(context.Variables);
            var resolver = definition.Resolver
                ?? throw new GraphQLError($"No resolver for {parentType.Name}.{definition.Name}.", ErrorCodes.InternalServerError);
            pending = resolver(new ResolveContext(context, parentType, group, source, arguments, map, index));
        }
        catch (Exception error)
        {
            HandleFieldError(context, error, definition.Type, group, map, index);
            return;
        }
        if (pending.IsCompletedSuccessfully)
        {
            CompleteValue(context, definition.Type, group, map, index, pending.Result);
            return;
        }
        var task = pending.AsTask();
        context.Scheduler.Track(task, () =>
        {
            if (map.IsDiscarded)
            {
                return;
            }
            if (task.IsCompletedSuccessfully)
            {
                CompleteValue(context, definition.Type, group, map, index, task.Result);
            }
            else
            {
                HandleFieldError(context, task.Exception?.InnerException ?? new OperationCanceledException(), definition.Type, group, map, index);
            }
        });
    }

    /// <summary>CompleteValue of the spec: checks the resolved value against the type and writes it into the slot.</summary>
    private static void CompleteValue(OperationContext context, GraphQLType type, FieldGroup group, ResultNode container, int index, object? result)
    {
        try
        {
            CompleteValueCore(context, type, group, container, index, result);
        }
        catch (Exception error)
        {
            HandleFieldError(context, error, type, group, container, index);
        }
    }

    private static void CompleteValueCore(OperationContext context, GraphQLType type, FieldGroup group, ResultNode container, int index, object? result)
    {
        var nonNull = type is NonNullType;
        var nullable = nonNull ? ((NonNullType)type).OfType : type;
        if (result is null)
        {
            if (nonNull)
            {
                throw new GraphQLError($"Cannot return null for non-nullable field {group.ParentType.Name}.{group.Name}.", ErrorCodes.InternalServerError);
            }
            container.Set(index, null);
            return;
        }
        switch (nullable)
        {
            case ScalarType scalar:
                var serialized = scalar.Serialize(result);
                if (serialized is null)
                {
                    throw new GraphQLError($"Expected `{scalar.Name}.serialize({Inspector.Inspect(result)})` to return non-nullable value, returned: null", ErrorCodes.InternalServerError);
                }
                container.Set(index, serialized);
                return;
            case EnumType enumType:
                container.Set(index, enumType.Serialize(result));
                return;
            case ListType list:
                CompleteList(context, list, nonNull, group, container, index, result);
                return;
            case ObjectType objectType:
                CompleteObject(context, objectType, nonNull, group, container, index, result);
                return;
            default:
                var runtimeType = ResolveRuntimeType(context, (NamedType)nullable, group, result);
                CompleteObject(context, runtimeType, nonNull, group, container, index, result);
                return;
        }
    }

    private static void CompleteList(OperationContext context, ListType type, bool nonNull, FieldGroup group, ResultNode container, int index, object result)
    {
        if (result is string or IDictionary or not IEnumerable)
        {
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{group.ParentType.Name}.{group.Name}\".", ErrorCodes.InternalServerError);
        }
        var items = result as IList ?? ((IEnumerable)result).Cast<object?>().ToList();
        var list = new ResultList(items.Count, container, index, nonNull);
        container.Set(index, list);
        var itemType = type.OfType;
        for (var i = 0; i < items.Count; i++)
        {
            CompleteValue(context, itemType, group, list, i, items[i]);
            if (list.Nulled)
            {
                return;
            }
        }
    }

    // However the document came in (unvalidated, without limits, spreading a fragment within
    // itself over self-referencing data), execution never recurses deep enough to overflow the stack.
    public const int MaxResultDepth = 256;

    private static void CompleteObject(OperationContext context, ObjectType type, bool nonNull, FieldGroup group, ResultNode container, int index, object result)
    {
        if (group.Depth >= MaxResultDepth)
        {
            throw new GraphQLError($"The result is nested more than {MaxResultDepth} objects deep.", ErrorCodes.LimitExceeded);
        }
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLError($"Expected value of type \"{type.Name}\" but got: {Inspector.Inspect(result)}.", ErrorCodes.InternalServerError);
        }
        var fields = context.CollectSubFields(type, group);
        var map = new ResultMap(fields, container, index, nonNull);
        container.Set(index, map);
        ExecuteFields(context, type, result, fields, map);
    }

    // resolveType of the abstract type, else the bound .NET type, else a "__typename" entry of a
    // dictionary parent (graphql-js's default type resolver), else IsTypeOf of the possible types.
    private static ObjectType ResolveRuntimeType(OperationContext context, NamedType abstractType, FieldGroup group, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var possibleTypes = context.Schema.GetPossibleTypes(abstractType);
        string? typeName = resolver?.Invoke(value);
        if (typeName is null)
        {
            var valueType = value.GetType();
            foreach (var possible in possibleTypes)
            {
                if (possible.ClrType is { } clr && clr.IsAssignableFrom(valueType))
                {
                    return possible;
                }
            }
            typeName = DefaultResolvers.ReadMember(value is IDictionary<string, object?> or IReadOnlyDictionary<string, object?> or System.Text.Json.JsonElement ? value : null, "__typename") as string;
        }
        if (typeName is null)
        {
            foreach (var possible in possibleTypes)
            {
                if (possible.IsTypeOf?.Invoke(value) == true)
                {
                    return possible;
                }
            }
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{group.ParentType.Name}.{group.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                ErrorCodes.InternalServerError);
        }
        var runtimeType = context.Schema.GetType(typeName);
        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLError(runtimeType is null
                ? $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."
                : $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", ErrorCodes.InternalServerError);
        }
        if (!context.Schema.IsPossibleType(abstractType, objectType))
        {
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", ErrorCodes.InternalServerError);
        }
        return objectType;
    }

    /// <summary>Records a field error and nulls the field, or the nearest nullable ancestor for a non-null field.</summary>
    private static void HandleFieldError(OperationContext context, Exception exception, GraphQLType type, FieldGroup group, ResultNode container, int index)
    {
        if (exception is OperationCanceledException && context.Request.CancellationToken.IsCancellationRequested)
        {
            throw exception;
        }
        if (container.IsDiscarded)
        {
            return;
        }
        var error = exception as GraphQLError
            ?? new GraphQLError("Unexpected error.", extensions: Code(ErrorCodes.InternalServerError), innerException: exception);
        context.AddError(error.WithLocation(GraphQLError.LocationsOf(group.Nodes), container.PathOf(index)));
        if (type is not NonNullType)
        {
            container.Set(index, null);
            return;
        }
        // Null propagates to the nearest nullable slot; the root map nulls the whole data.
        ResultNode node = container;
        while (true)
        {
            node.Nulled = true;
            if (node.Parent is null)
            {
                return;
            }
            if (!node.NonNullInParent)
            {
                node.Parent.Set(node.ParentIndex, null);
                return;
            }
            node = node.Parent;
        }
    }
}
