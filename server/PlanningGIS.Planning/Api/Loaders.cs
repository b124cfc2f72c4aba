using Npgsql;
using PlanningGIS.GraphQL.Execution;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// The two batched loads of the API, over the engine's per-request DataLoader: N parents asking make
/// one statement. The SQL takes the keys as the array parameter <c>@keys</c> and selects the key
/// column by name among the row's columns. The SQL is a function, called once per batch: the
/// fields asking (a hundred plots asking for their zone) only queue a key, they build no SQL text.
/// </summary>
public static class Loaders
{
    /// <summary>
    /// One row per key (a row by id, a plot's current allocation, ...); a key without a row loads as
    /// null. The loader <paramref name="name"/> must differ for different SQL (selections, callers' rights).
    /// </summary>
    public static Task<T?> ById<TKey, T>(ResolveContext ctx, string name, Func<string> sql, string keyColumn, Func<RowReader, T> read, TKey key)
        where TKey : notnull =>
        ctx.GetDataLoader<TKey, T>(name, async (keys, ct) =>
        {
            await using var cmd = Command(ctx, sql, keys, []);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var row = new RowReader(reader);
            var rows = new Dictionary<TKey, T>();
            while (await row.ReadAsync(ct))
                rows[row.Get<TKey>(keyColumn)] = read(row);
            return rows;
        }).LoadAsync(key);

    /// <summary>
    /// The rows of each key in the SQL's order (a zone's history, a project's parcels, ...); every key
    /// gets a list, maybe empty. <paramref name="parameters"/> are further named parameters of the SQL.
    /// </summary>
    public static async Task<IReadOnlyList<T>> GroupBy<TKey, T>(ResolveContext ctx, string name, Func<string> sql, string keyColumn,
        Func<RowReader, T> read, TKey key, params (string Name, object? Value)[] parameters) where TKey : notnull =>
        await ctx.GetDataLoader<TKey, IReadOnlyList<T>>(name, async (keys, ct) =>
        {
            await using var cmd = Command(ctx, sql, keys, parameters);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var row = new RowReader(reader);
            var groups = keys.ToDictionary(k => k, _ => new List<T>());
            while (await row.ReadAsync(ct))
                groups[row.Get<TKey>(keyColumn)].Add(read(row));
            return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.Value);
        }).LoadAsync(key) ?? [];

    private static NpgsqlCommand Command<TKey>(ResolveContext ctx, Func<string> sql, IReadOnlyList<TKey> keys, (string Name, object? Value)[] parameters)
    {
        var cmd = ctx.Db().CreateCommand(sql());
        cmd.Parameters.AddWithValue("keys", keys.ToArray());
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }
}
