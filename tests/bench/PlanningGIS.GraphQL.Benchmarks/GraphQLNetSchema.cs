using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PlanningGIS.GraphQL.Benchmarks;

/// <summary>
/// The benchmark schema in GraphQL.NET, schema-first as a C# user would write it: the same SDL
/// (documents/schema.graphql), the same data (BenchSchema.Items) and resolvers equivalent to ours
/// (fields without a resolver read the CLR property of the same name, GraphQL.NET's default).
/// </summary>
public static class GraphQLNetSchema
{
    public static ISchema Build()
    {
        var schema = Schema.For(File.ReadAllText(Path.Combine(BenchSchema.Directory, "schema.graphql")), builder =>
        {
            var query = builder.Types.For("Query");
            query.FieldFor("hello").Resolver = new FuncFieldResolver<string>(_ => "world");
            query.FieldFor("version").Resolver = new FuncFieldResolver<string>(_ => "1.0");
            query.FieldFor("answer").Resolver = new FuncFieldResolver<int>(_ => 42);
            query.FieldFor("items").Resolver = new FuncFieldResolver<List<Item>>(ctx => BenchSchema.Items.Take(ctx.GetArgument<int>("first")).ToList());
            query.FieldFor("item").Resolver = new FuncFieldResolver<Item>(ctx => BenchSchema.Items.FirstOrDefault(i => i.Id == ctx.GetArgument<string>("id")));
            query.FieldFor("search").Resolver = new FuncFieldResolver<List<object>>(_ => []);
            builder.Types.For("Mutation").FieldFor("addItem").Resolver = new FuncFieldResolver<Item>(_ => BenchSchema.Items[0]);
            builder.Types.For("Item").IsTypeOf<Item>();
            builder.Types.For("Owner").IsTypeOf<Owner>();
        });
        // Off by default in GraphQL.NET 8; the introspection document (graphql-js's, as GraphiQL sends it) asks for both.
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Initialize();
        return schema;
    }

    /// <summary>
    /// A DocumentExecuter with a document cache, what a server would configure: GraphQL.NET 8's
    /// UseMemoryCache() comes in the package GraphQL.MemoryCache, which the package source does not
    /// serve, so <see cref="DocumentCache"/> does what it does.
    /// </summary>
    public static DocumentExecuter CachingExecuter() =>
        new(new GraphQLDocumentBuilder(), new DocumentValidator(), new DefaultExecutionStrategySelector(), [new DocumentCache()]);

    /// <summary>
    /// The benchmark document as GraphQL.NET can run it. GraphQL.NET 8.8 rejects two parts of the
    /// introspection document (graphql-js's getIntrospectionQuery, as GraphiQL sends it), which both
    /// graphql-js 16 and ours answer: __Type.specifiedByURL and the includeDeprecated argument of
    /// __Directive.args. Both are taken out (the answer then lacks only the specifiedByURL keys,
    /// all null here; run.sh compares without them).
    /// </summary>
    public static string Document(string name)
    {
        var text = BenchSchema.Document(name);
        if (name != "introspection")
        {
            return text;
        }
        const string directiveArgs = "args(includeDeprecated: true)";
        var at = text.IndexOf(directiveArgs, StringComparison.Ordinal);
        text = text[..at] + "args" + text[(at + directiveArgs.Length)..];
        return text.Replace("specifiedByURL", "", StringComparison.Ordinal);
    }

    public static string ToJson(ExecutionResult result) => new GraphQLSerializer().Serialize(result);
}

/// <summary>
/// GraphQL.MemoryCache's MemoryDocumentCache (8.x) in a dictionary: a document that executed once
/// is kept by its text; a cached document runs only <see cref="ExecutionOptions.CachedDocumentValidationRules"/>
/// (none by default), as GraphQL.NET's own cache does. Unbounded: fine for three documents.
/// </summary>
public sealed class DocumentCache : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new();

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
        {
            return await next(options);
        }
        if (_documents.TryGetValue(options.Query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            _documents.TryAdd(options.Query, document);
        }
        return result;
    }
}
