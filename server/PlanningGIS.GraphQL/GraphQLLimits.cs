namespace PlanningGIS.GraphQL;

/// <summary>
/// Limits that protect the server from expensive or hostile documents. Each violation is a request
/// error with <c>extensions.code = LIMIT_EXCEEDED</c> and a message naming the limit.
/// </summary>
/// <remarks>
/// Cost model (kept simple on purpose): every field costs 1 each time it is resolved, or what
/// <see cref="TypeCosts"/> says for its named type (a large scalar such as a geometry). A field's size is
/// its <c>first</c>, <c>last</c>, <c>limit</c> or <c>pageSize</c> argument (literal or variable), else that
/// argument's default in the schema. A list field is assumed to return that many items, else
/// <see cref="DefaultListSize"/>, so the cost of its sub-selection is multiplied by that number. A field
/// with a size that is not a list is a connection (<c>plots(first: 500) { nodes { … } edges { node { … } } }</c>):
/// its own list fields (<c>nodes</c>, <c>edges</c>) return that many items. Nested lists multiply.
/// Introspection fields (__schema, __type) are bounded by the schema itself and count neither towards
/// cost nor depth.
/// </remarks>
public sealed record GraphQLLimits
{
    /// <summary>Sensible production defaults.</summary>
    public static readonly GraphQLLimits Default = new();

    /// <summary>No limits (tests, conformance); introspection on.</summary>
    public static readonly GraphQLLimits None = new()
    {
        MaxDocumentLength = int.MaxValue,
        MaxTokens = int.MaxValue,
        MaxDepth = int.MaxValue,
        MaxFields = int.MaxValue,
        MaxCost = long.MaxValue,
        AllowNulInStrings = true,
        MaxConcurrentHeavyRequests = 0,
    };

    /// <summary>Maximum length of the query text, in characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Maximum number of lexical tokens in the document.</summary>
    public int MaxTokens { get; init; } = 10_000;

    /// <summary>Maximum nesting of fields in the executed operation (root fields are depth 1).</summary>
    public int MaxDepth { get; init; } = 20;

    /// <summary>Maximum number of fields (aliases count separately) in the operation, fragments expanded.</summary>
    public int MaxFields { get; init; } = 1_000;

    /// <summary>Maximum estimated cost (see remarks).</summary>
    public long MaxCost { get; init; } = 50_000;

    /// <summary>Estimated cost above which an operation is heavy: only <see cref="MaxConcurrentHeavyRequests"/> run at once.</summary>
    public long HeavyCost { get; init; } = 10_000;

    /// <summary>How many heavy operations may run at once (others wait for a turn); 0 lets all run.</summary>
    public int MaxConcurrentHeavyRequests { get; init; } = 2;

    /// <summary>Assumed size of a list field without a size argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Cost of resolving one field of this named type, instead of 1 (e.g. GeoJSON: a geometry is large).</summary>
    public IReadOnlyDictionary<string, int> TypeCosts { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// When false, a request with U+0000 in any string (a literal of the document, or anywhere in the
    /// variables) is refused with BAD_USER_INPUT before it runs: PostgreSQL cannot store it in text.
    /// </summary>
    public bool AllowNulInStrings { get; init; }

    /// <summary>When false, selecting __schema or __type is a request error.</summary>
    public bool EnableIntrospection { get; init; } = true;
}
