using BenchmarkDotNet.Attributes;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.GraphQL.Validation;

namespace PlanningGIS.GraphQL.Benchmarks;

/// <summary>
/// Parse, validate and execute of the three benchmark documents, each stage on its own (execute
/// gets a parsed and validated document; no JSON serialization, as graphql-js's execute()), and
/// ParseExecute for a document seen for the first time.
/// Request is a new document through GraphQLService without its document cache (parse, validate,
/// execute, default limits); Service repeats one document through GraphQLService with its cache.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Schema _schema = null!;
    private string _text = null!;
    private DocumentNode _document = null!;
    private IReadOnlyDictionary<string, object?>? _variables;
    private GraphQLService _service = null!;
    private GraphQLService _uncachedService = null!;

    [Params("simple", "nested", "introspection")]
    public string Document { get; set; } = "simple";

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchSchema.Build();
        _text = BenchSchema.Document(Document);
        _document = Parser.Parse(_text);
        _variables = BenchSchema.Variables(Document);
        var errors = DocumentValidator.Validate(_schema, _document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{Document} does not validate: {errors[0].Message}");
        }
        _service = new GraphQLService(_schema);
        _uncachedService = new GraphQLService(_schema, documentCacheSize: 0);
        var result = Execute().GetAwaiter().GetResult();
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException($"{Document} fails: {result.Errors[0].Message}");
        }
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_text);

    [Benchmark]
    public int Validate() => DocumentValidator.Validate(_schema, _document).Count;

    [Benchmark]
    public Task<ExecutionResult> Execute() => Executor.ExecuteAsync(new ExecutionRequest
    {
        Schema = _schema,
        Document = _document,
        Variables = _variables,
    });

    /// <summary>
    /// A document never executed before: parse, then execute (no validation), so that the
    /// executor's per-document reuse (OperationPlan) does not help. graphql-js does the same.
    /// </summary>
    [Benchmark]
    public Task<ExecutionResult> ParseExecute() => Executor.ExecuteAsync(new ExecutionRequest
    {
        Schema = _schema,
        Document = Parser.Parse(_text),
        Variables = _variables,
    });

    [Benchmark]
    public Task<ExecutionResult> Request() => _uncachedService.ExecuteAsync(_text, null, _variables);

    [Benchmark]
    public Task<ExecutionResult> Service() => _service.ExecuteAsync(_text, null, _variables);
}
