using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Validation;

namespace PlanningGIS.GraphQL;

/// <summary>
/// The facade the transport calls: size check, parse (token limit), validate, execute. Parsed and
/// validated documents are cached by query text (LRU), so repeated queries skip the first two stages.
/// </summary>
public sealed class GraphQLService
{
    /// <summary>Documents longer than this (characters) are prepared every time instead of cached.</summary>
    public const int MaxCachedDocumentLength = 16_384;

    private readonly DocumentCache _cache;

    public GraphQLService(Schema schema, GraphQLLimits? limits = null, int documentCacheSize = 1_000,
        IReadOnlyList<ValidationRuleFactory>? rules = null)
    {
        Schema = schema;
        Limits = limits ?? GraphQLLimits.Default;
        HeavyRequests = Limits.MaxConcurrentHeavyRequests > 0 ? new HeavyRequestGate(Limits.HeavyCost, Limits.MaxConcurrentHeavyRequests) : null;
        Rules = rules ?? DocumentValidator.SpecifiedRules;
        _cache = new DocumentCache(documentCacheSize);
    }

    public Schema Schema { get; }

    public GraphQLLimits Limits { get; }

    /// <summary>The service's one gate for heavy operations (null when <see cref="GraphQLLimits.MaxConcurrentHeavyRequests"/> is 0).</summary>
    public HeavyRequestGate? HeavyRequests { get; }

    public IReadOnlyList<ValidationRuleFactory> Rules { get; }

    /// <summary>Prepares (cached) and executes: the one way a document runs with the service's limits.</summary>
    public Task<ExecutionResult> ExecuteAsync(string query, string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null, RequestContext? context = null) =>
        ExecuteAsync(Prepare(query), operationName, variables, context);

    /// <summary>Executes a document this service prepared (a transport that looked at it first), with the service's limits and heavy gate.</summary>
    public async Task<ExecutionResult> ExecuteAsync(PreparedDocument prepared, string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null, RequestContext? context = null)
    {
        if (prepared.Document is not { } document)
        {
            return ExecutionResult.FromErrors(prepared.Errors);
        }
        return await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = document,
            OperationName = operationName,
            Variables = variables,
            Context = context ?? new RequestContext(),
            Limits = Limits,
            HeavyRequests = HeavyRequests,
        }).ConfigureAwait(false);
    }

    /// <summary>Parses and validates (cached by text). The errors are those that prevent execution.</summary>
    public PreparedDocument Prepare(string query)
    {
        if (query.Length > Limits.MaxDocumentLength)
        {
            return new PreparedDocument(null, [new GraphQLError($"Document is too large: {query.Length} characters exceeds the maximum of {Limits.MaxDocumentLength}.", ErrorCodes.LimitExceeded)]);
        }
        if (_cache.TryGet(query, out var cached))
        {
            return cached;
        }
        var (document, syntaxError) = Parse(query);
        var prepared = document is null ? new PreparedDocument(null, [syntaxError!]) : new PreparedDocument(document, Validate(document));
        // Clients repeat a small set of short documents; a long one-off (possibly hostile) must not fill the cache.
        if (query.Length <= MaxCachedDocumentLength)
        {
            _cache.Add(query, prepared);
        }
        return prepared;
    }

    private (DocumentNode?, GraphQLError?) Parse(string query)
    {
        using var activity = GraphQLTelemetry.Source.StartActivity("graphql.parse");
        try
        {
            return (Parser.Parse(new Source(query), new ParserOptions { MaxTokens = Limits.MaxTokens }), null);
        }
        catch (GraphQLError syntaxError)
        {
            activity?.Fail([syntaxError]);
            return (null, syntaxError);
        }
    }

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document)
    {
        using var activity = GraphQLTelemetry.Source.StartActivity("graphql.validate");
        var errors = DocumentValidator.Validate(Schema, document, Rules);
        if (errors.Count > 0)
        {
            activity?.Fail(errors);
        }
        return errors;
    }

    // A small thread-safe LRU: a dictionary into a linked list ordered by last use.
    private sealed class DocumentCache(int capacity)
    {
        private readonly Dictionary<string, LinkedListNode<(string Key, PreparedDocument Value)>> _map = new();
        private readonly LinkedList<(string Key, PreparedDocument Value)> _order = new();
        private readonly object _lock = new();

        public bool TryGet(string key, out PreparedDocument value)
        {
            lock (_lock)
            {
                if (_map.TryGetValue(key, out var node))
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                    value = node.Value.Value;
                    return true;
                }
            }
            value = null!;
            return false;
        }

        public void Add(string key, PreparedDocument value)
        {
            if (capacity <= 0)
            {
                return;
            }
            lock (_lock)
            {
                if (_map.ContainsKey(key))
                {
                    return;
                }
                _map[key] = _order.AddFirst((key, value));
                if (_map.Count > capacity)
                {
                    _map.Remove(_order.Last!.Value.Key);
                    _order.RemoveLast();
                }
            }
        }
    }
}
