namespace PlanningGIS.Host.Tests.Api;

public sealed class AccountTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username roles } } }";

    [Fact]
    public async Task A_user_signs_in_and_the_token_says_who_they_are()
    {
        var login = await host.Anonymous.DataAsync(Login, new { u = "planner.test", p = "mật-khẩu-thử-planner" });
        var token = login.GetProperty("login").GetProperty("token").GetString()!;

        var me = await new GraphQLClient(host.Client, token).DataAsync("{ me { username roles displayName } }");

        Assert.Equal("planner.test", me.GetProperty("me").GetProperty("username").GetString());
        Assert.Equal("PLANNER", me.GetProperty("me").GetProperty("roles")[0].GetString());
        Assert.True(DateTimeOffset.Parse(login.GetProperty("login").GetProperty("expiresAt").GetString()!) > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_words_and_anonymous_has_no_me()
    {
        var error = await host.Anonymous.RejectedAsync("UNAUTHENTICATED", Login, new { u = "planner.test", p = "sai" });
        var me = await host.Anonymous.DataAsync("{ me { username } }");

        Assert.Contains("mật khẩu", error.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task An_administrator_creates_an_investor_account_that_can_then_sign_in()
    {
        var investor = (await host.Anonymous.DataAsync("{ investors { code } }")).GetProperty("investors")[1].GetProperty("code").GetString();

        var saved = await host.As("admin").DataAsync("""
            mutation($investor: String) { saveUser(input: {username: "nha-dau-tu-moi", displayName: "Nhà đầu tư mới", roles: [INVESTOR],
                password: "mot-mat-khau-dai", investorCode: $investor}) { username roles investor { code } } }
            """, new { investor });
        var login = await host.Anonymous.DataAsync(Login, new { u = "nha-dau-tu-moi", p = "mot-mat-khau-dai" });

        Assert.Equal(investor, saved.GetProperty("saveUser").GetProperty("investor").GetProperty("code").GetString());
        Assert.Equal("INVESTOR", login.GetProperty("login").GetProperty("user").GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task An_investor_account_must_act_for_an_investor_and_a_short_password_is_refused()
    {
        await host.As("admin").RejectedAsync("BAD_USER_INPUT",
            """mutation { saveUser(input: {username: "khong-gan", displayName: "x", roles: [INVESTOR], password: "mot-mat-khau-dai"}) { username } }""");
        await host.As("admin").RejectedAsync("BAD_USER_INPUT",
            """mutation { saveUser(input: {username: "ngan", displayName: "x", roles: [PLANNER], password: "ngan"}) { username } }""");

        await using var cmd = host.Database.CreateCommand("select count(*) from users where username in ('khong-gan', 'ngan')");
        Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Administrators_list_users_by_role()
    {
        var data = await host.As("admin").DataAsync("{ users(first: 50, filter: {role: INSPECTOR}) { totalCount nodes { username roles } } }");

        Assert.All(data.GetProperty("users").GetProperty("nodes").EnumerateArray(),
            u => Assert.Contains("INSPECTOR", u.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));
        Assert.True(data.GetProperty("users").GetProperty("totalCount").GetInt32() >= 1);
    }
}
