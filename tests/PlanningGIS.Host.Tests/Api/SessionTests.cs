namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Sessions end: logout ends one, and a password reset, a role change or disabling ends every
/// session of that user. Nobody changes their own roles or investor binding, and every role change
/// and password reset is audited with the administrator who made it.
/// </summary>
public sealed class SessionTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }";
    private const string Save = "mutation($input: SaveUserInput!) { saveUser(input: $input) { username roles disabled } }";

    private async Task<string> SignInAsync(string username, string password) =>
        (await host.Anonymous.DataAsync(Login, new { u = username, p = password })).GetProperty("login").GetProperty("token").GetString()!;

    private Task<GraphQLClient.Response> MeAsync(string token) => new GraphQLClient(host.Client, token).PostAsync("{ me { username roles } }");

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        foreach (var p in parameters)
            cmd.Parameters.Add(new() { Value = p });
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Logout_ends_the_session_of_its_token_and_no_other()
    {
        var first = await host.SignInAsync("planner");
        var second = await host.SignInAsync("planner");

        var logout = await new GraphQLClient(host.Client, first).DataAsync("mutation { logout }");

        Assert.True(logout.GetProperty("logout").GetBoolean());
        var ended = await MeAsync(first);
        Assert.Equal(401, ended.Status);
        Assert.Equal("UNAUTHENTICATED", ended.ErrorCode);
        Assert.False((await MeAsync(second)).HasErrors);
        Assert.Equal(1L, await ScalarAsync<long>("select count(*) from audit_log where action = 'LOGOUT' and actor = 'planner.test'"));
    }

    public static TheoryData<string, object> Changes() => new()
    {
        { "password reset", new { password = "mat-khau-moi-dai-hon" } },
        { "role change", new { roles = new[] { "INSPECTOR" } } },
        { "disabling", new { disabled = true } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_password_reset_a_role_change_or_disabling_ends_every_session_of_that_user(string change, object what)
    {
        var username = "phien-" + change.Replace(' ', '-');
        await host.As("admin").DataAsync(Save, new
        {
            input = new { username, displayName = "Cán bộ thử phiên", roles = new[] { "PLANNER" }, password = "mat-khau-ban-dau-dai" },
        });
        var tokens = new[] { await SignInAsync(username, "mat-khau-ban-dau-dai"), await SignInAsync(username, "mat-khau-ban-dau-dai") };
        var input = new Dictionary<string, object?> { ["username"] = username, ["displayName"] = "Cán bộ thử phiên", ["roles"] = new[] { "PLANNER" } };
        foreach (var p in what.GetType().GetProperties())
            input[p.Name] = p.GetValue(what);

        await host.As("admin").DataAsync(Save, new { input });

        foreach (var token in tokens)
            Assert.Equal(401, (await MeAsync(token)).Status);
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from sessions s join users u on u.id = s.user_id where u.username = $1", username));
    }

    [Fact]
    public async Task A_password_reset_is_audited_with_the_administrator_who_made_it_and_without_the_hash()
    {
        await host.As("admin").DataAsync(Save, new
        {
            input = new { username = "doi-mat-khau", displayName = "Đổi mật khẩu", roles = new[] { "INSPECTOR" }, password = "mat-khau-ban-dau-dai" },
        });

        await host.As("admin").DataAsync(Save, new
        {
            input = new { username = "doi-mat-khau", displayName = "Đổi mật khẩu", roles = new[] { "INSPECTOR" }, password = "mat-khau-moi-dai-hon" },
        });

        var audited = await ScalarAsync<string>("""
            select a.actor || ' ' || a.changes::text
            from audit_log a join users u on u.id = a.row_id
            where a.table_name = 'users' and a.action = 'UPDATE' and u.username = 'doi-mat-khau'
            """);
        Assert.Equal("""admin.test {"password_hash": "changed"}""", audited);
    }

    [Fact]
    public async Task Saving_a_user_without_changing_password_roles_or_investor_keeps_their_sessions()
    {
        await host.As("admin").DataAsync(Save, new
        {
            input = new { username = "phien-giu-nguyen", displayName = "Tên cũ", roles = new[] { "INSPECTOR" }, password = "mat-khau-ban-dau-dai" },
        });
        var token = await SignInAsync("phien-giu-nguyen", "mat-khau-ban-dau-dai");

        await host.As("admin").DataAsync(Save, new { input = new { username = "phien-giu-nguyen", displayName = "Tên mới", roles = new[] { "INSPECTOR" } } });

        Assert.False((await MeAsync(token)).HasErrors);
    }

    [Fact]
    public async Task An_administrator_cannot_give_themselves_roles_or_bind_themselves_to_an_investor()
    {
        var investor = (await host.Anonymous.DataAsync("{ investors { code } }")).GetProperty("investors")[0].GetProperty("code").GetString();

        var roles = await host.As("admin").RejectedAsync("FORBIDDEN", Save,
            new { input = new { username = "admin.test", displayName = "Tài khoản thử admin", roles = new[] { "ADMIN", "PLANNER" } } });
        await host.As("admin").RejectedAsync("FORBIDDEN", Save, new
        {
            input = new { username = "admin.test", displayName = "Tài khoản thử admin", roles = new[] { "ADMIN", "INVESTOR" }, investorCode = investor },
        });
        await host.As("admin").RejectedAsync("FORBIDDEN", Save,
            new { input = new { username = "admin.test", displayName = "Tài khoản thử admin", roles = new[] { "INVESTOR" }, investorCode = investor } });

        Assert.Contains("chính mình", roles.GetProperty("message").GetString());
        Assert.Equal(["admin"], await ScalarAsync<string[]>("select roles from users where username = 'admin.test'"));
        Assert.True(await ScalarAsync<bool>("select investor_id is null from users where username = 'admin.test'"));
        // Their own name may still be changed, and they stay signed in.
        var renamed = await host.As("admin").DataAsync(Save,
            new { input = new { username = "admin.test", displayName = "Quản trị viên thử", roles = new[] { "ADMIN" } } });
        Assert.Equal("ADMIN", renamed.GetProperty("saveUser").GetProperty("roles")[0].GetString());
        Assert.False((await host.As("admin").PostAsync("{ me { username } }")).HasErrors);
    }

    [Fact]
    public async Task Every_role_change_is_audited_with_the_administrator_who_made_it()
    {
        await host.As("admin").DataAsync(Save, new
        {
            input = new { username = "doi-vai-tro", displayName = "Đổi vai trò", roles = new[] { "INSPECTOR" }, password = "mat-khau-ban-dau-dai" },
        });

        await host.As("admin").DataAsync(Save,
            new { input = new { username = "doi-vai-tro", displayName = "Đổi vai trò", roles = new[] { "INSPECTOR", "PLANNER" } } });

        var audited = await ScalarAsync<string>("""
            select a.actor || ' ' || (a.changes -> 'roles' ->> 'old') || ' -> ' || (a.changes -> 'roles' ->> 'new')
            from audit_log a join users u on u.id = a.row_id
            where a.table_name = 'users' and a.action = 'UPDATE' and u.username = 'doi-vai-tro'
            """);
        Assert.Equal("""admin.test ["inspector"] -> ["inspector", "planner"]""", audited);
    }
}
