using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PlanningGIS.GraphQL.Benchmarks;

/// <summary>
/// The stages of <see cref="EngineBenchmarks"/> in GraphQL.NET 8 (schema-first, <see cref="GraphQLNetSchema"/>).
/// Execute runs a parsed document with no validation rules (GraphQL.NET still selects the operation
/// and coerces the variables, as ours does); Request is a new document through DocumentExecuter
/// (parse, validate, execute); Service repeats one document through a DocumentExecuter with a
/// document cache. Results are not serialized to JSON, as on our side.
/// </summary>
[MemoryDiagnoser]
public class GraphQLNetBenchmarks
{
    private ISchema _schema = null!;
    private string _text = null!;
    private GraphQLDocument _document = null!;
    private GraphQLOperationDefinition _operation = null!;
    private Inputs _variables = Inputs.Empty;
    private readonly DocumentExecuter _executer = new();
    private readonly DocumentValidator _validator = new();
    private DocumentExecuter _cachingExecuter = null!;

    [Params("simple", "nested", "introspection")]
    public string Document { get; set; } = "simple";

    [GlobalSetup]
    public void Setup()
    {
        _schema = GraphQLNetSchema.Build();
        _text = GraphQLNetSchema.Document(Document);
        _document = GraphQLParser.Parser.Parse(_text);
        _operation = _document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        _variables = Variables(Document);
        _cachingExecuter = GraphQLNetSchema.CachingExecuter();
        foreach (var result in new[] { Validate().GetAwaiter().GetResult() })
        {
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"{Document} does not validate: {result.Errors[0].Message}");
            }
        }
        foreach (var run in new Func<Task<ExecutionResult>>[] { Execute, ParseExecute, Request, Service })
        {
            var result = run().GetAwaiter().GetResult();
            if (result.Errors is { Count: > 0 } errors)
            {
                throw new InvalidOperationException($"{Document} fails: {errors[0].Message}");
            }
        }
    }

    public static Inputs Variables(string name)
    {
        var path = Path.Combine(BenchSchema.Directory, name + ".variables.json");
        return File.Exists(path) ? new GraphQLSerializer().Deserialize<Inputs>(File.ReadAllText(path)) ?? Inputs.Empty : Inputs.Empty;
    }

    [Benchmark]
    public GraphQLDocument Parse() => GraphQLParser.Parser.Parse(_text);

    [Benchmark]
    public Task<IValidationResult> Validate() => _validator.ValidateAsync(new ValidationOptions
    {
        Schema = _schema,
        Document = _document,
        Operation = _operation,
        Rules = DocumentValidator.CoreRules,
        Variables = _variables,
    });

    [Benchmark]
    public Task<ExecutionResult> Execute() => _executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = _schema,
        Document = _document,
        Variables = _variables,
        ValidationRules = [],
    });

    /// <summary>A document never seen before: parse, then execute (no validation), like graphql-js's and ours.</summary>
    [Benchmark]
    public Task<ExecutionResult> ParseExecute() => _executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = _schema,
        Query = _text,
        Variables = _variables,
        ValidationRules = [],
    });

    [Benchmark]
    public Task<ExecutionResult> Request() => _executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = _schema,
        Query = _text,
        Variables = _variables,
    });

    [Benchmark]
    public Task<ExecutionResult> Service() => _cachingExecuter.ExecuteAsync(new ExecutionOptions
    {
        Schema = _schema,
        Query = _text,
        Variables = _variables,
    });
}
