using Npgsql;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// The rows of one result set, read by column name: a column list can be reordered or grow without a
/// reader taking one column for another. The names are looked up once per result set, not per row
/// (measured against Dapper and against Npgsql's GetOrdinal per value: README, "Reading rows"): a
/// row's reader asks for the same columns in the same order on every row, so the k-th Get of a row
/// remembers its name (the same literal, compared by reference) and ordinal for the next rows.
/// </summary>
public sealed class RowReader
{
    private readonly NpgsqlDataReader reader;
    private readonly string?[] askedName;
    private readonly int[] askedOrdinal;
    private int asked; // how many values of the current row were asked for

    /// <summary>For the reader's current result set (a batch makes one per result set).</summary>
    public RowReader(NpgsqlDataReader reader)
    {
        this.reader = reader;
        askedName = new string?[reader.FieldCount + 1];
        askedOrdinal = new int[reader.FieldCount + 1];
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

    /// <summary>The next row (false after the last).</summary>
    public Task<bool> ReadAsync(CancellationToken ct)
    {
        asked = 0;
        return reader.ReadAsync(ct);
    }

    private int Ordinal(string column)
    {
        var k = asked++;
        if ((uint)k < (uint)askedName.Length && ReferenceEquals(askedName[k], column))
            return askedOrdinal[k];
        var i = Find(column);
        if ((uint)k < (uint)askedName.Length)
            (askedName[k], askedOrdinal[k]) = (column, i);
        return i;
    }

    // The first rows' look-ups: a scan of the 5 to 25 column names costs less than building a dictionary.
    private int Find(string column)
    {
        var found = -1;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.GetName(i) != column)
                continue;
            if (found >= 0)
                throw new InvalidOperationException($"The query selects the column \"{column}\" twice: name one of them.");
            found = i;
        }
        return found >= 0 ? found : throw new InvalidOperationException(
            $"The query has no column \"{column}\" (it has {string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetName))}).");
    }

    /// <summary>Every row of the command's result, read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(NpgsqlCommand command, Func<RowReader, T> read, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var row = new RowReader(reader);
        var rows = new List<T>();
        while (await row.ReadAsync(ct))
            rows.Add(read(row));
        return rows;
    }

    /// <summary>The first row of the command's result (a value, e.g. a tuple of columns), or null when there is none.</summary>
    public static async Task<T?> FirstOrNullAsync<T>(NpgsqlCommand command, Func<RowReader, T> read, CancellationToken ct) where T : struct
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var row = new RowReader(reader);
        return await row.ReadAsync(ct) ? read(row) : null;
    }

    /// <summary>The first row of the command's result, or null (default) when there is none.</summary>
    public static async Task<T?> FirstAsync<T>(NpgsqlCommand command, Func<RowReader, T> read, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var row = new RowReader(reader);
        return await row.ReadAsync(ct) ? read(row) : default;
    }
}
