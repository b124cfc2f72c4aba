using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Tests;

public class DataLoaderTests
{
    private sealed record Parcel(int Id, int OwnerId);

    private sealed record Owner(int Id, string Name);

    private static (Schema Schema, List<IReadOnlyList<int>> Batches) BuildSchema(bool asyncParents, bool asyncBatch)
    {
        var batches = new List<IReadOnlyList<int>>();
        var parcels = Enumerable.Range(1, 100).Select(i => new Parcel(i, i % 10)).ToArray();
        var schema = new SchemaBuilder()
            .AddSdl("type Query { parcels: [Parcel!]! } type Parcel { id: Int! owner: Owner } type Owner { id: Int! name: String! parcels: Int }")
            .ResolveAsync("Query.parcels", async _ =>
            {
                if (asyncParents)
                {
                    await Task.Delay(5);
                }
                return parcels;
            })
            .BindType<Parcel>("Parcel")
            .BindType<Owner>("Owner")
            .ResolveAsync("Parcel.owner", ctx => ctx.GetDataLoader<int, Owner>("owners", async (ids, _) =>
            {
                lock (batches)
                {
                    batches.Add(ids);
                }
                if (asyncBatch)
                {
                    await Task.Delay(5);
                }
                return ids.ToDictionary(id => id, id => new Owner(id, "Owner " + id));
            }).LoadAsync(ctx.GetParent<Parcel>().OwnerId))
            .ResolveAsync("Owner.parcels", ctx => ctx.GetDataLoader<int, int>("parcelCounts", (ids, _) =>
            {
                lock (batches)
                {
                    batches.Add(ids.Select(i => -i).ToList());
                }
                return Task.FromResult<IReadOnlyDictionary<int, int>>(ids.ToDictionary(id => id, _ => 10));
            }).LoadAsync(ctx.GetParent<Owner>().Id))
            .Build();
        return (schema, batches);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task Hundred_parents_cause_one_batch_per_level(bool asyncParents, bool asyncBatch)
    {
        var (schema, batches) = BuildSchema(asyncParents, asyncBatch);
        var json = await TestSchemas.Run(schema, "{ parcels { id owner { name parcels } } }");
        Assert.DoesNotContain("errors", json);
        Assert.Contains("""{"id":100,"owner":{"name":"Owner 0","parcels":10}}""", json);
        Assert.Equal(2, batches.Count);
        Assert.Equal(10, batches[0].Count); // 100 loads of 10 distinct owners: cached per key
        Assert.Equal(10, batches[1].Count);
    }

    [Fact]
    public async Task Batch_errors_become_field_errors()
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Query { a: String b: String }")
            .ResolveAsync("Query.a", ctx => Load(ctx, "a"))
            .ResolveAsync("Query.b", ctx => Load(ctx, "b"))
            .Build();
        var json = await TestSchemas.Run(schema, "{ a b }");
        Assert.Contains("\"path\":[\"a\"]", json);
        Assert.Contains("\"path\":[\"b\"]", json);
        Assert.Contains("\"data\":{\"a\":null,\"b\":null}", json);

        static Task<string?> Load(ResolveContext ctx, string key) =>
            ctx.GetDataLoader<string, string>("failing", (_, _) => throw new GraphQLError("Backend down", "UNAVAILABLE")).LoadAsync(key);
    }
}
