using BenchmarkDotNet.Running;
using PlanningGIS.GraphQL.Benchmarks;

// dotnet run -c Release -- --job short --exporters json       (tests/bench/run.sh does this)
// dotnet run -c Release -- --print <document>                    prints the engine's result (sanity check)
if (args is ["--print", var name])
{
    var schema = BenchSchema.Build();
    var result = await new PlanningGIS.GraphQL.GraphQLService(schema).ExecuteAsync(BenchSchema.Document(name), null, BenchSchema.Variables(name));
    Console.WriteLine(result.ToJson());
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
