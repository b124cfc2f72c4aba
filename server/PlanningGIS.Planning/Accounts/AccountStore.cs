using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Accounts;

public sealed record Session(string Token, DateTimeOffset ExpiresAt, Account Account);

/// <summary>A sign-in attempt: the session when it succeeded; when refused unchecked (throttled), how long to wait.</summary>
public sealed record LoginAttempt(Session? Session, TimeSpan? RetryAfter);

/// <summary>Users, their hashed passwords and their bearer tokens.</summary>
public sealed class AccountStore(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<LoginLimits>? options = null)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(12);

    private static readonly PasswordHasher<string> Hasher = new();

    // Checked in place of a password hash when the user does not exist: the same work, the same time.
    private static readonly string DummyHash = Hasher.HashPassword("", Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));

    private readonly LoginLimits limits = options?.Value ?? new LoginLimits();

    public static string Hash(string username, string password) => Hasher.HashPassword(username, password);

    /// <summary>Creates the user, or resets its password and roles if it exists.</summary>
    public async Task<Account> SaveAsync(string username, string displayName, IReadOnlyList<string> roles, string password,
        long? investorId, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            insert into users (username, display_name, password_hash, roles, investor_id)
            values (@username, @name, @hash, @roles, @investor)
            on conflict (username) do update set display_name = excluded.display_name, password_hash = excluded.password_hash,
                roles = excluded.roles, investor_id = excluded.investor_id, disabled = false
            returning id
            """);
        cmd.Parameters.AddWithValue("username", username);
        cmd.Parameters.AddWithValue("name", displayName);
        cmd.Parameters.AddWithValue("hash", Hash(username, password));
        cmd.Parameters.AddWithValue("roles", roles.ToArray());
        cmd.Parameters.AddWithValue("investor", (object?)investorId ?? DBNull.Value);
        var id = (long)(await cmd.ExecuteScalarAsync(ct))!;
        return new Account(id, username, displayName, roles, investorId);
    }

    /// <summary>
    /// Checks the password and issues a token. Every attempt is audited with the client's address.
    /// After too many failures (<see cref="LoginLimits"/>) attempts are refused without looking at
    /// the password, so guessing stops; an unknown user costs the same hashing as a known one, so the
    /// time of an answer does not tell which usernames exist.
    /// </summary>
    public async Task<LoginAttempt> LoginAsync(string username, string password, IPAddress? address = null, CancellationToken ct = default)
    {
        // The attempted name as the audit log keeps it: no control characters (a NUL cannot be stored), bounded length.
        var actor = new string(username.Where(c => !char.IsControl(c)).Take(100).ToArray());
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // One attempt per username at a time: parallel guesses cannot all pass the count before any failure is written.
        await using (var lockName = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('planninggis.login'), hashtext(@actor))", connection))
        {
            lockName.Parameters.AddWithValue("actor", actor);
            await lockName.ExecuteNonQueryAsync(ct);
        }
        if (await RetryAfterAsync(connection, actor, address, ct) is { } retryAfter)
        {
            await AuditAsync(connection, "LOGIN_THROTTLED", actor, null, address, ct);
            await tx.CommitAsync(ct);
            return new LoginAttempt(null, retryAfter);
        }

        var (account, hash) = actor == username ? await FindAsync(connection, username, ct) : (null, null);
        if (Hasher.VerifyHashedPassword(username, hash ?? DummyHash, password) == PasswordVerificationResult.Failed || account is null)
        {
            await AuditAsync(connection, "LOGIN_FAILED", actor, account?.Id, address, ct);
            await tx.CommitAsync(ct);
            return new LoginAttempt(null, null);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expiresAt = clock.GetUtcNow() + TokenLifetime;
        await using (var cmd = new NpgsqlCommand("""
            delete from sessions where expires_at < now();
            insert into sessions (token_sha256, user_id, expires_at) values (@token, @user, @expires);
            """, connection))
        {
            cmd.Parameters.AddWithValue("token", SessionId(token));
            cmd.Parameters.AddWithValue("user", account.Id);
            cmd.Parameters.AddWithValue("expires", expiresAt);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await AuditAsync(connection, "LOGIN", account.Username, account.Id, address, ct);
        await tx.CommitAsync(ct);
        return new LoginAttempt(new Session(token, expiresAt, account), null);
    }

    /// <summary>Ends the session of this token (logout); the other sessions of the user stay.</summary>
    public async Task LogoutAsync(string sessionId, Account account, IPAddress? address, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var cmd = new NpgsqlCommand("delete from sessions where token_sha256 = @session", connection))
        {
            cmd.Parameters.AddWithValue("session", sessionId);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await AuditAsync(connection, "LOGOUT", account.Username, account.Id, address, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The enabled user of this name and its password hash.</summary>
    private static async Task<(Account?, string?)> FindAsync(NpgsqlConnection connection, string username, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "select id, username, display_name, roles, investor_id, password_hash from users where username = @username and not disabled", connection);
        cmd.Parameters.AddWithValue("username", username);
        return await RowReader.FirstAsync(cmd, r => ((Account?)ReadAccount(r), r.Get<string?>("password_hash")), ct);
    }

    /// <summary>
    /// How long this username or address must wait, or null if it may try: the limit is reached when
    /// the window holds that many failures, and it is lifted when the oldest of them leaves it.
    /// A username's count starts again after its last successful sign-in.
    /// </summary>
    private async Task<TimeSpan?> RetryAfterAsync(NpgsqlConnection connection, string actor, IPAddress? address, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select extract(epoch from greatest(
                (select f.at from audit_log f
                  where f.actor = @actor and f.action = 'LOGIN_FAILED' and f.at > now() - @window
                    and f.at > coalesce((select max(s.at) from audit_log s where s.actor = @actor and s.action = 'LOGIN'), '-infinity')
                  order by f.at desc offset @perUsername - 1 limit 1),
                (select f.at from audit_log f
                  where f.client_address = @address and f.action = 'LOGIN_FAILED' and f.at > now() - @window
                  order by f.at desc offset @perAddress - 1 limit 1)
            ) + @window - now())
            """, connection);
        cmd.Parameters.AddWithValue("actor", actor);
        cmd.Parameters.Add(new NpgsqlParameter("address", NpgsqlTypes.NpgsqlDbType.Inet) { Value = (object?)address ?? DBNull.Value });
        cmd.Parameters.AddWithValue("window", limits.Window);
        cmd.Parameters.AddWithValue("perUsername", Math.Max(1, limits.FailuresPerUsername));
        cmd.Parameters.AddWithValue("perAddress", Math.Max(1, limits.FailuresPerAddress));
        return await cmd.ExecuteScalarAsync(ct) is decimal seconds && seconds > 0 ? TimeSpan.FromSeconds((double)seconds) : null;
    }

    private static async Task AuditAsync(NpgsqlConnection connection, string action, string actor, long? userId, IPAddress? address,
        CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            insert into audit_log (actor, action, table_name, row_id, client_address) values (@actor, @action, 'users', @user, @address)
            """, connection);
        cmd.Parameters.AddWithValue("actor", actor);
        cmd.Parameters.AddWithValue("action", action);
        cmd.Parameters.Add(new NpgsqlParameter("user", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)userId ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("address", NpgsqlTypes.NpgsqlDbType.Inet) { Value = (object?)address ?? DBNull.Value });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The account a bearer token belongs to, if the token is known and not expired.</summary>
    public async Task<Account?> AuthenticateAsync(string token, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            select u.id, u.username, u.display_name, u.roles, u.investor_id
            from sessions s join users u on u.id = s.user_id
            where s.token_sha256 = @session and s.expires_at > @now and not u.disabled
            """);
        cmd.Parameters.AddWithValue("session", SessionId(token));
        cmd.Parameters.AddWithValue("now", clock.GetUtcNow());
        return await RowReader.FirstAsync(cmd, ReadAccount, ct);
    }

    private static Account ReadAccount(RowReader r) =>
        new(r.Get<long>("id"), r.Get<string>("username"), r.Get<string>("display_name"), r.Get<string[]>("roles"), r.Get<long?>("investor_id"));

    /// <summary>What identifies a token's session in the database: its SHA-256 (the token itself is never stored).</summary>
    public static string SessionId(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
