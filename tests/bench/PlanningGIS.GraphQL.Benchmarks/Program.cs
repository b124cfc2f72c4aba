using BenchmarkDotNet.Running;
using PlanningGIS.GraphQL.Benchmarks;

// dotnet run -c Release -- --job short --exporters json       (tests/bench/run.sh does this)
// dotnet run -c Release -- --print <document>                    prints our engine's result (sanity check)
// dotnet run -c Release -- --print-graphql-net <document>        prints GraphQL.NET's result
if (args is ["--print", var name])
{
    var schema = BenchSchema.Build();
    var result = await new PlanningGIS.GraphQL.GraphQLService(schema).ExecuteAsync(BenchSchema.Document(name), null, BenchSchema.Variables(name));
    Console.WriteLine(result.ToJson());
    return 0;
}
if (args is ["--print-graphql-net", var document])
{
    var result = await new GraphQL.DocumentExecuter().ExecuteAsync(new GraphQL.ExecutionOptions
    {
        Schema = GraphQLNetSchema.Build(),
        Query = GraphQLNetSchema.Document(document),
        Variables = GraphQLNetBenchmarks.Variables(document),
    });
    Console.WriteLine(GraphQLNetSchema.ToJson(result));
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
