namespace PlanningGIS.Host.Tests.Api;

/// <summary>A host with Planning:AllowAnonymous = false.</summary>
public sealed class ClosedHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Planning:AllowAnonymous"] = "false",
    };
}

public sealed class AnonymousAccessTests(ClosedHostFixture host) : IClassFixture<ClosedHostFixture>
{
    [Fact]
    public async Task With_anonymous_access_off_a_visitor_can_only_sign_in()
    {
        var refused = await host.Anonymous.PostAsync("{ zones { totalCount } }");
        var tile = await host.Client.GetAsync("/tiles/zones/10/812/448.mvt");
        var signIn = await host.Anonymous.PostAsync(
            """mutation { login(username: "planner.test", password: "mật-khẩu-thử-planner") { token } }""");

        Assert.Equal(401, refused.Status);
        Assert.Equal("UNAUTHENTICATED", refused.ErrorCode);
        Assert.Equal(401, (int)tile.StatusCode);
        Assert.False(signIn.HasErrors, signIn.Body.ToString());
    }

    [Fact]
    public async Task With_anonymous_access_off_signed_in_users_work_as_usual()
    {
        var data = await host.As("investor").DataAsync("{ zones { totalCount } }");

        Assert.True(data.GetProperty("zones").GetProperty("totalCount").GetInt32() > 0);
    }
}
