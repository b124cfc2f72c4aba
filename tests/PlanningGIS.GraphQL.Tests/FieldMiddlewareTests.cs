using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Tests;

public class FieldMiddlewareTests
{
    private sealed record Viewer(string Name);

    private sealed record Parcel(string Code, string Owner);

    private static Schema Build(FieldMiddleware middleware) => new SchemaBuilder()
        .AddSdl("type Query { parcel: Parcel } type Parcel { code: String owner: String }")
        .BindType<Parcel>("Parcel")
        .Resolve("Query.parcel", _ => new Parcel("DB-A-01", "Nguyễn Văn A"))
        .UseFieldMiddleware(middleware)
        .Build();

    [Fact]
    public async Task Middleware_wraps_explicit_and_property_resolvers_and_reads_the_typed_request_value()
    {
        var seen = new List<string>();
        var schema = Build((type, field, resolver) =>
        {
            seen.Add($"{type.Name}.{field.Name}");
            return field.Name != "owner" ? resolver : ctx =>
                ctx.Request.Get<Viewer>() is { Name: "planner" } ? resolver(ctx) : new ValueTask<object?>("(hidden)");
        });
        Assert.Equal(["Query.parcel", "Parcel.code", "Parcel.owner"], seen);

        var service = new GraphQLService(schema);
        var anonymous = await service.ExecuteAsync("{ parcel { code owner } }");
        var planner = await service.ExecuteAsync("{ parcel { code owner } }", context: new RequestContext().Set(new Viewer("planner")));

        Assert.Equal("""{"data":{"parcel":{"code":"DB-A-01","owner":"(hidden)"}}}""", anonymous.ToJson());
        Assert.Equal("""{"data":{"parcel":{"code":"DB-A-01","owner":"Nguyễn Văn A"}}}""", planner.ToJson());
    }

    [Fact]
    public void A_typed_request_value_is_one_per_type_and_can_be_removed()
    {
        var request = new RequestContext().Set(new Viewer("a")).Set(new Viewer("b"));
        Assert.Equal("b", request.Get<Viewer>()!.Name);
        Assert.Null(request.Set<Viewer>(null).Get<Viewer>());
        Assert.Null(request.Get<Parcel>());
    }
}
