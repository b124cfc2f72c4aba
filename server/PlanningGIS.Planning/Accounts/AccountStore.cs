using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace PlanningGIS.Planning.Accounts;

public sealed record Session(string Token, DateTimeOffset ExpiresAt, Account Account);

/// <summary>Users, their hashed passwords and their bearer tokens.</summary>
public sealed class AccountStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(12);

    private static readonly PasswordHasher<string> Hasher = new();

    public static string Hash(string username, string password) => Hasher.HashPassword(username, password);

    /// <summary>Creates the user, or resets its password and roles if it exists.</summary>
    public async Task<Account> SaveAsync(string username, string displayName, IReadOnlyList<string> roles, string password,
        long? investorId, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            insert into users (username, display_name, password_hash, roles, investor_id)
            values ($1, $2, $3, $4, $5)
            on conflict (username) do update set display_name = excluded.display_name, password_hash = excluded.password_hash,
                roles = excluded.roles, investor_id = excluded.investor_id, disabled = false
            returning id
            """);
        cmd.Parameters.Add(new() { Value = username });
        cmd.Parameters.Add(new() { Value = displayName });
        cmd.Parameters.Add(new() { Value = Hash(username, password) });
        cmd.Parameters.Add(new() { Value = roles.ToArray() });
        cmd.Parameters.Add(new() { Value = (object?)investorId ?? DBNull.Value });
        var id = (long)(await cmd.ExecuteScalarAsync(ct))!;
        return new Account(id, username, displayName, roles, investorId);
    }

    /// <summary>Checks the password and issues a token; null when the name or password is wrong.</summary>
    public async Task<Session?> LoginAsync(string username, string password, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        string? hash = null;
        Account? account = null;
        await using (var cmd = new NpgsqlCommand(
            "select id, username, display_name, roles, investor_id, password_hash from users where username = $1 and not disabled", connection))
        {
            cmd.Parameters.Add(new() { Value = username });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                account = ReadAccount(reader);
                hash = reader.GetString(5);
            }
        }
        if (account is null || Hasher.VerifyHashedPassword(username, hash!, password) == PasswordVerificationResult.Failed)
            return null;

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expiresAt = clock.GetUtcNow() + TokenLifetime;
        await using (var cmd = new NpgsqlCommand("""
            delete from sessions where expires_at < now();
            insert into sessions (token_sha256, user_id, expires_at) values (@token, @user, @expires);
            insert into audit_log (actor, action, table_name, row_id) values (@username, 'LOGIN', 'users', @user);
            """, connection))
        {
            cmd.Parameters.AddWithValue("token", Sha256(token));
            cmd.Parameters.AddWithValue("user", account.Id);
            cmd.Parameters.AddWithValue("expires", expiresAt);
            cmd.Parameters.AddWithValue("username", account.Username);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return new Session(token, expiresAt, account);
    }

    /// <summary>The account a bearer token belongs to, if the token is known and not expired.</summary>
    public async Task<Account?> AuthenticateAsync(string token, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            select u.id, u.username, u.display_name, u.roles, u.investor_id
            from sessions s join users u on u.id = s.user_id
            where s.token_sha256 = $1 and s.expires_at > $2 and not u.disabled
            """);
        cmd.Parameters.Add(new() { Value = Sha256(token) });
        cmd.Parameters.Add(new() { Value = clock.GetUtcNow() });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadAccount(reader) : null;
    }

    private static Account ReadAccount(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3),
            reader.IsDBNull(4) ? null : reader.GetInt64(4));

    private static string Sha256(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
