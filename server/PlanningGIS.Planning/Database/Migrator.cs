using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Database;

/// <summary>
/// Applies the forward-only SQL migrations embedded in this assembly (Migrations/NNNN_name.sql),
/// each in its own transaction, in file-name order. An applied migration whose text has since
/// changed is an error: fix forward with a new file instead.
/// </summary>
public sealed class Migrator(NpgsqlDataSource dataSource, ILogger<Migrator> logger)
{
    // Any constant works; it only has to be the same for every process migrating this database.
    private const long MigrationLockKey = 0x504C4E47_4D494752;

    public static IReadOnlyList<(string Name, string Sql)> EmbeddedMigrations()
    {
        var assembly = typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal) && n.Contains(".Migrations.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Name: n[(n.IndexOf(".Migrations.", StringComparison.Ordinal) + 12)..], Sql: ReadResource(assembly, n)))
            .ToList();
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await Execute(connection, "select pg_advisory_lock(@key)", ct, ("key", MigrationLockKey));
        try
        {
            await Execute(connection, """
                create table if not exists schema_migrations (
                    name text primary key,
                    sha256 text not null,
                    applied_at timestamptz not null default now())
                """, ct);
            var applied = await AppliedMigrations(connection, ct);
            var newlyApplied = new List<string>();
            foreach (var (name, sql) in EmbeddedMigrations())
            {
                var hash = Sha256(sql);
                if (applied.TryGetValue(name, out var appliedHash))
                {
                    if (appliedHash != hash)
                        throw new InvalidOperationException(
                            $"Migration {name} was changed after it was applied. Migrations are forward-only: add a new migration instead.");
                    continue;
                }
                await using var tx = await connection.BeginTransactionAsync(ct);
                await Execute(connection, sql, ct);
                await Execute(connection, "insert into schema_migrations (name, sha256) values (@name, @hash)", ct,
                    ("name", name), ("hash", hash));
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Migration}", name);
                newlyApplied.Add(name);
            }
            // Types created by migrations (e.g. extensions) must be visible to pooled connections.
            if (newlyApplied.Count > 0)
                await connection.ReloadTypesAsync(ct);
            return newlyApplied;
        }
        finally
        {
            await Execute(connection, "select pg_advisory_unlock(@key)", CancellationToken.None, ("key", MigrationLockKey));
        }
    }

    private static async Task<Dictionary<string, string>> AppliedMigrations(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select name, sha256 from schema_migrations", connection);
        return (await RowReader.ListAsync(cmd, r => (Name: r.Get<string>("name"), Sha256: r.Get<string>("sha256")), ct))
            .ToDictionary(m => m.Name, m => m.Sha256);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));
}
