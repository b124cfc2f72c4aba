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

    public async Task<ExecutionResult> ExecuteAsync(string query, string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null, RequestContext? context = null)
    {
        var (document, errors) = Prepare(query);
        if (document is null)
        {
            return ExecutionResult.FromErrors(errors);
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

    /// <summary>Parses and validates (cached). Returns the document, or the errors that prevent execution.</summary>
    public (DocumentNode? Document, IReadOnlyList<GraphQLError> Errors) Prepare(string query)
    {
        if (query.Length > Limits.MaxDocumentLength)
        {
            return (null, [new GraphQLError($"Document is too large: {query.Length} characters exceeds the maximum of {Limits.MaxDocumentLength}.", ErrorCodes.LimitExceeded)]);
        }
        if (_cache.TryGet(query, out var cached))
        {
            return cached;
        }
        (DocumentNode?, IReadOnlyList<GraphQLError>) prepared;
        try
        {
            var document = Parser.Parse(new Source(query), new ParserOptions { MaxTokens = Limits.MaxTokens });
            var errors = DocumentValidator.Validate(Schema, document, Rules);
            prepared = errors.Count == 0 ? (document, []) : (null, errors);
        }
        catch (GraphQLError syntaxError)
        {
            prepared = (null, [syntaxError]);
        }
        // Clients repeat a small set of short documents; a long one-off (possibly hostile) must not fill the cache.
        if (query.Length <= MaxCachedDocumentLength)
        {
            _cache.Add(query, prepared);
        }
        return prepared;
    }

    // A small thread-safe LRU: a dictionary into a linked list ordered by last use.
    private sealed class DocumentCache(int capacity)
    {
        private readonly Dictionary<string, LinkedListNode<(string Key, (DocumentNode?, IReadOnlyList<GraphQLError>) Value)>> _map = new();
        private readonly LinkedList<(string Key, (DocumentNode?, IReadOnlyList<GraphQLError>) Value)> _order = new();
        private readonly object _lock = new();

        public bool TryGet(string key, out (DocumentNode?, IReadOnlyList<GraphQLError>) value)
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
            value = default;
            return false;
        }

        public void Add(string key, (DocumentNode?, IReadOnlyList<GraphQLError>) value)
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
