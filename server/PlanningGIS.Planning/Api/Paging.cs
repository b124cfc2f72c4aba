using PlanningGIS.GraphQL.Execution;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// One statement per page: the rows after the cursor (one more than asked, to know if there is a
/// next page) and, only when the client selects totalCount, the count of all filtered rows.
/// </summary>
public static class Paging
{
    /// <param name="columns">the select list; <paramref name="read"/> reads it.</param>
    /// <param name="from">the FROM clause (tables and joins).</param>
    /// <param name="idColumn">the row id column, e.g. "z.id".</param>
    public static async Task<Connection> PageAsync<T>(ResolveContext ctx, SqlQuery query, string columns, string from, string idColumn,
        Func<RowReader, T> read) where T : IRow
    {
        var first = Connection.First(ctx.GetArgument<int?>("first"));
        var after = Connection.After(ctx.GetArgument<string>("after"));
        var total = ctx.IsSelected("totalCount") ? $"(select count(*) from {from} where {query.WhereClause})" : "-1::bigint";
        var sql = $"""
            select {columns}, {total} as total_count
            from {from}
            where {query.WhereClause} and {idColumn} > {query.Param("after", after)}
            order by {idColumn}
            limit {query.Param("limit", first + 1)}
            """;
        await using var cmd = query.Command(ctx.Db(), sql);
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        var row = new RowReader(reader);
        var rows = new List<object>();
        long totalCount = 0;
        while (await row.ReadAsync(ctx.CancellationToken))
        {
            totalCount = row.Get<long>("total_count");
            if (rows.Count < first)
                rows.Add(read(row));
            else
                return new Connection(rows, r => ((IRow)r).RowId, true, after > 0, totalCount);
        }
        if (rows.Count == 0 && total != "-1::bigint")
            totalCount = await CountAsync(ctx, query, from);
        return new Connection(rows, r => ((IRow)r).RowId, false, after > 0, totalCount);
    }

    /// <summary>Whether the page's nodes select a field: nodes { field } or edges { node { field } }.</summary>
    public static bool NodesSelect(ResolveContext ctx, string field) =>
        ctx.IsSelected("nodes", field) || ctx.IsSelected("edges", "node", field);

    // An empty page has no row to carry the count.
    private static async Task<long> CountAsync(ResolveContext ctx, SqlQuery query, string from)
    {
        await using var cmd = query.Command(ctx.Db(), $"select count(*) from {from} where {query.WhereClause}");
        return (long)(await cmd.ExecuteScalarAsync(ctx.CancellationToken))!;
    }
}

/// <summary>A row of the model with its database id (cursors and DataLoader keys use it).</summary>
public interface IRow
{
    long RowId { get; }
}
