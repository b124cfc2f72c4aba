using Npgsql;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// The rows of one result set, read by column name: a column list can be reordered or grow without a
/// reader taking one column for another. The names are looked up once per result set, not per row
/// (measured against Dapper and against Npgsql's GetOrdinal per value: README, "Reading rows").
/// </summary>
public sealed class RowReader
{
    private readonly NpgsqlDataReader reader;
    private readonly Dictionary<string, int> ordinals;

    /// <summary>For the reader's current result set (a batch makes one per result set).</summary>
    public RowReader(NpgsqlDataReader reader)
    {
        this.reader = reader;
        ordinals = new Dictionary<string, int>(reader.FieldCount, StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
            if (!ordinals.TryAdd(reader.GetName(i), i))
                throw new InvalidOperationException($"The query selects the column \"{reader.GetName(i)}\" twice: name one of them.");
    }

    /// <summary>
    /// The column's value in the current row. SQL null reads as null when <typeparamref name="T"/> can be
    /// null (string?, long?, ...); a null in a column read as a non-nullable value type is an error.
    /// </summary>
    public T Get<T>(string column)
    {
        var i = Ordinal(column);
        return default(T) is null && reader.IsDBNull(i) ? default! : reader.GetFieldValue<T>(i);
    }

    public bool IsNull(string column) => reader.IsDBNull(Ordinal(column));

    public Task<bool> ReadAsync(CancellationToken ct) => reader.ReadAsync(ct);

    private int Ordinal(string column) => ordinals.TryGetValue(column, out var i)
        ? i
        : throw new InvalidOperationException($"The query has no column \"{column}\" (it has {string.Join(", ", ordinals.Keys)}).");

    /// <summary>Every row of the command's result, read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(NpgsqlCommand command, Func<RowReader, T> read, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var row = new RowReader(reader);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(read(row));
        return rows;
    }

    /// <summary>The first row of the command's result (a value, e.g. a tuple of columns), or null when there is none.</summary>
    public static async Task<T?> FirstOrNullAsync<T>(NpgsqlCommand command, Func<RowReader, T> read, CancellationToken ct) where T : struct
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var row = new RowReader(reader);
        return await reader.ReadAsync(ct) ? read(row) : null;
    }

    /// <summary>The first row of the command's result, or null (default) when there is none.</summary>
    public static async Task<T?> FirstAsync<T>(NpgsqlCommand command, Func<RowReader, T> read, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var row = new RowReader(reader);
        return await reader.ReadAsync(ct) ? read(row) : default;
    }
}
