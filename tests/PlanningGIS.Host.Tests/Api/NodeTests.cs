namespace PlanningGIS.Host.Tests.Api;

public sealed class NodeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string NodeQuery = """
        query($id: ID!) { node(id: $id) { id __typename ... on Zone { code } ... on Dossier { code published } ... on Violation { code } } }
        """;

    [Fact]
    public async Task Any_object_is_fetched_again_by_its_global_id()
    {
        var zones = await host.Anonymous.DataAsync("{ zones(first: 1) { nodes { id code } } }");
        var zone = zones.GetProperty("zones").GetProperty("nodes")[0];

        var data = await host.Anonymous.DataAsync(NodeQuery, new { id = zone.GetProperty("id").GetString() });

        Assert.Equal("Zone", data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(zone.GetProperty("code").GetString(), data.GetProperty("node").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_node_the_account_may_not_see_is_null()
    {
        var staff = await host.As("planner").DataAsync(
            "{ dossiers(first: 1, filter: {published: false}) { nodes { id } } violations(first: 1) { nodes { id } } }");
        var unpublished = staff.GetProperty("dossiers").GetProperty("nodes")[0].GetProperty("id").GetString();
        var violation = staff.GetProperty("violations").GetProperty("nodes")[0].GetProperty("id").GetString();

        var dossier = await host.As("investor").DataAsync(NodeQuery, new { id = unpublished });
        var flagged = await host.As("investor").DataAsync(NodeQuery, new { id = violation });
        var seenByInspector = await host.As("inspector").DataAsync(NodeQuery, new { id = violation });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, dossier.GetProperty("node").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, flagged.GetProperty("node").ValueKind);
        Assert.Equal("Violation", seenByInspector.GetProperty("node").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task An_id_that_is_not_ours_is_null()
    {
        var data = await host.Anonymous.DataAsync(NodeQuery, new { id = "not-a-global-id" });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }
}
