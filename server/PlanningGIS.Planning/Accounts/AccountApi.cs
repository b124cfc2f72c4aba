using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Accounts;

/// <summary>Sign-in, the signed-in user, and user administration (admins only).</summary>
public static class AccountApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<UserRow>("User")
        .BindType<LoginResult>("LoginResult")
        .ResolveAsync("Mutation.login", LoginAsync)
        .ResolveAsync("Mutation.logout", LogoutAsync)
        .Resolve("Query.me", ctx => ctx.Account() is { } account ? UserRow.From(account) : null)
        .ResolveAsync("Query.users", UsersAsync)
        .Resolve("User.permissions", ctx => AccountPolicies.PermissionsOf(ctx.GetParent<UserRow>().Roles))
        .ResolveAsync("Mutation.saveUser", SaveAsync);

    private static async Task<LoginResult> LoginAsync(ResolveContext ctx)
    {
        var attempt = await ctx.Services!.GetRequiredService<AccountStore>().LoginAsync(
            ctx.GetArgument<string>("username")!, ctx.GetArgument<string>("password")!, ctx.ClientAddress(), ctx.CancellationToken);
        if (attempt.RetryAfter is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            throw new PlanningError(ErrorCodes.TooManyRequests,
                $"Đăng nhập sai quá nhiều lần. Hãy thử lại sau {(seconds + 59) / 60} phút.",
                new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
        }
        return attempt.Session is { } session
            ? new LoginResult(session.Token, session.ExpiresAt, UserRow.From(session.Account))
            : throw new PlanningError(ErrorCodes.Unauthenticated, "Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    /// <summary>Ends the session of the token this request came with.</summary>
    private static async Task<bool> LogoutAsync(ResolveContext ctx)
    {
        var account = ctx.SignedIn();
        await ctx.Services!.GetRequiredService<AccountStore>().LogoutAsync(ctx.SessionId()!, account, ctx.ClientAddress(), ctx.CancellationToken);
        return true;
    }

    private const string Columns = "u.id, u.username, u.display_name, u.roles, u.investor_id, u.disabled";

    private static UserRow Read(RowReader r) => new(r.Get<long>("id"), r.Get<string>("username"), r.Get<string>("display_name"),
        r.Get<string[]>("roles").Select(role => role.ToUpperInvariant()).ToList(), r.Get<long?>("investor_id"), r.Get<bool>("disabled"));

    private static Task<Connection> UsersAsync(ResolveContext ctx)
    {
        var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var query = new SqlQuery()
            .Text(filter?.Get<string>("text"), "u.username || ' ' || u.display_name");
        if (filter?.Get<string>("role") is { } role)
            query.Where($"{query.Param("role", role.ToLowerInvariant())} = any(u.roles)");
        return Paging.PageAsync(ctx, query, Columns, "users u", "u.id", Read);
    }

    /// <summary>A user by id (Query.node); administrators only, else null.</summary>
    public static async Task<UserRow?> ByIdAsync(ResolveContext ctx, long id)
    {
        if (!AccountPolicies.CanSeeUsers(ctx.Account()))
            return null;
        await using var cmd = ctx.Db().CreateCommand($"select {Columns} from users u where u.id = @id");
        cmd.Parameters.AddWithValue("id", id);
        return await RowReader.FirstAsync(cmd, Read, ctx.CancellationToken);
    }

    /// <summary>
    /// Nobody grants themselves anything: an administrator's own roles and investor binding are
    /// changed by another administrator (a second pair of eyes, and a second name in the audit log).
    /// </summary>
    private static async Task RefuseOwnGrantChangeAsync(NpgsqlConnection connection, string username, string[] roles, long? investorId,
        CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "select roles @> @roles and roles <@ @roles and investor_id is not distinct from @investor from users where username = @username for update",
            connection);
        cmd.Parameters.AddWithValue("roles", roles);
        cmd.Parameters.Add(new NpgsqlParameter("investor", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)investorId ?? DBNull.Value });
        cmd.Parameters.AddWithValue("username", username);
        if (await cmd.ExecuteScalarAsync(ct) is not true)
            throw new PlanningError(ErrorCodes.Forbidden,
                "Bạn không thể tự thay đổi vai trò hoặc nhà đầu tư gắn với tài khoản của chính mình; hãy nhờ một quản trị viên khác.",
                new Dictionary<string, object?> { ["field"] = "roles" });
    }

    private static Task<UserRow> SaveAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        return Mutation.RunAsync(ctx, null, async connection =>
        {
            var username = input.Get<string>("username")!;
            var roles = input.Get<IEnumerable<object?>>("roles")!.Select(r => r!.ToString()!.ToLowerInvariant()).ToArray();
            var password = input.Get<string>("password");
            long? investorId = null;
            if (input.Get<string>("investorCode") is { } investorCode)
            {
                await using var find = new NpgsqlCommand("select id from investors where code = @code", connection);
                find.Parameters.AddWithValue("code", investorCode);
                investorId = await find.ExecuteScalarAsync(ctx.CancellationToken) as long?
                    ?? throw Mutation.NotFound("nhà đầu tư", investorCode);
            }
            if (roles.Contains(Roles.Investor) && investorId is null)
                throw new PlanningError(ErrorCodes.BadUserInput, "Tài khoản nhà đầu tư phải gắn với một nhà đầu tư (investorCode).");
            if (password is not null && password.Length < 10)
                throw new PlanningError(ErrorCodes.BadUserInput, "Mật khẩu phải có ít nhất 10 ký tự.");
            if (username == ctx.Account()!.Username)
                await RefuseOwnGrantChangeAsync(connection, username, roles, investorId, ctx.CancellationToken);
            await using var cmd = new NpgsqlCommand($"""
                insert into users as u (username, display_name, password_hash, roles, investor_id, disabled)
                values (@username, @name, coalesce(@hash, ''), @roles, @investor, @disabled)
                on conflict (username) do update set display_name = excluded.display_name, roles = excluded.roles,
                    investor_id = excluded.investor_id, disabled = excluded.disabled,
                    password_hash = coalesce(@hash, u.password_hash)
                returning {Columns}, (xmax = 0) as created
                """, connection);
            cmd.Parameters.AddWithValue("username", username);
            cmd.Parameters.AddWithValue("name", input.Get<string>("displayName")!);
            cmd.Parameters.Add(new NpgsqlParameter("hash", NpgsqlTypes.NpgsqlDbType.Text)
                { Value = password is null ? DBNull.Value : AccountStore.Hash(username, password) });
            cmd.Parameters.AddWithValue("roles", roles);
            cmd.Parameters.AddWithValue("investor", (object?)investorId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("disabled", input.Get<bool?>("disabled") ?? false);
            var (user, created) = (await RowReader.FirstAsync(cmd, r => (Read(r), r.Get<bool>("created")), ctx.CancellationToken))!;
            if (created && password is null)
                throw new PlanningError(ErrorCodes.BadUserInput, "Người dùng mới cần có mật khẩu.");
            return user;
        });
    }
}
