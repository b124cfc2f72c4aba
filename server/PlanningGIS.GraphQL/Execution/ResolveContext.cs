using System.Globalization;
using System.Security.Claims;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Execution;

/// <summary>What a resolver gets: parent value, coerced arguments, schema position, request and look-ahead.</summary>
public sealed class ResolveContext
{
    private readonly OperationContext _operation;
    private readonly FieldGroup _group;
    private readonly ResultNode _container;
    private readonly int _index;
    private IReadOnlyList<FieldGroup>? _subFields;

    internal ResolveContext(OperationContext operation, ObjectType parentType, FieldGroup group, object? parent,
        IReadOnlyDictionary<string, object?> arguments, ResultNode container, int index)
    {
        _operation = operation;
        ParentType = parentType;
        _group = group;
        Parent = parent;
        Arguments = arguments;
        _container = container;
        _index = index;
    }

    /// <summary>The value of the parent object (the root value for root fields).</summary>
    public object? Parent { get; }

    public T GetParent<T>() => (T)Parent!;

    public ObjectType ParentType { get; }

    public FieldDefinition Field => _group.Definition;

    public string FieldName => _group.Definition.Name;

    public string ResponseKey => _group.ResponseKey;

    public IReadOnlyList<FieldNode> FieldNodes => _group.Nodes;

    /// <summary>Coerced arguments: provided or defaulted ones only (absent is not null).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>An argument converted to <typeparamref name="T"/> (default when absent or null).</summary>
    public T? GetArgument<T>(string name, T? defaultValue = default)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return defaultValue;
        }
        if (value is T typed)
        {
            return typed;
        }
        var target = System.Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && !target.IsEnum)
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        throw new InvalidCastException($"Argument \"{name}\" of {ParentType.Name}.{FieldName} is {value.GetType().Name}, not {typeof(T).Name}.");
    }

    public Schema Schema => _operation.Schema;

    public OperationDefinitionNode Operation => _operation.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _operation.Variables;

    public RequestContext Request => _operation.Request;

    public ClaimsPrincipal? User => _operation.Request.User;

    public IServiceProvider? Services => _operation.Request.Services;

    public CancellationToken CancellationToken => _operation.Request.CancellationToken;

    /// <summary>The response path of this field: keys and list indices.</summary>
    public IReadOnlyList<object> Path => _container.PathOf(_index);

    /// <summary>
    /// Look-ahead: the fields selected directly below this one, merged through fragments, with
    /// @skip/@include applied. For interface/union fields, fields of every possible type are included.
    /// Empty for leaf fields.
    /// </summary>
    public IReadOnlyList<FieldGroup> SubFields => _subFields ??= _operation.CollectSubFields(Field.Type.GetNamedType(), _group);

    /// <summary>Look-ahead below a field of <see cref="SubFields"/> (for interfaces and unions: fields of every possible type).</summary>
    public IReadOnlyList<FieldGroup> SubFieldsOf(FieldGroup field) =>
        _operation.CollectSubFields(field.Definition.Type.GetNamedType(), field);

    /// <summary>
    /// Whether a path of fields is selected below this field, e.g. IsSelected("nodes", "geometry")
    /// for a connection's nodes' geometry.
    /// </summary>
    public bool IsSelected(string first, params string[] rest)
    {
        IReadOnlyList<FieldGroup> level = SubFields;
        for (var i = 0; i <= rest.Length; i++)
        {
            var name = i == 0 ? first : rest[i - 1];
            FieldGroup? match = null;
            foreach (var field in level)
            {
                if (field.Name == name)
                {
                    match = field;
                    break;
                }
            }
            if (match is null)
            {
                return false;
            }
            if (i < rest.Length)
            {
                level = SubFieldsOf(match);
            }
        }
        return true;
    }

    /// <summary>The request's DataLoader of this name, created with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch)
        where TKey : notnull => _operation.Scheduler.Loaders.GetOrCreate(name, batch);
}
